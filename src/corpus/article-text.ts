import type { Paragraph } from './article';

/**
 * An article's paragraphs and sentences, kept for as long as the corpus is in service: the text as UTF-8 bytes,
 * and where each paragraph and sentence lies in them. At archive size this is most of the corpus's memory, and
 * JS strings are a poor store for it: V8 keeps a paragraph with a single „ or “ at two bytes a character (a third
 * of this corpus's paragraphs), and each sentence kept as a slice of its paragraph is an object of its own. The
 * bytes and the offsets are one buffer, which also lets a build worker hand an article over without copying.
 * Text is decoded only when shown.
 */
export interface ArticleText {
  /**
   * Offsets, in one array: [paragraphs, sentences, then per paragraph its first sentence (paragraphs + 1 entries,
   * the last being `sentences`), per paragraph its heading flag, per sentence its [start, end) in `bytes`, per
   * paragraph its [start, end) in `bytes`].
   */
  readonly layout: Uint16Array | Uint32Array;
  /** Every paragraph's text in UTF-8, in order. */
  readonly bytes: Uint8Array;
}

const HEADER = 2;
// ignoreBOM keeps a leading U+FEFF in what is decoded: a sentence comes back exactly as it was packed.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** Packs paragraphs whose sentences are verbatim substrings of their text, in order (see Paragraph). */
export function packArticleText(paragraphs: readonly Paragraph[]): ArticleText {
  const sentenceCount = paragraphs.reduce((n, p) => n + p.sentences.length, 0);
  const layoutLength = HEADER + (paragraphs.length + 1) + paragraphs.length + 2 * sentenceCount + 2 * paragraphs.length;
  const encoded = paragraphs.map((p) => encoder.encode(p.text));
  const byteLength = encoded.reduce((n, b) => n + b.length, 0);
  // Offsets take two bytes each while they can (nearly every article is under 64 KB): half the layout's memory.
  const Layout = Math.max(byteLength, sentenceCount, paragraphs.length) <= 0xffff ? Uint16Array : Uint32Array;
  // One buffer per article, offsets first, where their views need them aligned.
  const layoutBytes = layoutLength * Layout.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(layoutBytes + byteLength);
  const layout = new Layout(buffer, 0, layoutLength);
  const bytes = new Uint8Array(buffer, layoutBytes, byteLength);

  layout[0] = paragraphs.length;
  layout[1] = sentenceCount;
  const firstSentenceAt = HEADER;
  const headingAt = firstSentenceAt + paragraphs.length + 1;
  const sentenceAt = headingAt + paragraphs.length;
  const paragraphAt = sentenceAt + 2 * sentenceCount;
  let sentence = 0;
  let byteStart = 0;
  paragraphs.forEach((paragraph, p) => {
    bytes.set(encoded[p]!, byteStart);
    layout[firstSentenceAt + p] = sentence;
    layout[headingAt + p] = paragraph.heading ? 1 : 0;
    layout[paragraphAt + 2 * p] = byteStart;
    layout[paragraphAt + 2 * p + 1] = byteStart + encoded[p]!.length;
    // Character offsets become byte offsets by counting forward from the previous sentence's end.
    let cursor = 0;
    let cursorByte = byteStart;
    for (const text of paragraph.sentences) {
      const start = paragraph.text.indexOf(text, cursor);
      if (start < 0) throw new Error(`sentence is not part of paragraph ${paragraph.number}`);
      const startByte = cursorByte + utf8Length(paragraph.text, cursor, start);
      cursor = start + text.length;
      cursorByte = startByte + utf8Length(paragraph.text, start, cursor);
      layout[sentenceAt + 2 * sentence] = startByte;
      layout[sentenceAt + 2 * sentence + 1] = cursorByte;
      sentence++;
    }
    byteStart += encoded[p]!.length;
  });
  layout[firstSentenceAt + paragraphs.length] = sentence;
  return { layout, bytes };
}

/** The one buffer behind an ArticleText, for postMessage's transfer list (both views go with it). */
export function articleTextBuffer(text: ArticleText): ArrayBuffer {
  return text.layout.buffer as ArrayBuffer;
}

