import { describe, expect, it } from 'vitest';
import { diffSummaries } from './diff-engines';
import type { EngineSummary } from './engine-summary';
import { formatReloadReport, type ReloadReport } from './reload-report';

const before: EngineSummary = {
  articles: [{ id: '000_a', title: 'Nordkorea bestätigt', contentHash: 'h1' }],
  figures: 3,
  attributions: 2,
  topics: { troops: 3 },
  sources: { KCNA: 2 },
};
const after: EngineSummary = {
  ...before,
  articles: [...before.articles, { id: '005_new', title: 'Neue Zahlen aus Seoul', contentHash: 'h5' }],
  figures: 5,
  topics: { troops: 5 },
  sources: { KCNA: 2, NIS: 1 },
};

const reloaded: ReloadReport = {
  outcome: 'reloaded',
  actor: 'SIGHUP',
  policy: 'keep-old',
  startedAt: '2026-11-21T20:00:00.000Z',
  durationMs: 1234,
  diff: diffSummaries(before, after),
  problems: [],
  articles: 2,
  joined: false,
};

describe('formatReloadReport', () => {
  it('a check that reloaded nothing says what a reload would do, never that it reloaded, in either language', () => {
    const checked = { ...reloaded, dryRun: true };
    const english = formatReloadReport(checked, Number.POSITIVE_INFINITY, 'en');
    expect(english).toMatch(/^No bot reloaded: .+ Nothing was written\.\n/);
    expect(english).toContain('\nA reload would put 2 articles in service (checked in 1.23 s).');
    expect(english).toContain('Articles: 1 added, 0 changed, 0 removed.');
    expect(english).not.toContain('Reloaded in');
    const german = formatReloadReport(checked, Number.POSITIVE_INFINITY, 'de');
    expect(german).toContain('Ein Neuladen brächte 2 Artikel in Betrieb (geprüft in 1,23 s).');
    expect(german).not.toContain('Neu geladen in');
  });

  it('tells what changed and how long it took', () => {
    const text = formatReloadReport(reloaded);
    expect(text).toContain('Reloaded in 1.23 s: 2 articles in service.');
    expect(text).toContain('Articles: 1 added, 0 changed, 0 removed.');
    expect(text).toContain('+ 005_new — Neue Zahlen aus Seoul');
    expect(text).toContain('Figures: 3 → 5 (+2); troops +2.');
    expect(text).toContain('Sources gained: NIS.');
  });

  it('speaks German for the desk or a German moderator, with German numbers; titles stay as written', () => {
    const text = formatReloadReport({ ...reloaded, durationMs: 12_345, articles: 12_000 }, undefined, 'de');
    expect(text).toContain('Neu geladen in 12,3 s: 12.000 Artikel im Betrieb.');
    expect(text).toContain('Artikel: 1 hinzugefügt, 0 geändert, 0 entfernt.');
    expect(text).toContain('Zahlen: 3 → 5 (+2); troops +2.');
    expect(text).toContain('Neue Quellen: NIS.');
    expect(text).toContain('+ 005_new — Neue Zahlen aus Seoul');
  });

  it('when files are invalid under keep-old, names each file with its reason and says the old corpus stays', () => {
    const text = formatReloadReport({
      ...reloaded,
      outcome: 'kept-old',
      diff: null,
      articles: 1,
      problems: [{ file: 'articles/009_bad.meta.json', reason: 'published: Invalid ISO date' }],
    });
    expect(text).toMatch(/^Reload refused \(1 invalid file\); the corpus in service is unchanged: 1 article\./);
    expect(text).toContain('• articles/009_bad.meta.json: published: Invalid ISO date');
    expect(text).toContain('RELOAD_POLICY=skip-invalid');
  });

  it('lists skipped files under skip-invalid', () => {
    const text = formatReloadReport({
      ...reloaded,
      policy: 'skip-invalid',
      problems: [{ file: 'articles/009_bad.txt', reason: 'empty file' }],
    });
    expect(text).toContain('Skipped 1 invalid file:');
    expect(text).toContain('• articles/009_bad.txt: empty file');
  });

  it('fits one Discord message even when thousands of articles changed', () => {
    const many: EngineSummary = {
      ...before,
      articles: Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, title: `Titel ${i}`, contentHash: `${i}` })),
    };
    const text = formatReloadReport({ ...reloaded, diff: diffSummaries(before, many) });
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text).toMatch(/…and [\d,]+ more$/);
  });
});
