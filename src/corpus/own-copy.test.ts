import { describe, expect, it } from 'vitest';
import { ownCopy } from './own-copy';

describe('ownCopy', () => {
  it.each([
    ['empty', ''],
    ['ASCII', 'Nordkorea hat Soldaten entsandt.'],
    ['Latin-1', 'Größere Verbände, ©, ½ und ÿ'],
    ['typographic marks', '„Wir kommen“ – sagte er … ’'],
    ['astral letters', '𝐀𝐁 und 😀'],
    ['lone surrogates', 'a\ud800b\udc00c'],
    ['NUL and U+00FF edge', '\u0000\u00ff\u0100'],
  ])('returns the same string: %s', (_, text) => {
    expect(ownCopy(text)).toBe(text);
    // The same when the input is a slice of a larger string, as paragraphs are.
    const raw = `Kopf\n${text}\nFuß`;
    expect(ownCopy(raw.slice(5, 5 + text.length))).toBe(text);
  });

  it('returns the same string for every code unit', () => {
    let all = '';
    for (let code = 0; code < 0x10000; code++) all += String.fromCharCode(code);
    expect(ownCopy(all)).toBe(all);
  });
});
