import type { CorpusData } from '../engine/corpus-data';
import { engineFromData } from '../engine/create-engine';
import type { Engine } from '../engine/engine';

/**
 * What a reload needs of the corpus in service to revise it rather than build it anew: its data, the key of the
 * files each article was read from (see articleFilesKey), and the cache version (code and lexicon) it was built
 * under. Only a build that keyed its files has one.
 */
export interface RevisionBasis {
  data: CorpusData;
  /** Per article of `data.index.articles`, at the same position. */
  keys: readonly string[];
  version: string;
}

// Kept beside the engine rather than in it: answers never read it, and the engine knows nothing of builds.
const bases = new WeakMap<Engine, RevisionBasis>();

/** The engine over built data, remembered with its basis (if any) for the reload that will replace it. */
export function engineFromBuild(data: CorpusData, basis: RevisionBasis | null): Engine {
  const engine = engineFromData(data);
  if (basis !== null) bases.set(engine, basis);
  return engine;
}

/** The basis of an engine engineFromBuild made, or null (an engine built without keying its files). */
export function basisOf(engine: Engine): RevisionBasis | null {
  return bases.get(engine) ?? null;
}
