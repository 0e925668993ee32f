import { readFileSync } from 'node:fs';

const ASSIGNMENT = /^[A-Z_][A-Z0-9_]*=/;

function startWords(): string[] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return (pkg.scripts.start ?? '').trim().split(/\s+/);
}

/** The variables package.json's start script sets before its command (`NAME=value exec node …`). */
export function npmStartEnvironment(): string[] {
  const words = startWords();
  const end = words.findIndex((word) => !ASSIGNMENT.test(word));
  return words.slice(0, end);
}

/**
 * What `npm start` runs, as an argument list: package.json's start script without the variables it sets and the
 * shell's `exec` (which only makes the shell hand its process over to node, so that npm's signals reach the bot).
 */
export function npmStartCommand(): string[] {
  const words = startWords().slice(npmStartEnvironment().length);
  return words[0] === 'exec' ? words.slice(1) : words;
}
