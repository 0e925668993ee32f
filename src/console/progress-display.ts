import { createBuildMeter, everyInterval } from '../build/build-meter';
import type { BuildProgress } from '../build/load-and-build';
import { loadedLine, progressLine } from '../build/progress-text';
import type { Locale } from '../locale/locale';

/** A terminal's line is redrawn at most this often; enough to look alive, not enough to cost the build anything. */
const REDRAW_EVERY_MS = 200;
/** Without a terminal (a log file, a pipe), one plain line this often. */
const LINE_EVERY_MS = 5000;

export interface ProgressDisplayOptions {
  /** Where progress goes: stderr, beside the answers rather than into them. */
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  locale: Locale;
  now?: () => number;
}

export interface ProgressDisplay {
  update(progress: BuildProgress): void;
  /** The build is over: the progress line is cleared, so what is printed next (warnings, errors) stands alone. */
  settle(): void;
  /** One line on how long the build and each of its parts took (`articles` the number loaded). */
  done(articles: number): void;
}

/**
 * The console's view of a build: on a terminal one line rewritten in place ("Reading and analysing: 6,000 of
 * 10,000 articles · 1,200 a second · about 4 s left"), elsewhere a plain line every few seconds; then one line with
 * the time each part took.
 */
export function createProgressDisplay(options: ProgressDisplayOptions): ProgressDisplay {
  const { output, locale } = options;
  const terminal = output.isTTY === true;
  const meter = createBuildMeter(options.now);
  const due = everyInterval(terminal ? REDRAW_EVERY_MS : LINE_EVERY_MS, options.now);
  let drawn = false;
  // Carriage return, the line, and clear to its end: the shorter line that follows leaves nothing behind.
  const clear = () => {
    if (drawn) output.write('\r\x1b[K');
    drawn = false;
  };
  return {
    update(progress) {
      meter.update(progress);
      if (!due()) return;
      const line = progressLine(meter.reading(), locale);
      if (!terminal) return void output.write(`${line}\n`);
      // A terminal that does not say its width (0) is taken as the common 80 columns.
      const width = Math.max(20, (output.columns || 80) - 1);
      output.write(`\r${line.length > width ? `${line.slice(0, width - 1)}…` : line}\x1b[K`);
      drawn = true;
    },
    done(articles) {
      clear();
      output.write(`${loadedLine(articles, meter.durations(), locale)}\n`);
    },
    settle: clear,
  };
}
