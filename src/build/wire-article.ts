import type { Article, Paragraph } from '../corpus/article';

/**
 * An article as it crosses from a build worker to the main thread. Sentences are slices of their paragraph, which
 * V8 stores as a reference into the paragraph's text; structured cloning would copy each into a string of its own
 * and double the corpus's text in memory. So only their offsets travel, and the main thread slices them again.
 */
export interface WireParagraph {
  number: number;
  text: string;
  heading: boolean;
  /** [start, end) of each sentence in `text`, flattened. */
  sentenceRanges: number[];
}

export type WireArticle = Omit<Article, 'paragraphs'> & { paragraphs: WireParagraph[] };

export function toWire(article: Article): WireArticle {
  return { ...article, paragraphs: article.paragraphs.map(toWireParagraph) };
}

export function fromWire(wire: WireArticle): Article {
  return { ...wire, paragraphs: wire.paragraphs.map(fromWireParagraph) };
}

function toWireParagraph(paragraph: Paragraph): WireParagraph {
  const sentenceRanges: number[] = [];
  let cursor = 0;
  for (const sentence of paragraph.sentences) {
    // Sentences are verbatim substrings of the paragraph, in order (see Paragraph).
    const start = paragraph.text.indexOf(sentence, cursor);
    if (start < 0) throw new Error(`sentence is not part of paragraph ${paragraph.number}`);
    cursor = start + sentence.length;
    sentenceRanges.push(start, cursor);
  }
  return { number: paragraph.number, text: paragraph.text, heading: paragraph.heading, sentenceRanges };
}

function fromWireParagraph(wire: WireParagraph): Paragraph {
  const sentences: string[] = new Array<string>(wire.sentenceRanges.length / 2);
  for (let i = 0; i < sentences.length; i++) {
    sentences[i] = wire.text.slice(wire.sentenceRanges[2 * i], wire.sentenceRanges[2 * i + 1]);
  }
  return { number: wire.number, text: wire.text, sentences, heading: wire.heading };
}
