import { createInterface } from 'node:readline';
import type { Engine } from '../engine/engine';
import { answerLine } from './answer-line';

export interface ReplOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Show a prompt and greeting: only for a person at a terminal, not for piped input. */
  interactive: boolean;
  /** The engine in service now; read per line so a reload can swap it. */
  engine: () => Engine;
}

/**
 * The console: the same commands as the bot, answered as text, one per line. Resolves when input ends, so
 * `printf '/figure troops\n' | npm start` answers and exits.
 */
export async function runRepl(options: ReplOptions): Promise<void> {
  const { output } = options;
  const rl = createInterface({ input: options.input, output: options.interactive ? output : undefined, terminal: options.interactive });
  const write = (text: string) => output.write(`${text}\n`);
  if (options.interactive) {
    const stats = options.engine().stats();
    write(`Factdesk console — ${stats.articles} articles, ${stats.figures} figures, ${stats.attributions} attributions.`);
    write('Type /help for the commands, Ctrl-D to quit.');
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const name = line.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (name === '/quit' || name === '/exit') break;
    if (line.trim() !== '' || options.interactive) write(answerLine(options.engine(), line).text);
    if (options.interactive) {
      write('');
      rl.prompt();
    }
  }
  rl.close();
}
