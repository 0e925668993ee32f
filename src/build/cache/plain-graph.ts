import { deserialize, serialize } from 'node:v8';

/*
 * A graph of plain data (objects, arrays, Maps, Sets, strings, numbers, booleans, null, undefined, byte and offset
 * arrays) as a few flat arrays, and back: what the cache keeps the filed facts in. Each string is written once, an
 * object's keys once per shape, and an object met twice is the same object when read back (a figure is in its
 * topic's list and its counted word's), so reading it back builds objects from numbers and never parses a key.
 * Anything else (a class, a function, a symbol), and a graph with a cycle, cannot be written: `encodeGraph` throws
 * rather than keep a changed copy.
 */

/*
 * The file: the length of a head, the head (v8.serialize of the strings, the shapes, the typed arrays' places and
 * the sections' lengths), then three sections, each at a multiple of 8 bytes: `numbers`, `bytes` and `ops`. The
 * typed arrays are views of the bytes section, read into a buffer of its own, which they keep in memory
 * (v8.deserialize would copy them). `ops` comes last and is decoded as it is read, a piece at a time: the whole file
 * never sits in memory beside what is decoded from it, only the bytes the decoded graph keeps.
 */
interface Head {
  strings: string[];
  /** Object shapes: each a list of keys, in order. */
  shapes: string[][];
  /** Per typed array: its kind (see VIEWS), byte offset in the bytes section and length in elements. */
  views: number[];
  /** Words in `ops`: the values, one word each (a kind in the low bits, a number or position above). */
  ops: number;
  /** Numbers in `numbers`: those that are not small whole numbers, in the order ops needs them. */
  numbers: number;
  /** Bytes in the bytes section: every typed array's, each at a multiple of 8. */
  bytes: number;
  /**
   * The objects, arrays, Maps, Sets and typed arrays a SEEN word refers to, by their place in reading order,
   * ascending: only these are kept aside while reading, a SEEN word's number being a place in this list.
   */
  again: number[];
}

/* The kinds of value a word of `ops` holds, in its low KIND_BITS. */
const UNDEFINED = 0;
const NULL = 1;
const FALSE = 2;
const TRUE = 3;
/** A whole number below 2^28, held in the word itself. */
const SMALL = 4;
/** Any other number: the next of `numbers`. */
const NUMBER = 5;
const STRING = 6;
/** An object, array, Map, Set or typed array read before: by its place in Head.again. */
const SEEN = 7;
/** A plain object of the given shape: its values follow in the shape's key order. */
const OBJECT = 8;
/** An array of the given length: its items follow. */
const ARRAY = 9;
/** A Map of the given size: keys and values follow, alternating. */
const MAP = 10;
/** A Set of the given size: its values follow. */
const SET = 11;
/** A typed array: the given entry of `views`. */
const VIEW = 12;

const KIND_BITS = 4;
const MAX_ARG = 2 ** (32 - KIND_BITS) - 1;
const VIEWS = [
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Float32Array,
  Float64Array,
] as const;
type View = InstanceType<(typeof VIEWS)[number]>;

/** Values encoded per step of encodeGraphSteps: a few milliseconds' work. */
const VALUES_PER_STEP = 20_000;

/**
 * The file's contents for a graph (see the layout above), step by step: the filed facts of 10,000 articles are
 * millions of values, written after the corpus is in service, between the answers to questions.
 */
