import { describe, expect, it } from 'vitest';
import { UsageError, parseBenchOptions } from './cli-options';

describe('bench options', () => {
  it('measures all three archive sizes with 200 queries per kind by default', () => {
    const options = parseBenchOptions([]);
    expect(options.sizes).toEqual([1000, 10_000, 50_000]);
    expect(options.queriesPerKind).toBe(200);
    expect(options.baselines).toBe(true);
  });

  it('--quick runs only the 1,000 archive with fewer queries, as CI does', () => {
    expect(parseBenchOptions(['--quick'])).toMatchObject({ sizes: [1000], quick: true, queriesPerKind: 50 });
  });

  it('takes sizes, a seed and a JSON file', () => {
    expect(parseBenchOptions(['--sizes', '1000,10_000', '--json', 'out.json', '--seed', '7'])).toMatchObject({
      sizes: [1000, 10_000],
      json: 'out.json',
      seed: 7,
    });
  });

  it.each([[['--sizes', 'many']], [['--seed', '-1']], [['--frobnicate']], [['--queries', '3']]])(
    'rejects %j with a usage error, not a crash',
    (argv) => {
      expect(() => parseBenchOptions(argv)).toThrow(UsageError);
    },
  );
});
