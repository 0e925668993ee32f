import { Buffer } from 'node:buffer';

/** Any UTF-16 code unit above U+00FF: such text needs V8's two-byte representation. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A copy of `text` that shares no memory with the string it was sliced from, in the narrowest representation.
 *
 * Why: V8 keeps the whole parent of a sliced string alive, so paragraphs and sentences sliced from a raw file
 * kept every raw file (furniture included) in memory for the corpus's lifetime. And a raw file holding a single
 * „ or – is stored two bytes per character, so every paragraph sliced from it was too, though most paragraphs are
 * plain Latin-1 (most of the text of a German archive). Copying each paragraph once lets the raw files go and
 * stores the Latin-1 ones at one byte per character. Exact for every string (lone surrogates included): Latin-1
 * text round-trips through latin1 bytes, anything else through UTF-16 code units.
 */
export function ownCopy(text: string): string {
  const wide = BEYOND_LATIN1.test(text);
  const bytes = wide ? 2 * text.length : text.length;
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, 2 * scratch.length));
  return wide
    ? scratch.toString('utf16le', 0, scratch.write(text, 0, 'utf16le'))
    : scratch.toString('latin1', 0, scratch.write(text, 0, 'latin1'));
}

/**
 * The bytes each copy passes through, reused (it grows to the longest paragraph seen): a Buffer per paragraph, a
 * typed-array object and for a long one its own memory, cost more than the copying itself.
 */
let scratch = Buffer.allocUnsafe(64 * 1024);
