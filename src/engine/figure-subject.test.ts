import { describe, expect, it } from 'vitest';
import { type FigureSubject, figuresForWords, subjectsWithFigures } from './figure-subject';

function subject(id: string, words: string[]): FigureSubject {
  return { id, label: id, names: [id], topic: null, english: null, words };
}

describe('subjectsWithFigures', () => {
  it('finds exactly the subjects figuresForWords would list figures for: whole words and compounds ending in one', () => {
    const subjects = [
      subject('unemployed', ['arbeitslose']),
      subject('asylum', ['asylantrage']),
      subject('growth', ['wachstum']),
      subject('deaths', ['tote']),
      subject('short', ['bip']),
    ];
    const byWord = new Map<string, string[]>([
      ['langzeitarbeitslose', ['f1']],
      ['asylantrage', ['f2']],
      ['wachstumsrate', ['f3']],
      ['bip', []],
      ['verkehrstote', ['f4']],
      ['xbip', ['f5']],
    ]);
    const expected = subjects.filter((s) => figuresForWords(s.words, byWord).length > 0).map((s) => s.id);
    expect([...subjectsWithFigures(subjects, byWord)].sort()).toEqual(expected.sort());
    expect(expected.sort()).toEqual(['asylum', 'deaths', 'unemployed']);
  });
});
