import { describe, expect, it } from 'vitest';
import type { Paragraph } from './article';
import {
  articleTextBuffer,
  isHeading,
  packArticleText,
  paragraphCount,
  paragraphText,
  sentenceCount,
  sentencesOf,
  sentenceText,
  unpackParagraphs,
} from './article-text';

function paragraph(number: number, text: string, sentences: string[], heading = false): Paragraph {
  return { number, text, sentences, heading };
}

const paragraphs: Paragraph[] = [
  paragraph(1, 'Kämpfe in Kursk', ['Kämpfe in Kursk'], true),
  paragraph(2, '„Rund 11.000 Soldaten“, sagte er. Über 3.000 fielen… Das Ministerium 🇰🇷 schwieg.', [
    '„Rund 11.000 Soldaten“, sagte er.',
    'Über 3.000 fielen…',
    'Das Ministerium 🇰🇷 schwieg.',
  ]),
  paragraph(3, 'Ohne Satzende', []),
  paragraph(4, 'Straße – Maß.', ['Straße – Maß.']),
];

describe('packArticleText', () => {
  const text = packArticleText(paragraphs);

  it('gives back every paragraph and sentence verbatim, umlauts, „quotes“ and emoji included', () => {
    expect(paragraphCount(text)).toBe(4);
    paragraphs.forEach((p, position) => {
      expect(paragraphText(text, position)).toBe(p.text);
      expect(sentenceCount(text, position)).toBe(p.sentences.length);
      expect(sentencesOf(text, position)).toEqual(p.sentences);
      expect(isHeading(text, position)).toBe(p.heading);
    });
    expect(sentenceText(text, 1, 2)).toBe('Das Ministerium 🇰🇷 schwieg.');
  });

  it('unpacks to the very paragraphs it was packed from', () => {
    expect(unpackParagraphs(text)).toEqual(paragraphs);
  });

  it('answers null for a paragraph or sentence that does not exist, never a neighbour', () => {
    expect(paragraphText(text, 4)).toBeNull();
    expect(paragraphText(text, -1)).toBeNull();
    expect(sentenceText(text, 1, 3)).toBeNull();
    expect(sentenceText(text, 2, 0)).toBeNull();
    expect(sentenceText(text, 0, 0.5)).toBeNull();
    expect(sentenceCount(text, 9)).toBe(0);
    expect(isHeading(text, 9)).toBe(false);
  });

  it('reads the same after its buffer was handed to another thread', () => {
    const sent = packArticleText(paragraphs);
    const received = structuredClone(sent, { transfer: [articleTextBuffer(sent)] });
    expect(sent.bytes.byteLength).toBe(0);
    expect(unpackParagraphs(received)).toEqual(paragraphs);
  });

  it('holds an article of more than 64 KB, where offsets no longer fit two bytes', () => {
    const sentence = `${'Über 11.000 Soldaten kämpfen. '.repeat(3000)}Ende.`;
    const long = [paragraph(1, 'Titelzeile', ['Titelzeile'], true), paragraph(2, sentence, [sentence])];
    const packed = packArticleText(long);
    expect(packed.bytes.byteLength).toBeGreaterThan(0xffff);
    expect(unpackParagraphs(packed)).toEqual(long);
  });

  it('keeps a zero-width no-break space at the start of a sentence, as written', () => {
    const text = 'Eins. \ufeffZwei.';
    const packed = packArticleText([paragraph(1, text, ['Eins.', '\ufeffZwei.'])]);
    expect(sentenceText(packed, 0, 1)).toBe('\ufeffZwei.');
    expect(paragraphText(packed, 0)).toBe(text);
  });

  it('holds more paragraphs than fit two-byte offsets, most of them without sentences', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => paragraph(i + 1, '', []));
    many.push(paragraph(70_001, 'Schluss.', ['Schluss.']));
    const packed = packArticleText(many);
    expect(paragraphCount(packed)).toBe(70_001);
    expect(sentenceText(packed, 70_000, 0)).toBe('Schluss.');
  });

  it('holds an article without paragraphs', () => {
    const empty = packArticleText([]);
    expect(paragraphCount(empty)).toBe(0);
    expect(paragraphText(empty, 0)).toBeNull();
  });

  it('refuses sentences that are not part of their paragraph, rather than storing made-up text', () => {
    expect(() => packArticleText([paragraph(1, 'Eins. Zwei.', ['Drei.'])])).toThrow(/not part of paragraph 1/);
  });
});
