/**
 * The ArrayBuffers under every typed array in a plain object tree, once each: the transfer list that hands a
 * finished index to another thread without copying its hundreds of megabytes.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (node: unknown): void => {
    if (ArrayBuffer.isView(node)) {
      if (node.buffer instanceof ArrayBuffer) buffers.add(node.buffer);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return [...buffers];
}
