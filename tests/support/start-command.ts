import { readFileSync } from 'node:fs';

/**
 * What `npm start` runs, as an argument list: package.json's start script without the shell's `exec` (which only
 * makes the shell hand its process over to node, so that npm's signals reach the bot).
 */
export function npmStartCommand(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const words = (pkg.scripts.start ?? '').trim().split(/\s+/);
  return words[0] === 'exec' ? words.slice(1) : words;
}
