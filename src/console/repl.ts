import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine';
import { messages } from '../i18n/catalog';
import { formatNumber } from '../locale/intl-format';
import type { Locale } from '../locale/locale';
import { answerLine } from './answer-line';

export interface ReplOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and greeting: only for a person at a terminal, not for piped input. */
  interactive: boolean;
  /** The engine in service now; read per line so a reload can swap it. */
  engine: () => Engine;
  /** The desk's language (DESK_LOCALE); English when not given. */
  locale?: Locale;
}

/**
 * The console: the same commands as the bot, answered as text, one per line. Resolves when input ends, so
 * `printf '/figure troops\n' | npm start` answers and exits.
 */
export async function runRepl(options: ReplOptions): Promise<void> {
  const { output } = options;
  const rl = createInterface({
    input: options.input,
    output: options.interactive ? output : undefined,
    terminal: options.interactive,
  });
  const write = (text: string) => output.write(`${text}\n`);
  const locale = options.locale ?? 'en';
  const m = messages(locale).console;
  if (options.interactive) {
    const stats = options.engine().stats();
    const n = (value: number) => formatNumber(value, locale);
    write(m.greeting(n(stats.articles), n(stats.figures), n(stats.attributions)));
    write(m.prompt);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const name = line.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (name === '/quit' || name === '/exit') break;
    if (line.trim() !== '' || options.interactive) write(answerLine(options.engine(), line, locale).text);
    if (options.interactive) {
      write('');
      rl.prompt();
    }
  }
  rl.close();
}