export function* encodeGraphSteps(root: unknown): Generator<void, Buffer> {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const seen = new Map<object, number>();
  // Where in `ops` the SEEN words are, whose numbers are places in reading order until all is written.
  const seenAt: number[] = [];
  const numbers: number[] = [];
  const viewList: View[] = [];
  let ops = new Uint32Array(1 << 16);
  let length = 0;

  const op = (kind: number, arg = 0): void => {
    if (arg > MAX_ARG) throw new Error(`too large to keep: ${arg}`);
    if (length === ops.length) {
      const grown = new Uint32Array(ops.length * 2);
      grown.set(ops);
      ops = grown;
    }
    ops[length++] = (arg << KIND_BITS) | kind;
  };
  const stringId = (value: string): number => {
    let id = stringIds.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      stringIds.set(value, id);
    }
    return id;
  };
  const shapeId = (keys: string[]): number => {
    const name = keys.join('\u0000');
    let id = shapeIds.get(name);
    if (id === undefined) {
      id = shapes.length;
      shapes.push(keys);
      shapeIds.set(name, id);
    }
    return id;
  };

  // The values still to write, depth first: an iterator over each object's, array's, Map's or Set's own.
  const pending: Iterator<unknown>[] = [];
  // The objects, arrays, Maps and Sets whose values are being written, one per iterator of `pending`: one met
  // again among its own values would make a cycle, which reading back cannot rebuild (see objectMaker).
  const open: object[] = [];
  const opened = new Set<object>();
  const enter = (value: object, values: Iterator<unknown>): void => {
    open.push(value);
    opened.add(value);
    pending.push(values);
  };
  const write = (value: unknown): void => {
    switch (typeof value) {
      case 'undefined':
        return op(UNDEFINED);
      case 'boolean':
        return op(value ? TRUE : FALSE);
      case 'number':
        if (Number.isInteger(value) && value >= 0 && value <= MAX_ARG && !Object.is(value, -0)) return op(SMALL, value);
        numbers.push(value);
        return op(NUMBER);
      case 'string':
        return op(STRING, stringId(value));
      case 'object':
        break;
      default:
        throw new Error(`cannot keep a ${typeof value}`);
    }
    if (value === null) return op(NULL);
    const known = seen.get(value);
    if (known !== undefined) {
      if (opened.has(value)) throw new Error('cannot keep a cycle');
      seenAt.push(length);
      return op(SEEN, known);
    }
    const viewKind = VIEWS.indexOf(value.constructor as (typeof VIEWS)[number]);
    if (viewKind >= 0) {
      seen.set(value, seen.size);
      viewList.push(value as View);
      return op(VIEW, viewList.length - 1);
    }
    seen.set(value, seen.size);
    if (Array.isArray(value)) {
      op(ARRAY, value.length);
      enter(value, value.values());
    } else if (value instanceof Map) {
      op(MAP, value.size);
      enter(value, keysAndValues(value));
    } else if (value instanceof Set) {
      op(SET, value.size);
      enter(value, value.values());
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      op(OBJECT, shapeId(Object.keys(value)));
      // In the order of Object.keys, which is the shape's.
      enter(value, Object.values(value).values());
    } else {
      throw new Error(`cannot keep a ${value.constructor?.name ?? 'object without prototype'}`);
    }
  };
  write(root);
  let budget = VALUES_PER_STEP;
  while (pending.length > 0) {
    const next = pending[pending.length - 1]!.next();
    if (next.done) {
      pending.pop();
      opened.delete(open.pop()!);
    } else write(next.value);
    if (--budget === 0) {
      budget = VALUES_PER_STEP;
      yield;
    }
  }

  const views: number[] = [];
  let byteLength = 0;
  for (const view of viewList) {
    views.push(VIEWS.indexOf(view.constructor as (typeof VIEWS)[number]), byteLength, view.length);
    byteLength = aligned(byteLength + view.byteLength);
  }
  const again = numberAgain(ops, seenAt, seen.size);
  const head: Head = { strings, shapes, views, ops: length, numbers: numbers.length, bytes: byteLength, again };
  const headBytes = serialize(head);
  const numbersAt = aligned(4 + headBytes.length);
  const bytesAt = numbersAt + 8 * numbers.length;
  const opsAt = bytesAt + byteLength;
  const file = Buffer.alloc(opsAt + 4 * length);
  file.writeUInt32LE(headBytes.length, 0);
  file.set(headBytes, 4);
  file.set(new Uint8Array(Float64Array.from(numbers).buffer), numbersAt);
  viewList.forEach((view, i) => {
    file.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), bytesAt + views[3 * i + 1]!);
  });
  file.set(new Uint8Array(ops.buffer, 0, 4 * length), opsAt);
  return file;
}

const aligned = (offset: number): number => Math.ceil(offset / 8) * 8;

/**
 * The places in reading order of the objects the SEEN words at `seenAt` refer to, ascending (see Head.again); each
 * of those words is numbered anew with its object's place in that list.
 */
