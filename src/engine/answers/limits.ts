/**
 * How many results one answer lists. Beyond this a reader on deadline cannot take them in anyway, and at archive
 * size an uncapped list would be megabytes; `total` still says how many there were.
 */
export const MAX_RESULTS = 100;
export const MAX_SEARCH_RESULTS = 25;
export const MAX_SUGGESTIONS = 3;
/**
 * How many figures a /figure answer lists in value order. A longer list is read source by source, each source's most
 * recent figure first (see latest-by-source.ts): its first page, a table of about this many lines, would otherwise
 * show only the lowest values.
 */
export const TABLE_PAGE_FIGURES = 40;
