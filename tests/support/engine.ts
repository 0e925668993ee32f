import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/engine/engine';
import { createEngineFromDir } from '../../src/build/engine-from-dir';

/** The real engine over a data folder (the bundled corpus by default): the e2e tests never run on a stand-in. */
export async function loadEngine(dataDir = 'data'): Promise<Engine> {
  const { engine, problems } = await createEngineFromDir(dataDir);
  if (!engine)
    throw new Error(`no engine from ${dataDir}: ${problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`);
  return engine;
}

export const OVERLONG_ID = '900_overlong';
/** A word only the over-long sentence contains, to find it with /search. */
export const OVERLONG_WORD = 'Überlängenprüfwort';

/**
 * A copy of the bundled corpus plus one article built to exceed every Discord limit: a 480-character title, a
 * first sentence of about 1,800 characters, and 40 paragraphs. Real engine, real loader, synthetic text.
 */
export async function overlongDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-overlong-'));
  await cp('data', dir, { recursive: true });
  const clause = `die Angaben der Behörden zu den ${OVERLONG_WORD}-Zahlen wurden erneut geprüft und ergänzt`;
  const longSentence = `Nach Darstellung des Ministeriums ${Array.from({ length: 20 }, () => clause).join(', ')}.`;
  const paragraphs = [
    `${longSentence} Danach folgte eine kurze Erklärung.`,
    ...Array.from(
      { length: 39 },
      (_, i) => `Absatz ${i + 2} berichtet über weitere Einzelheiten der Lage. Es gab keine neuen Zahlen.`,
    ),
  ];
  const title = `Sehr lange Überschrift ${'mit vielen Wörtern '.repeat(24)}`.trim();
  await writeFile(join(dir, 'articles', `${OVERLONG_ID}.txt`), `${title}\n\n${paragraphs.join('\n\n')}\n`);
  await writeFile(
    join(dir, 'articles', `${OVERLONG_ID}.meta.json`),
    JSON.stringify({ title, outlet: 'Testdesk Zeitung', url: 'https://example.org/overlong', published: '2025-01-02' }),
  );
  return dir;
}

/**
 * A copy of the bundled corpus plus three dated articles of 45 troop figures each, credited to Yonhap: more figures
 * than an answer lists (100), so an export's full list can be told from the pages' capped one. One sentence holds a
 * pipe, double quotes, a semicolon and a comma, the characters CSV and Markdown must keep verbatim.
 */
export async function manyFiguresDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factdesk-many-figures-'));
  await cp('data', dir, { recursive: true });
  const days = ['2025-05-02', '2025-05-09', '2025-05-16'];
  for (const [a, published] of days.entries()) {
    const paragraphs = Array.from({ length: 45 }, (_, i) => {
      const value = 9000 + a * 100 + i * 2;
      return `Laut Yonhap sollen ${formatGerman(value)} Soldaten in der Region Kursk stationiert sein.`;
    });
    paragraphs.push('Die Lage | so Beobachter „unklar“; die Zahlen schwanken, heißt es "vorläufig".');
    const title = `Truppenbericht ${a + 1} | Kursk`;
    await writeFile(join(dir, 'articles', `950_many_${a}.txt`), `${title}\n\n${paragraphs.join('\n\n')}\n`);
    await writeFile(
      join(dir, 'articles', `950_many_${a}.meta.json`),
      JSON.stringify({ title, outlet: 'Testdesk Zeitung', url: `https://example.org/many/${a}`, published }),
    );
  }
  return dir;
}

function formatGerman(value: number): string {
  return new Intl.NumberFormat('de-DE').format(value);
}
