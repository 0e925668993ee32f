/**
 * Article ids are file stems that end up in citations, command options and state file names, so they are kept to
 * a conservative alphabet: letters, digits, `_` and `-`, starting with a letter or digit, at most 128 characters.
 */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export const isSafeArticleId = (id: string): boolean => SAFE_ID.test(id);