/**
 * The bytes of an ArticleText (offsets, then text), for writing it to a file; `wide` says the offsets take four
 * bytes each. articleTextFromImage reads it back.
 */
export function articleTextImage(text: ArticleText): { wide: boolean; image: Uint8Array } {
  const { layout, bytes } = text;
  return {
    wide: layout instanceof Uint32Array,
    image: new Uint8Array(layout.buffer, layout.byteOffset, layout.byteLength + bytes.byteLength),
  };
}

/**
 * An ArticleText from its image, in a buffer of its own (the image is copied): an article kept in service must
 * not hold the file it was read from. Throws on an image whose offsets do not fit it.
 */
export function articleTextFromImage(wide: boolean, image: Uint8Array): ArticleText {
  const buffer = image.slice().buffer;
  const Layout = wide ? Uint32Array : Uint16Array;
  const header = new Layout(buffer, 0, HEADER);
  const paragraphs = header[0]!;
  const sentences = header[1]!;
  const layoutLength = HEADER + (paragraphs + 1) + paragraphs + 2 * sentences + 2 * paragraphs;
  const layoutBytes = layoutLength * Layout.BYTES_PER_ELEMENT;
  if (layoutBytes > buffer.byteLength) throw new Error('article text image shorter than its offsets');
  return { layout: new Layout(buffer, 0, layoutLength), bytes: new Uint8Array(buffer, layoutBytes) };
}

export function paragraphCount(text: ArticleText): number {
  return text.layout[0]!;
}

/** Sentences of the paragraph at `position` (0-based); 0 if there is no such paragraph. */
export function sentenceCount(text: ArticleText, position: number): number {
  if (!hasParagraph(text, position)) return 0;
  return text.layout[HEADER + position + 1]! - text.layout[HEADER + position]!;
}

export function isHeading(text: ArticleText, position: number): boolean {
  return hasParagraph(text, position) && text.layout[headingAt(text) + position] === 1;
}

/** The paragraph at `position` (0-based), verbatim; null if there is none. */
export function paragraphText(text: ArticleText, position: number): string | null {
  if (!hasParagraph(text, position)) return null;
  const at = headingAt(text) + paragraphCount(text) + 2 * text.layout[1]! + 2 * position;
  return decode(text, text.layout[at]!, text.layout[at + 1]!);
}

/** Sentence `sentence` (0-based) of the paragraph at `position` (0-based), verbatim; null if there is none. */
export function sentenceText(text: ArticleText, position: number, sentence: number): string | null {
  if (!Number.isInteger(sentence) || sentence < 0 || sentence >= sentenceCount(text, position)) return null;
  const at = headingAt(text) + paragraphCount(text) + 2 * (text.layout[HEADER + position]! + sentence);
  return decode(text, text.layout[at]!, text.layout[at + 1]!);
}

/** Every sentence of the paragraph at `position`, verbatim, in order. */
export function sentencesOf(text: ArticleText, position: number): string[] {
  const sentences: string[] = [];
  for (let s = 0; s < sentenceCount(text, position); s++) sentences.push(sentenceText(text, position, s)!);
  return sentences;
}

function hasParagraph(text: ArticleText, position: number): boolean {
  return Number.isInteger(position) && position >= 0 && position < paragraphCount(text);
}

function headingAt(text: ArticleText): number {
  return HEADER + paragraphCount(text) + 1;
}

function decode(text: ArticleText, start: number, end: number): string {
  return decoder.decode(text.bytes.subarray(start, end));
}

/** Bytes UTF-8 needs for text[from, to): lone surrogates, as TextEncoder writes them, take three. */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The paragraphs back as the loader made them: for tools and tests that read a whole stored article. */
export function unpackParagraphs(text: ArticleText): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let position = 0; position < paragraphCount(text); position++) {
    paragraphs.push({
      number: position + 1,
      text: paragraphText(text, position)!,
      sentences: sentencesOf(text, position),
      heading: isHeading(text, position),
    });
  }
  return paragraphs;
}
