import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../src/engine/answer';

// The documented commands themselves, as a newcomer runs them: no Discord token, the bundled corpus.
const env = { ...process.env, DISCORD_TOKEN: '', DATA_DIR: 'data', DESK_LOCALE: 'en', npm_config_loglevel: 'silent' };

function npm(args: string[], input = '') {
  return spawnSync('npm', ['--silent', ...args], { input, env, encoding: 'utf8', timeout: 60_000 });
}

describe('console', () => {
  it('answers piped commands line by line and exits at end of input', () => {
    const run = npm(['start'], '/figure troops\n/source kcna\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Figures for troops — matched .*Soldaten/);
    expect(run.stdout).toMatch(/KCNA/);
    expect(run.stdout).toMatch(/000_9a2567d393b2c456 ¶\d+/);
  });

  it('prints the structured answer with --json', () => {
    const run = npm(['run', 'ask', '--', '--json', '/source kcan']);
    expect(run.status).toBe(0);
    const answer = AnswerSchema.parse(JSON.parse(run.stdout));
    expect(answer.command).toBe('source');
    expect(answer.matched).toEqual(['KCNA']);
    expect(answer.match).toBe('fuzzy');
  });

  it('answers an unknown command with a one-line error and a failing exit code, in German when DESK_LOCALE is not set', () => {
    const run = spawnSync('npm', ['--silent', 'run', 'ask', '--', '/frobnicate'], {
      env: { ...env, DESK_LOCALE: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^Fehler: Unbekannter Befehl „frobnicate“/);
  });

  it('reads another corpus folder from DATA_DIR and reports a missing one', () => {
    const run = spawnSync('npm', ['--silent', 'run', 'ask', '--', '/figure troops'], {
      env: { ...env, DATA_DIR: 'no-such-folder' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/no-such-folder/);
  });
});
