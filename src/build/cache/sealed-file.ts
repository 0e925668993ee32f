import { createHash } from 'node:crypto';

/*
 * A cache file: a fixed header (magic, payload length, SHA-256 of the payload) and the payload. Reading checks all
 * three, so a truncated, torn or otherwise damaged file is told apart from a good one and never read as data.
 */

const MAGIC = Buffer.from('FDCACHE1', 'latin1');
const DIGEST_BYTES = 32;
const HEADER_BYTES = MAGIC.length + 8 + DIGEST_BYTES;

/** The header to write before `payload` (see unseal). */
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

/** The payload of a sealed file, or what is wrong with it. */
export function unseal(file: Buffer): { payload: Buffer } | { problem: string } {
  if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    return { problem: 'not a cache file (header missing or damaged)' };
  }
  const length = file.readBigUInt64LE(MAGIC.length);
  if (length !== BigInt(file.length - HEADER_BYTES)) {
    return { problem: `truncated or extended: ${file.length - HEADER_BYTES} bytes of ${length}` };
  }
  const payload = file.subarray(HEADER_BYTES);
  const digest = createHash('sha256').update(payload).digest();
  if (!digest.equals(file.subarray(MAGIC.length + 8, HEADER_BYTES))) return { problem: 'checksum does not match' };
  return { payload };
}
