export type DecodedText = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes an article file as UTF-8 and rejects what cannot be cited: empty files, binary files and text in another
 * encoding (a Latin-1 "ä" would otherwise reach reporters as "�"). The reason names the line to look at.
 */
export function decodeArticleText(bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  // UTF-16 text (as some Windows editors save it) is full of NUL bytes; saying so is more useful than "binary".
  if (hasUtf16Bom(bytes) || (nul !== -1 && looksLikeUtf16WithoutBom(bytes))) {
    return { ok: false, reason: 'UTF-16 text; save the file as UTF-8' };
  }
  if (nul !== -1) return { ok: false, reason: `binary file (NUL byte at line ${lineOfByte(bytes, nul)})` };
  const text = utf8.decode(bytes);
  if (text.trim() === '') return { ok: false, reason: 'empty file' };
  const replacement = text.indexOf('\uFFFD');
  // A replacement character can be written on purpose; only a failing strict decode proves the bytes are not UTF-8.
  if (replacement !== -1 && !decodesStrictly(bytes)) {
    return { ok: false, reason: `not valid UTF-8 (line ${lineOfIndex(text, replacement)}); save the file as UTF-8` };
  }
  return { ok: true, text };
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

const UTF16_SAMPLE_BYTES = 4096;

/**
 * Without a byte order mark, UTF-16 text in a Latin script still shows itself: nearly every character has a zero
 * high byte, so NULs stand at every other position (odd ones little-endian, even ones big-endian) and hardly ever at
 * the other. Binary files have NULs too, but not in that rhythm.
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  const [high, low] = oddNuls >= evenNuls ? [oddNuls, evenNuls] : [evenNuls, oddNuls];
  return pairs > 0 && high >= pairs * 0.7 && low <= pairs * 0.05;
}

function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a character offset. */
export function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
