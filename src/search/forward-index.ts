import { growableUint32, push, trimmed } from './growable-array';

/**
 * Part of a forward index: per passage, its (term, frequency) pairs, for consecutive passages. Passage i of the
 * segment has its pairs at starts[i] .. starts[i+1] of `term` and `frequency` (the last one up to their end).
 */
export interface ForwardSegment {
  starts: Uint32Array;
  term: Uint32Array;
  frequency: Uint8Array;
  /** The builder's term for each term number in `term`, when they are another builder's (an absorbed shard). */
  termMap: Uint32Array | null;
}

/**
 * The forward index a builder collects while it reads: per passage, the terms it holds and how often, inverted
 * into postings when the index is finished (see invertPostings). Collected in segments of growing size rather than
 * in one array that doubles, and a shard read in another thread joins as a segment as it came: at archive size
 * the doubling and copying of tens of megabytes cost more than filling them (DESIGN.md has the measurements).
 */
export class ForwardIndex {
  /** The segments before the one being filled, in passage order. */
  private readonly sealed: ForwardSegment[] = [];
  private term = new Uint32Array(FIRST_CAPACITY);
  private frequency = new Uint8Array(FIRST_CAPACITY);
  private length = 0;
  private starts = growableUint32();
  /** Pairs the last segment was made for; the next one is made twice as large, up to LARGEST_CAPACITY. */
  private capacity = FIRST_CAPACITY;

  /** Adds the next passage: the terms it holds, each with its count in `frequencyOf`. */
  addPassage(terms: readonly number[], frequencyOf: Uint8Array): void {
    if (this.length + terms.length > this.term.length) {
      this.seal();
      this.capacity = Math.max(terms.length, Math.min(2 * this.capacity, LARGEST_CAPACITY));
      this.term = new Uint32Array(this.capacity);
      this.frequency = new Uint8Array(this.capacity);
    }
    push(this.starts, this.length);
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      this.term[this.length] = term;
      this.frequency[this.length++] = frequencyOf[term]!;
    }
  }

  /** Adds the passages of another builder's forward index, whose terms `termMap` turns into this builder's. */
  addSegment(segment: ForwardSegment): void {
    this.seal();
    this.sealed.push(segment);
  }

  /**
   * Every segment, in passage order, handed over: this keeps none of them, so they go once the caller is done with
   * them even if the builder is kept. Ends the filling: call it once, after the last passage.
   */
  segments(): ForwardSegment[] {
    this.seal();
    this.term = new Uint32Array(0);
    this.frequency = new Uint8Array(0);
    return this.sealed.splice(0);
  }

  /** The segment being filled joins the sealed ones; the next passages fill the rest of its arrays. */
  private seal(): void {
    if (this.starts.length === 0) return;
    this.sealed.push({
      starts: trimmed(this.starts),
      term: this.term.subarray(0, this.length),
      frequency: this.frequency.subarray(0, this.length),
      termMap: null,
    });
    this.term = this.term.subarray(this.length);
    this.frequency = this.frequency.subarray(this.length);
    this.length = 0;
    this.starts = growableUint32();
  }
}

/** The segments as one forward index, in this builder's terms (an index shard's form). */
export function joinSegments(segments: readonly ForwardSegment[]): {
  start: Uint32Array;
  term: Uint32Array;
  frequency: Uint8Array;
} {
  const passages = segments.reduce((n, s) => n + s.starts.length, 0);
  const pairs = segments.reduce((n, s) => n + s.term.length, 0);
  const start = new Uint32Array(passages);
  const term = new Uint32Array(pairs);
  const frequency = new Uint8Array(pairs);
  let passage = 0;
  let pair = 0;
  for (const segment of segments) {
    for (let i = 0; i < segment.starts.length; i++) start[passage++] = pair + segment.starts[i]!;
    const map = segment.termMap;
    if (map === null) term.set(segment.term, pair);
    else for (let f = 0; f < segment.term.length; f++) term[pair + f] = map[segment.term[f]!]!;
    frequency.set(segment.frequency, pair);
    pair += segment.term.length;
  }
  return { start, term, frequency };
}

// Pairs in the first segment, and at most in one: about 180 passages' worth, and 5 MB.
const FIRST_CAPACITY = 1 << 13;
const LARGEST_CAPACITY = 1 << 20;
