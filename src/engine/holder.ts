import type { Engine } from './engine';

/**
 * The engine in service. A reload builds a complete new engine aside and swaps it in with one assignment, so a
 * query sees either the old corpus or the new one, never a half-built index.
 */
export class EngineHolder {
  #current: Engine;

  constructor(initial: Engine) {
    this.#current = initial;
  }

  get current(): Engine {
    return this.#current;
  }

  swap(next: Engine): Engine {
    const previous = this.#current;
    this.#current = next;
    return previous;
  }
}
