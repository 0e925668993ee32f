import { createHash } from 'node:crypto';
import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/*
 * A cache file: a fixed header (magic, payload length, SHA-256 of the payload) and the payload. Reading checks all
 * three, so a truncated, torn or otherwise damaged file is told apart from a good one and never read as data.
 */

const MAGIC = Buffer.from('FDCACHE1', 'latin1');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 8 + DIGEST_BYTES;
/** Bytes hashed per read when the rest of a payload is read only to check it. */
const DRAIN_BYTES = 1 << 20;

/** The header to write before `payload` (see decodeSealed). */
export function sealHeader(payload: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeBigUInt64LE(BigInt(payload.byteLength), MAGIC.length);
  createHash('sha256')
    .update(payload)
    .digest()
    .copy(header, MAGIC.length + 8);
  return header;
}

/**
 * A sealed file's payload, read front to back in pieces, each hashed as it is read: a reader can decode a large
 * file piece by piece, so the whole of it never sits in memory beside what is decoded from it. What is read is
 * not yet vouched for: only `check` says whether the payload was the one sealed, and until it says so nothing
 * decoded may be used.
 */
export interface SealedPayload {
  /** The payload's length in bytes. */
  readonly length: number;
  /** The payload's next `length` bytes, in a buffer whose memory is theirs alone. */
  read(length: number): Promise<Buffer>;
  /** Fills `into` with the payload's next bytes at once (a decoder's stream of small pieces). */
  readSync(into: Uint8Array): void;
  /** Reads whatever is left of the payload, and says what is wrong with the file: null when nothing is. */
  check(): Promise<string | null>;
}

/** The payload of an open sealed file, or what is wrong with its header. Throws when the file cannot be read. */
async function openSealed(handle: FileHandle): Promise<SealedPayload | { problem: string }> {
  const header = Buffer.alloc(HEADER_BYTES);
  const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
  if (bytesRead < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { problem: 'not a cache file (header missing or damaged)' };
  }
  const size = (await handle.stat()).size - HEADER_BYTES;
  const sealed = header.readBigUInt64LE(MAGIC.length);
  if (sealed !== BigInt(size)) return { problem: `truncated or extended: ${size} bytes of ${sealed}` };
  const hash = createHash('sha256');
  let position = HEADER_BYTES;
  const end = HEADER_BYTES + size;

  const claim = (length: number): number => {
    if (length > end - position) throw new Error('the file ends early');
    const at = position;
    position += length;
    return at;
  };
  const payload: SealedPayload = {
    length: size,
    async read(length) {
      let at = claim(length);
      const bytes = Buffer.allocUnsafeSlow(length);
      for (let filled = 0; filled < length; ) {
        const { bytesRead: n } = await handle.read(bytes, filled, length - filled, at);
        if (n === 0) throw new Error('the file ends early');
        filled += n;
        at += n;
      }
      hash.update(bytes);
      return bytes;
    },
    readSync(into) {
      let at = claim(into.byteLength);
      for (let filled = 0; filled < into.byteLength; ) {
        const n = readSync(handle.fd, into, filled, into.byteLength - filled, at);
        if (n === 0) throw new Error('the file ends early');
        filled += n;
        at += n;
      }
      hash.update(into);
    },
    async check() {
      // A decoder that gave up halfway leaves the rest: a damaged file is told by its checksum all the same.
      while (position < end) await payload.read(Math.min(end - position, DRAIN_BYTES));
      return hash.digest().equals(header.subarray(MAGIC.length + 8)) ? null : 'checksum does not match';
    },
  };
  return payload;
}

/**
 * A sealed file's payload decoded as it is read, or what is wrong with the file: whatever `decode` made of it is
 * given only once the whole payload has passed its checksum. Throws when the file cannot be read.
 */
export async function decodeSealed(
  handle: FileHandle,
  decode: (payload: SealedPayload) => Promise<unknown>,
): Promise<{ value: unknown } | { problem: string }> {
  const payload = await openSealed(handle);
  if ('problem' in payload) return payload;
  let decoded: { value: unknown } | { error: Error };
  try {
    decoded = { value: await decode(payload) };
  } catch (error) {
    decoded = { error: error as Error };
  }
  const problem = await payload.check();
  if (problem !== null) return { problem };
  if ('error' in decoded) return { problem: `cannot be read back (${decoded.error.message})` };
  return decoded;
}
