import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { tryAcquireLock } from '../../src/state/lock-file';

/**
 * One of the processes digest-lock.test.ts races: says "ready", waits for "go <epoch ms> <rounds> <period ms>" on
 * stdin, then at each round's instant tries to take that round's lock once and prints "won <round>" if it did. It
 * never releases, and stays alive until stdin ends after "finished", so a second holder in a round cannot be one
 * that came after the first let go or died.
 */
const dir = process.argv[2] ?? '.';
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  const [word, startAt, rounds, periodMs] = line.split(' ');
  if (word !== 'go') continue;
  for (let round = 0; round < Number(rounds); round += 1) {
    const at = Number(startAt) + round * Number(periodMs);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
    if (await tryAcquireLock(join(dir, `round-${round}.lock`), 10 * 60_000)) process.stdout.write(`won ${round}\n`);
  }
  process.stdout.write('finished\n');
}
