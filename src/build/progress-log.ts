import type { Logger } from '../logging/logger';
import { type BuildDurations, createBuildMeter, everyInterval } from './build-meter';
import type { BuildProgress } from './load-and-build';

/** A log line on a running build at most this often: a big archive takes a minute or more. */
const LOG_PROGRESS_EVERY_MS = 5000;

export interface LoggedBuild {
  update(progress: BuildProgress): void;
  /** The parts' durations, for the line that ends the build (`analyseMs`, `indexMs`, `durationMs`). */
  durations(): BuildDurations;
  /** How far it has got, 0–1. */
  ratio(): number;
}

/**
 * Logs a build's progress every few seconds as `<what>: progress` (phase, articles, of, perSecond, secondsLeft),
 * and measures its parts for the line that reports it finished.
 */
export function logBuildProgress(
  logger: Pick<Logger, 'info'>,
  what: string,
  options: { everyMs?: number; now?: () => number } = {},
): LoggedBuild {
  const meter = createBuildMeter(options.now);
  const due = everyInterval(options.everyMs ?? LOG_PROGRESS_EVERY_MS, options.now);
  return {
    update(progress) {
      meter.update(progress);
      if (!due()) return;
      const r = meter.reading();
      logger.info(
        {
          phase: r.phase,
          articles: r.articles,
          of: r.of,
          percent: Math.round(r.ratio * 100),
          perSecond: r.perSecond === null ? null : Math.round(r.perSecond),
          secondsLeft: r.secondsLeft === null ? null : Math.ceil(r.secondsLeft),
        },
        `${what}: progress`,
      );
    },
    durations: () => meter.durations(),
    ratio: () => meter.reading().ratio,
  };
}

/** The durations as log fields, in whole milliseconds. */
export function durationFields(d: BuildDurations): { durationMs: number; analyseMs: number; indexMs: number } {
  return { durationMs: Math.round(d.totalMs), analyseMs: Math.round(d.analyseMs), indexMs: Math.round(d.indexMs) };
}
