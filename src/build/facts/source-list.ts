import type { Attribution } from '../../analysis/types';
import { discoveredSource, filedCredit, type KnownSource } from '../../engine/known-sources';

/** The names that joined each source (see sourceJoinsSteps), in the order they joined. */
export function joinedNames(joins: ReadonlyMap<string, string>): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const [from, into] of joins) {
    const list = names.get(into);
    if (list) list.push(from);
    else names.set(into, [from]);
  }
  return names;
}

/**
 * A source's list as filed, not yet sorted (`credits`, each filed from `read` at the same place): its own credits
 * as read, then those of each name that joined it, each under the source (a discovered one as its credits give it, see discoveredSource; `curated` for one of the
 * lexicon's).
 */
export function sourceList(
  id: string,
  creditsBySource: ReadonlyMap<string, readonly Attribution[]>,
  joined: readonly string[],
  curated: KnownSource | undefined,
): { source: KnownSource | undefined; read: Attribution[]; credits: Attribution[] } {
  const own = creditsBySource.get(id)!;
  const others = joined.flatMap((name) => creditsBySource.get(name)!);
  const source = id.startsWith('~') ? discoveredSource(id, own, others) : curated;
  const read = [...own, ...others];
  return { source, read, credits: read.map((credit) => filedCredit(credit, id, source)) };
}
