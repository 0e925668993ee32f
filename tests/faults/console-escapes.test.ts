import { describe, expect, it } from 'vitest';
import { startConsole } from '../support/start-console';

// ESC starts terminal control sequences (clear the screen, retitle the window, rewrite earlier lines), NUL and BEL
// are not text either: a query that carries them must come back as visible escapes, never act on the terminal.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('control characters in a console query', { timeout: 60_000 }, () => {
  it('are echoed as visible escapes, never raw', async () => {
    const running = startConsole({ env: { DATA_DIR: 'data' } });
    running.child.stdin.end(
      '/search \u001b[2J\u0000Gerasimow\n/source \u001b]0;owned\u0007\n/figure troops\u009b31m\n',
    );
    const run = await running.exited;
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(CONTROLS);
    expect(run.stdout).toContain('\\x1b[2J\\x00Gerasimow');
    expect(run.stdout).toContain('\\x1b]0;owned\\x07');
    expect(run.stdout).toContain('\\x9b31m');
  });
});
