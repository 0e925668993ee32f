import type { BuildProgress } from '../build/load-and-build';
import type { EngineHolder } from '../engine/holder';
import type { ReloadReport } from './reload-report';

/** A reload of a holder's corpus beginning, getting on, or its end: a report, or the error it failed with. */
export type ReloadEvent =
  | { phase: 'started' }
  | { phase: 'progress'; progress: BuildProgress }
  | { phase: 'finished'; report: ReloadReport }
  | { phase: 'failed'; error: unknown };

// Keyed by holder like the reload flights: /reload, SIGHUP and the console each build their own ReloadService for
// the same holder, and whoever watches that holder's corpus (metrics) hears all of them.
const listeners = new WeakMap<EngineHolder, Set<(event: ReloadEvent) => void>>();

/** Hears every reload of `holder`'s corpus. Returns a function that stops listening. */
export function onReload(holder: EngineHolder, listener: (event: ReloadEvent) => void): () => void {
  let set = listeners.get(holder);
  if (!set) {
    set = new Set();
    listeners.set(holder, set);
  }
  set.add(listener);
  return () => void set.delete(listener);
}

export function notifyReload(holder: EngineHolder, event: ReloadEvent): void {
  for (const listener of listeners.get(holder) ?? []) listener(event);
}
