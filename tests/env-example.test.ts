import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvSchema, parseEnv } from '../src/config/env';
import { envFileProblems } from '../src/config/env-file';

const lines = readFileSync('.env.example', 'utf8').split('\n');
const assignments = lines.flatMap((line, index) => {
  const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
  return m ? [{ key: m[1] ?? '', value: m[2] ?? '', comment: lines[index - 1] ?? '' }] : [];
});

describe('.env.example', () => {
  it('lists every setting the app reads, each with a comment', () => {
    expect(assignments.map((a) => a.key).sort()).toEqual(Object.keys(EnvSchema.shape).sort());
    for (const a of assignments) expect(a.comment, a.key).toMatch(/^# \S/);
  });

  it('is itself a valid configuration (the console starts from a plain copy)', () => {
    expect(envFileProblems(lines.join('\n'))).toEqual([]);
    expect(() => parseEnv(Object.fromEntries(assignments.map((a) => [a.key, a.value])))).not.toThrow();
  });
});
