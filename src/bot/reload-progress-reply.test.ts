import { describe, expect, it } from 'vitest';
import type { Engine } from '../engine/engine';
import { EngineHolder } from '../engine/holder';
import { notifyReload } from '../reload/reload-events';
import { followReloadProgress } from './reload-progress-reply';

function clock() {
  let t = 0;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('a /reload reply while the reload runs', () => {
  it("is edited with progress at most every 2 s, in the asker's language, and never after it was stopped", async () => {
    const holder = new EngineHolder({} as Engine);
    const c = clock();
    const edits: string[] = [];
    const reply = followReloadProgress(holder, 'de', async (text) => void edits.push(text), { now: c.now });
    notifyReload(holder, { phase: 'progress', progress: { articles: 100, of: 1000 } });
    expect(edits).toEqual([]);
    c.advance(2000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 400, of: 1000 } });
    c.advance(1000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 600, of: 1000 } });
    expect(edits).toEqual([
      'Der Datenordner wird neu geladen … Lesen und Auswerten: 400 von 1.000 Artikeln · 200 pro Sekunde · noch etwa 4 s',
    ]);
    await new Promise((resolve) => setImmediate(resolve)); // the edit is done
    c.advance(1000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 1000, of: 1000, phase: 'indexing' } });
    expect(edits.at(-1)).toBe('Der Datenordner wird neu geladen … Indexieren von 1.000 Artikeln …');
    await reply.stop();
    c.advance(5000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 1000, of: 1000, phase: 'indexing' } });
    expect(edits).toHaveLength(2);
  });

  it('sends no second edit while one is under way, and stop() waits for it, so the report is the last edit', async () => {
    const holder = new EngineHolder({} as Engine);
    const c = clock();
    const edits: string[] = [];
    let finish: () => void = () => {};
    const reply = followReloadProgress(
      holder,
      'en',
      (text) => {
        edits.push(text);
        return new Promise<void>((resolve) => (finish = resolve));
      },
      { now: c.now },
    );
    c.advance(2000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 10, of: 100 } });
    c.advance(2000);
    notifyReload(holder, { phase: 'progress', progress: { articles: 20, of: 100 } });
    expect(edits).toHaveLength(1);
    let stopped = false;
    const stopping = reply.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });
});
