import { parseArgs } from 'node:util';
import { z } from 'zod';

/** `npm run bench -- [--sizes 1000,10000,50000] [--quick] [--json FILE] [--seed N] [--queries N] [--no-baselines]` */
export const BenchOptionsSchema = z.object({
  sizes: z.array(z.number().int().min(0).max(500_000)).min(1),
  quick: z.boolean(),
  json: z.string().min(1).optional(),
  seed: z.number().int().min(0),
  queriesPerKind: z.number().int().min(10),
  baselines: z.boolean(),
});
export type BenchOptions = z.infer<typeof BenchOptionsSchema>;

const sizeList = z
  .string()
  .transform((s) => s.split(',').map((part) => Number(part.replace(/[_,.\s]/g, ''))))
  .pipe(z.array(z.number().int().min(0).max(500_000)));

export class UsageError extends Error {}

export function parseBenchOptions(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string' },
        quick: { type: 'boolean', default: false },
        json: { type: 'string' },
        seed: { type: 'string', default: '42' },
        queries: { type: 'string' },
        'no-baselines': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sizes = values.sizes === undefined ? null : sizeList.safeParse(values.sizes);
  if (sizes && !sizes.success) throw new UsageError('--sizes takes a list of article counts, e.g. --sizes 1000,10000');
  const parsed = BenchOptionsSchema.safeParse({
    // --quick is what CI runs: the smallest archive and fewer queries, to stay well under a minute.
    sizes: sizes?.data ?? (values.quick ? [1000] : [1000, 10_000, 50_000]),
    quick: values.quick,
    json: values.json,
    seed: Number(values.seed),
    queriesPerKind: values.queries === undefined ? (values.quick ? 50 : 200) : Number(values.queries),
    baselines: !values['no-baselines'],
  });
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return parsed.data;
}
