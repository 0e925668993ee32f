/**
 * `compute` remembered by key, forgetting everything once `limit` keys are held: for word tests asked about the
 * same few thousand words again and again over an archive, where an unbounded map would grow with every
 * invented name it meets.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      if (known.size >= limit) known.clear();
      value = compute(key);
      known.set(key, value);
    }
    return value as T;
  };
}
