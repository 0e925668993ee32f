import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from '../cli/run-cli';
import { loadEnv } from '../config/env';
import { messages } from '../i18n/catalog';
import { isMiss } from '../render/answer-wording';
import { figureChart } from '../render/chart/figure-chart';
import { exportFile } from '../render/export/export-file';
import { renderAnswerText } from '../render/text';
import { answerLine } from './answer-line';
import { fullAnswer } from './full-answer';
import { openEngine } from '../cli/open-engine';
import { escapeControls } from './terminal-text';
import { createProgressDisplay } from './progress-display';

const USAGE = 'usage: npm run ask -- [--json | --csv | --md] [--chart FILE] "/figure troops"';

/**
 * `npm run ask -- [--json] "/figure troops"`: answers one command and exits. Exit code 0 for an answer (also
 * "nothing found"), 1 for an error, so scripts can tell them apart. `--csv` and `--md` print the full list of a
 * /figure or /source answer as a file on stdout instead (redirect it: `> troops.csv`); `--chart FILE` also writes
 * the /figure chart as a PNG, saying on stderr what it shows.
 */
async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      md: { type: 'boolean' },
      chart: { type: 'string' },
    },
  });
  const line = positionals.join(' ');
  const env = loadEnv();
  const locale = env.DESK_LOCALE;
  // Progress only for a person watching a terminal: a script's stderr stays for warnings and errors.
  const progress = process.stderr.isTTY ? createProgressDisplay({ output: process.stderr, locale }) : null;
  const hooks = progress ? { onProgress: progress.update, settle: progress.settle } : {};
  const engine = await openEngine(env, hooks);
  if (!engine) return 2;
  const format = values.csv ? 'csv' : values.md ? 'md' : null;
  if (!format && values.chart === undefined) {
    const reply = answerLine(engine, line, locale);
    process.stdout.write(`${values.json ? JSON.stringify(reply.json, null, 2) : reply.text}\n`);
    return reply.ok ? 0 : 1;
  }
  const full = fullAnswer(engine, line, format ? `--${format}` : '--chart', locale);
  if ('reply' in full) {
    process.stderr.write(`${full.reply.text}\n`);
    return full.reply.ok ? 0 : 1;
  }
  const { answer } = full;
  if (isMiss(answer)) {
    // Nothing to export or chart: what the console says of it goes to stderr, so stdout stays a file or empty.
    process.stderr.write(`${escapeControls(renderAnswerText(answer, locale))}\n`);
    return 0;
  }
  if (format) process.stdout.write(exportFile(answer, format, locale).data);
  else {
    const reply = answerLine(engine, line, locale);
    process.stdout.write(`${values.json ? JSON.stringify(reply.json, null, 2) : reply.text}\n`);
  }
  if (values.chart !== undefined) {
    const chart = await figureChart(answer, locale);
    const m = messages(locale).console;
    if (!chart) process.stderr.write(`${m.noChart}\n`);
    else {
      await writeFile(values.chart, chart.png);
      process.stderr.write(`${m.chartWritten(values.chart, chart.description)}\n`);
    }
  }
  return 0;
}

runCli(main, USAGE);
