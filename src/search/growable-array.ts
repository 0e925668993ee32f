/**
 * An append-only typed array that doubles when full. The index collects millions of numbers while it reads the
 * archive without knowing the final count; plain JS arrays would cost 8 bytes a number, typed arrays 2 or 4.
 */
export interface Growable<A extends Uint32Array | Uint16Array> {
  data: A;
  length: number;
}

export function growableUint32(capacity = 1024): Growable<Uint32Array> {
  return { data: new Uint32Array(capacity), length: 0 };
}

export function push<A extends Uint32Array | Uint16Array>(array: Growable<A>, value: number): void {
  if (array.length === array.data.length) {
    const bigger = new (array.data.constructor as new (n: number) => A)(array.data.length * 2);
    bigger.set(array.data);
    array.data = bigger;
  }
  array.data[array.length++] = value;
}

/** The filled part, copied into an array of exactly that size so the spare capacity can be collected. */
export function trimmed<A extends Uint32Array | Uint16Array>(array: Growable<A>): A {
  return array.data.slice(0, array.length) as A;
}
