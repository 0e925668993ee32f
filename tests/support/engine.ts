import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../src/engine/engine';
import { createEngineFromDir } from '../../src/build/engine-from-dir';

/** The real engine over a data folder (the bundled corpus by default): the e2e tests never run on a stand-in. */
export async function loadEngine(dataDir = 'data'): Promise<Engine> {
  const { engine, problems } = await createEngineFromDir(dataDir);
  if (!engine) throw new Error(`no engine from ${dataDir}: ${problems.map((p) => `${p.file}: ${p.reason}`).join('; ')}`);
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
    ...Array.from({ length: 39 }, (_, i) => `Absatz ${i + 2} berichtet über weitere Einzelheiten der Lage. Es gab keine neuen Zahlen.`),
  ];
  const title = `Sehr lange Überschrift ${'mit vielen Wörtern '.repeat(24)}`.trim();
  await writeFile(join(dir, 'articles', `${OVERLONG_ID}.txt`), `${title}\n\n${paragraphs.join('\n\n')}\n`);
  await writeFile(
    join(dir, 'articles', `${OVERLONG_ID}.meta.json`),
    JSON.stringify({ title, outlet: 'Testdesk Zeitung', url: 'https://example.org/overlong', published: '2025-01-02' }),
  );
  return dir;
}