function numberAgain(ops: Uint32Array, seenAt: readonly number[], objects: number): number[] {
  const referred = new Uint8Array(objects);
  for (const at of seenAt) referred[ops[at]! >>> KIND_BITS] = 1;
  const place = new Uint32Array(objects);
  const again: number[] = [];
  referred.forEach((is, object) => {
    if (is === 0) return;
    place[object] = again.length;
    again.push(object);
  });
  for (const at of seenAt) ops[at] = (place[ops[at]! >>> KIND_BITS]! << KIND_BITS) | SEEN;
  return again;
}

function* keysAndValues(map: Map<unknown, unknown>): Generator<unknown> {
  for (const [key, value] of map) {
    yield key;
    yield value;
  }
}

/** Where decodeGraph reads a file from: front to back, in pieces (see SealedPayload). */
interface GraphFile {
  readonly length: number;
  /** The next `length` bytes, in a buffer of their own. */
  read(length: number): Promise<Uint8Array>;
  /** Fills `into` with the next bytes. */
  readSync(into: Uint8Array): void;
}

/** Words of `ops` read from the file at a time. */
const OPS_CHUNK = 1 << 16;

/**
 * The graph `encodeGraph` was given, rebuilt from its file. Its typed arrays are views of one buffer, the file's
 * bytes section, which they keep in memory. Throws on anything that is not what encodeGraph writes.
 */
export async function decodeGraph(file: GraphFile): Promise<unknown> {
  if (file.length < 4) throw new Error('graph file too short');
  const lengthBytes = await file.read(4);
  const headLength = new DataView(lengthBytes.buffer, lengthBytes.byteOffset, 4).getUint32(0, true);
  if (4 + headLength > file.length) throw new Error('graph file too short');
  const head = deserialize(await file.read(headLength)) as Head;
  const numbersAt = aligned(4 + headLength);
  const bytesAt = numbersAt + 8 * head.numbers;
  if (bytesAt + head.bytes + 4 * head.ops !== file.length) throw new Error('graph file of the wrong length');
  await file.read(numbersAt - 4 - headLength);
  const numberBytes = await file.read(8 * head.numbers);
  const numbers = new Float64Array(numberBytes.buffer, numberBytes.byteOffset, head.numbers);
  const reader: Reader = {
    strings: head.strings,
    shapes: head.shapes,
    views: head.views,
    bytes: await file.read(head.bytes),
    file,
    makers: [],
    chunk: new Uint32Array(Math.min(OPS_CHUNK, head.ops)),
    at: 0,
    end: 0,
    opsLeft: head.ops,
    numbers,
    again: head.again,
    objects: new Array(head.again.length),
    read: 0,
    kept: 0,
    numberAt: 0,
  };
  const root = read(reader);
  if (reader.at !== reader.end || reader.opsLeft !== 0 || reader.numberAt !== numbers.length) {
    throw new Error('graph holds more than one value');
  }
  return root;
}

interface Reader {
  strings: string[];
  shapes: string[][];
  views: number[];
  /** The bytes section: what the typed arrays view. */
  bytes: Uint8Array;
  file: GraphFile;
  /** Per shape, what makes its objects (see objectMaker), once one is read. */
  makers: (ObjectMaker | undefined)[];
  /** The words of `ops` read so far and not yet decoded are chunk[at, end). */
  chunk: Uint32Array;
  at: number;
  end: number;
  /** Words of `ops` not yet read from the file. */
  opsLeft: number;
  numbers: Float64Array;
  again: number[];
  /** The first `kept` objects of `again`, as read: what SEEN refers to. */
  objects: unknown[];
  kept: number;
  /** Objects, arrays, Maps, Sets and typed arrays read so far. */
  read: number;
  numberAt: number;
}

/** The next word of `ops`, reading the next piece of them when the last is used up. */
function nextWord(r: Reader): number {
  if (r.at === r.end) {
    if (r.opsLeft === 0) throw new Error('graph ends early');
    const words = Math.min(r.opsLeft, r.chunk.length);
    r.file.readSync(new Uint8Array(r.chunk.buffer, 0, 4 * words));
    r.opsLeft -= words;
    r.at = 0;
    r.end = words;
  }
  return r.chunk[r.at++]!;
}

