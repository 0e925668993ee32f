/**
 * The `k` largest items by `rank` (ties: smaller id first), best first, in O(n log k): sorting every matching
 * passage of a common word would cost more than scoring them.
 */
export function topK(ids: ArrayLike<number>, count: number, k: number, rank: (id: number) => number): number[] {
  if (k <= 0) return [];
  // Min-heap of the best k so far; the root is the weakest, replaced when something better comes along.
  const heap: number[] = [];
  const heapRank: number[] = [];
  const weaker = (i: number, j: number) =>
    heapRank[i]! < heapRank[j]! || (heapRank[i] === heapRank[j] && heap[i]! > heap[j]!);
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
    [heapRank[i], heapRank[j]] = [heapRank[j]!, heapRank[i]!];
  };
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && weaker(l, m)) m = l;
      if (r < heap.length && weaker(r, m)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  };
  for (let n = 0; n < count; n++) {
    const id = ids[n]!;
    const value = rank(id);
    if (heap.length < k) {
      heap.push(id);
      heapRank.push(value);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!weaker(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (value > heapRank[0]! || (value === heapRank[0] && id < heap[0]!)) {
      heap[0] = id;
      heapRank[0] = value;
      siftDown(0);
    }
  }
  return heap
    .map((id, i) => ({ id, rank: heapRank[i]! }))
    .sort((a, b) => b.rank - a.rank || a.id - b.id)
    .map((e) => e.id);
}
