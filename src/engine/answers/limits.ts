/**
 * How many results one answer lists. Beyond this a reader on deadline cannot take them in anyway, and at archive
 * size an uncapped list would be megabytes; `total` still says how many there were.
 */
export const MAX_RESULTS = 100;
export const MAX_SEARCH_RESULTS = 25;
export const MAX_SUGGESTIONS = 3;
