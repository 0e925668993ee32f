import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest global setup: every temporary folder the tests, and the processes they start, make lands in one folder of
 * this run, removed when the run ends. Each test making and removing its own left hundreds behind per run whenever a
 * test failed or forgot.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'factdesk-test-run-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
