import type { BuildProgress } from './load-and-build';

/*
 * Reading and analysing is nearly all of a build and the only part that counts articles; putting the index together
 * and filing the analyses come after, without counts of their own. So a build's share done is its analysis's share,
 * scaled to ANALYSIS_SHARE, and the indexing that follows is the rest (about that much on the bench's archives).
 */
const ANALYSIS_SHARE = 0.85;
/** The time left is estimated once 1/ESTIMATE_AFTER of the articles are analysed. */
const ESTIMATE_AFTER = 50;

/** How far a build has got as one ratio, 0–1: what "still loading the archive (63 %)" shows. */
export function buildRatio(progress: BuildProgress | null): number {
  if (!progress) return 0;
  if (progress.phase === 'indexing') return ANALYSIS_SHARE;
  return progress.of > 0 ? (ANALYSIS_SHARE * Math.min(progress.articles, progress.of)) / progress.of : 0;
}

/** A build as it is going: the last progress, its rate and an estimate of the time left. */
export interface BuildReading {
  phase: 'analysing' | 'indexing';
  articles: number;
  of: number;
  ratio: number;
  elapsedMs: number;
  /** Articles read and analysed per second so far; null before the first. */
  perSecond: number | null;
  /** Seconds until the whole build is done, at the rate so far; null while there is no rate to go by. */
  secondsLeft: number | null;
}

/** How long each part of a finished build took. */
export interface BuildDurations {
  /** Reading, cleaning and analysing the articles (and reading them into the index shards). */
  analyseMs: number;
  /** Putting the index together and filing the analyses. */
  indexMs: number;
  totalMs: number;
}

export interface BuildMeter {
  update(progress: BuildProgress): void;
  reading(): BuildReading;
  /** The durations of the parts, as of now: call it when the build is done. */
  durations(): BuildDurations;
}

/** Measures one build from the moment it is made; `now` is a clock in milliseconds (performance.now). */
export function createBuildMeter(now: () => number = () => performance.now()): BuildMeter {
  const started = now();
  let last: BuildProgress | null = null;
  let indexingFrom: number | null = null;
  return {
    update(progress) {
      last = progress;
      if (progress.phase === 'indexing' && indexingFrom === null) indexingFrom = now();
    },
    reading() {
      const at = now();
      const analysingMs = (indexingFrom ?? at) - started;
      const articles = last?.articles ?? 0;
      const of = last?.of ?? 0;
      const ratio = buildRatio(last);
      const perSecond = articles > 0 && analysingMs > 0 ? (articles * 1000) / analysingMs : null;
      const elapsedMs = at - started;
      // The rate so far, stretched over the whole build: the indexing still to come is its share of the total. The
      // first articles pay for starting up (the JIT, the lexicon), so there is no estimate before a fiftieth is done.
      const settled = articles > 0 && articles * ESTIMATE_AFTER >= of;
      const secondsLeft = settled && indexingFrom === null ? Math.max(0, elapsedMs / ratio - elapsedMs) / 1000 : null;
      const phase = indexingFrom === null ? 'analysing' : 'indexing';
      return { phase, articles, of, ratio, elapsedMs, perSecond, secondsLeft };
    },
    durations() {
      const end = now();
      const indexStart = indexingFrom ?? end;
      return { analyseMs: indexStart - started, indexMs: end - indexStart, totalMs: end - started };
    },
  };
}

/**
 * A gate that opens at most once per `intervalMs`, the first time `intervalMs` after it is made: progress told
 * every few seconds, and not at all for a build that is over sooner.
 */
export function everyInterval(intervalMs: number, now: () => number = () => performance.now()): () => boolean {
  let last = now();
  return () => {
    const at = now();
    if (at - last < intervalMs) return false;
    last = at;
    return true;
  };
}
