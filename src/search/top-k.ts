/**
 * The `k` ids with the largest `rank[id]` (ties: smaller id first), best first, in O(n log k): sorting every
 * matching passage of a common word would cost more than scoring them.
 */
export function topK(ids: Uint32Array, count: number, k: number, rank: Float64Array): number[] {
  if (k <= 0 || count === 0) return [];
  // Min-heap of the best k so far; the root is the weakest, replaced when something better comes along.
  const heap: number[] = [];
  const weaker = (a: number, b: number) => rank[a]! < rank[b]! || (rank[a] === rank[b] && a > b);
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && weaker(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && weaker(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const id = ids[n]!;
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!weaker(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    } else if (weaker(heap[0]!, id)) {
      heap[0] = id;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (weaker(a, b) ? 1 : weaker(b, a) ? -1 : 0));
}
