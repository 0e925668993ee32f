import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';

/**
 * Writes a file so that a reader (or a restart after a crash) sees either the old content or the new, never a
 * torn one: write a temporary file beside it, flush it to disk, then rename over the target, which is atomic on
 * the same file system.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export type JsonFileRead<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'missing' }
  /** The file exists but is not what we wrote: reported to the operator, never fatal. */
  | { kind: 'corrupt'; problem: string };

/** Reads and validates a JSON file with a zod schema. A missing or corrupt file is a result, not an exception. */
export async function readJsonFile<S extends z.ZodType>(path: string, schema: S): Promise<JsonFileRead<z.infer<S>>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'corrupt', problem: `cannot read ${path}: ${(error as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'corrupt', problem: `${path} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : '(root)';
    return { kind: 'corrupt', problem: `${path}: ${where}: ${first?.message ?? 'does not match the expected shape'}` };
  }
  return { kind: 'ok', value: parsed.data };
}
