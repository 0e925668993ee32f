import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashRange } from './scan-words';
import { foldedKey, lastSpellingId, spellingSlot } from './fold-cache';
import { foldWord } from './fold-word';

const ARTICLES = join(import.meta.dirname, '../../data/articles');

function cachedKey(word: string): string {
  return foldedKey(word, 0, word.length, hashRange(word, 0, word.length));
}

describe('foldedKey gives exactly foldWord', () => {
  it('for a word seen again, in another case, or inside another text', () => {
    for (const word of ['Pjöngjang', 'pjöngjang', 'PJÖNGJANG', 'Pjöngjang', 'Außenministerium', 'aussenministerium']) {
      expect(cachedKey(word)).toBe(foldWord(word, 0, word.length));
    }
    const text = '„Laut Pjöngjang“';
    expect(foldedKey(text, 6, 15, hashRange(text, 6, 15))).toBe('pjongjang');
  });

  it('for words longer than the cache keeps', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmütze';
    expect(cachedKey(word)).toBe(foldWord(word, 0, word.length));
    expect(cachedKey(word)).toBe(foldWord(word, 0, word.length));
  });

  it('for different spellings that share a slot or even a hash', () => {
    // A hash passed in that belongs to another word stands for a collision: the spelling decides, not the hash.
    const hash = hashRange('Soldaten', 0, 8);
    expect(foldedKey('Soldaten', 0, 8, hash)).toBe('soldaten');
    expect(foldedKey('Soldatin', 0, 8, hash)).toBe('soldatin');
    expect(foldedKey('SOLDATEN', 0, 8, hash)).toBe('soldaten');
    expect(foldedKey('Soldaten', 0, 8, hash)).toBe('soldaten');
  });

  it('for every word of the bundled articles, read twice', () => {
    for (const file of readdirSync(ARTICLES).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(join(ARTICLES, file), 'utf8');
      for (let pass = 0; pass < 2; pass++) {
        for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[-‐.'’][\p{L}\p{N}]+)*/gu)) {
          const end = m.index + m[0].length;
          expect(foldedKey(text, m.index, end, hashRange(text, m.index, end))).toBe(foldWord(text, m.index, end));
        }
      }
    }
  });
});

describe('lastSpellingId', () => {
  function idOf(text: string): number {
    foldedKey(text, 0, text.length, hashRange(text, 0, text.length));
    return lastSpellingId();
  }

  it('is the same for a spelling while it stays cached, and differs between spellings', () => {
    const first = idOf('Pjöngjang');
    expect(first).not.toBe(0);
    expect(idOf('Pjöngjang')).toBe(first);
    expect(idOf('pjöngjang')).not.toBe(first);
  });

  it('is never given again once its slot holds another spelling', () => {
    // A borrowed hash puts both spellings in one slot: the second takes it over, and the first comes back anew.
    const hash = hashRange('Soldaten', 0, 8);
    foldedKey('Soldaten', 0, 8, hash);
    const soldaten = lastSpellingId();
    foldedKey('Soldatin', 0, 8, hash);
    const soldatin = lastSpellingId();
    foldedKey('Soldaten', 0, 8, hash);
    expect(new Set([soldaten, soldatin, lastSpellingId()]).size).toBe(3);
    expect(spellingSlot(soldaten)).toBe(spellingSlot(soldatin));
  });

  it('is 0 for a word too long to be cached', () => {
    expect(idOf('Donaudampfschifffahrtsgesellschaftskapitänsmütze')).toBe(0);
  });
});
