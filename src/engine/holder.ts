import type { Engine } from './engine';

/**
 * The engine in service. A reload builds a complete new engine aside and swaps it in with one assignment, so a
 * query sees either the old corpus or the new one, never a half-built index. A bot connects while its first corpus
 * is still being built: until then the holder is empty, and whoever answers asks `loaded` first.
 */
export class EngineHolder {
  #current: Engine | null;

  constructor(initial?: Engine) {
    this.#current = initial ?? null;
  }

  /** False only before the first corpus is in service. */
  get loaded(): boolean {
    return this.#current !== null;
  }

  get current(): Engine {
    if (!this.#current) throw new Error('no corpus in service yet: the first build is still running');
    return this.#current;
  }

  /** Puts `next` in service; returns the engine it replaced (null for the first). */
  swap(next: Engine): Engine | null {
    const previous = this.#current;
    this.#current = next;
    return previous;
  }
}