// A function of its own rather than a closure: V8 optimizes it, where a recursive closure stayed unoptimized.
function read(r: Reader): unknown {
  const word = nextWord(r);
  const arg = word >>> KIND_BITS;
  switch (word & ((1 << KIND_BITS) - 1)) {
    case UNDEFINED:
      return undefined;
    case NULL:
      return null;
    case FALSE:
      return false;
    case TRUE:
      return true;
    case SMALL:
      return arg;
    case NUMBER:
      if (r.numberAt >= r.numbers.length) throw new Error('graph lacks a number');
      return r.numbers[r.numberAt++];
    case STRING:
      return known(r.strings, arg);
    case SEEN:
      // An object still being read is not there yet: only a graph with a cycle refers to one.
      if (arg >= r.kept || r.objects[arg] === undefined) throw new Error('graph refers to a value it does not hold');
      return r.objects[arg];
    case OBJECT:
      return readObject(r, arg);
    case ARRAY: {
      const array = remember(r, new Array<unknown>(arg));
      for (let i = 0; i < arg; i++) array[i] = read(r);
      return array;
    }
    case MAP: {
      const map = remember(r, new Map<unknown, unknown>());
      for (let i = 0; i < arg; i++) map.set(read(r), read(r));
      return map;
    }
    case SET: {
      const set = remember(r, new Set<unknown>());
      for (let i = 0; i < arg; i++) set.add(read(r));
      return set;
    }
    case VIEW: {
      if (3 * arg + 2 >= r.views.length) throw new Error('graph refers to a value it does not hold');
      return remember(
        r,
        viewOf(r.bytes, known(VIEWS, r.views[3 * arg]!), r.views[3 * arg + 1]!, r.views[3 * arg + 2]!),
      );
    }
    default:
      throw new Error(`graph holds an unknown kind of value (${word})`);
  }
}

/** A typed array of `length` elements at `offset` in the bytes section, which it views. */
function viewOf(bytes: Uint8Array, View: (typeof VIEWS)[number], offset: number, length: number): View {
  if (offset % 8 !== 0 || offset + length * View.BYTES_PER_ELEMENT > bytes.byteLength) {
    throw new Error('graph refers to bytes it does not hold');
  }
  return new View(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length);
}

/** Keeps an object just read aside when a SEEN word refers to it later (see Head.again). */
function remember<T>(r: Reader, value: T): T {
  if (r.read++ === r.again[r.kept]) r.objects[r.kept++] = value;
  return value;
}

type ObjectMaker = (r: Reader) => Record<string, unknown>;

/**
 * What reads the plain objects of one shape: an object literal of the shape's keys, compiled once per shape, whose
 * values are read in key order. V8 lays a literal's objects out with every field inside the object, and once it sees
 * nearly all of them outlive a young-generation collection it allocates them in the old generation straight away
 * (allocation-site pretenuring), rather than copying them through two collections as it does objects made with `{}`
 * or a constructor. Each key is written as a JSON string, which is a JavaScript string literal, so no key can be
 * code; "__proto__" is written computed, so that it is an own key as in the graph rather than the prototype. The
 * object is made after its values, so a cycle cannot be rebuilt: encodeGraphSteps refuses one.
 */
function objectMaker(keys: readonly string[]): ObjectMaker {
  const fields = keys.map(
    (key) => `${key === '__proto__' ? `[${JSON.stringify(key)}]` : JSON.stringify(key)}: read(r)`,
  );
  return new Function('read', `return (r) => ({ ${fields.join(', ')} });`)(read) as ObjectMaker;
}

function readObject(r: Reader, shape: number): Record<string, unknown> {
  let make = r.makers[shape];
  if (make === undefined) {
    make = objectMaker(known(r.shapes, shape));
    r.makers[shape] = make;
  }
  // Its place among the objects read is taken before its values are read, as the encoder numbered it.
  const kept = r.read++ === r.again[r.kept] ? r.kept++ : -1;
  const object = make(r);
  if (kept >= 0) r.objects[kept] = object;
  return object;
}

function known<T>(list: readonly T[], index: number): T {
  if (index >= list.length) throw new Error('graph refers to a value it does not hold');
  return list[index]!;
}
