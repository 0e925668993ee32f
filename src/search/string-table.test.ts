import { describe, expect, it } from 'vitest';
import { createStringTable, findString, frozenPool, internRange, stringAt, trimmedTable } from './string-table';

function tableOf(words: string[]) {
  const table = createStringTable(16);
  for (const word of words) internRange(table, word, 0, word.length);
  return table;
}

describe('a frozen string table', () => {
  it('keeps Latin-1 words at one byte a character, and reads and finds them as before', () => {
    const words = ['Straße', 'Pjöngjang', 'Soldaten'];
    const frozen = trimmedTable(tableOf(words));
    expect(frozen.chars).toBeInstanceOf(Uint8Array);
    expect(words.map((_, id) => stringAt(frozen, id))).toEqual(words);
    expect(words.map((w) => findString(frozen, w))).toEqual([0, 1, 2]);
    expect(findString(frozen, 'Strasse')).toBe(-1);
  });

  it('keeps two bytes a character when any word needs them, so no character is cut down', () => {
    const words = ['Kursk', 'Курск', 'dash—ed'];
    const pool = frozenPool(tableOf(words));
    expect(pool.chars).toBeInstanceOf(Uint16Array);
    expect(words.map((_, id) => stringAt(pool, id))).toEqual(words);
  });
});
