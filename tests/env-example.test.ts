import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema, parseEnv } from '../src/config/env';
import { envFileProblems } from '../src/config/env-file';

const lines = readFileSync('.env.example', 'utf8').split('\n');
const assignments = lines.flatMap((line, index) => {
  const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
  return m ? [{ key: m[1] ?? '', value: m[2] ?? '', comment: lines[index - 1] ?? '', block: commentAbove(index) }] : [];
});

/** The comment lines right above line `index`, joined: what a reader sees about that setting. */
function commentAbove(index: number): string {
  const block: string[] = [];
  for (let i = index - 1; i >= 0 && lines[i]?.startsWith('#'); i--) block.unshift(lines[i]!.replace(/^# ?/, ''));
  return block.join(' ');
}

describe('.env.example', () => {
  it('lists every setting the app reads, each with a comment', () => {
    expect(assignments.map((a) => a.key).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
    for (const a of assignments) expect(a.comment, a.key).toMatch(/^# \S/);
  });

  it('states every default, and the one it states is the one the bot uses', () => {
    const defaults = parseEnv({}) as Record<string, unknown>;
    for (const a of assignments) {
      const applied = defaults[a.key];
      if (applied === undefined) expect(a.block, a.key).toMatch(/Default: \S/);
      else expect(a.block, a.key).toContain(`Default: \`${String(applied)}\``);
    }
  });

  it('names the channel permissions the bot needs', () => {
    const header = lines
      .slice(
        0,
        lines.findIndex((line) => /^[A-Z]/.test(line)),
      )
      .join(' ');
    for (const permission of ['View Channel', 'Send Messages', 'Embed Links', 'Attach Files']) {
      expect(header).toContain(permission);
    }
  });

  it('is itself a valid configuration (the console starts from a plain copy)', () => {
    expect(envFileProblems(lines.join('\n'))).toEqual([]);
    expect(() => parseEnv(Object.fromEntries(assignments.map((a) => [a.key, a.value])))).not.toThrow();
  });
});
