/**
 * An append-only Uint32Array that doubles when full. The index collects millions of numbers while it reads the
 * archive without knowing the final count; a plain JS array would cost twice the memory.
 */
export interface GrowableUint32 {
  data: Uint32Array;
  length: number;
}

export function growableUint32(capacity = 1024): GrowableUint32 {
  return { data: new Uint32Array(capacity), length: 0 };
}

export function push(array: GrowableUint32, value: number): void {
  if (array.length === array.data.length) {
    const bigger = new Uint32Array(array.data.length * 2);
    bigger.set(array.data);
    array.data = bigger;
  }
  array.data[array.length++] = value;
}

/** The filled part, copied into an array of exactly that size so the spare capacity can be collected. */
export function trimmed(array: GrowableUint32): Uint32Array {
  return array.data.slice(0, array.length);
}
