/** Where a sentence stands: the citation coordinates every answer carries. */
export interface SentenceRef {
  articleId: string;
  /** 1-based paragraph number, as in `Paragraph.number`. */
  paragraph: number;
  /** 0-based index into `Paragraph.sentences`. */
  sentence: number;
}

/** A number as read from German text. */
export interface NumberReading {
  value: number;
  /** Upper bound when the text gives a range (`11.000 bis 12.000`). */
  upper?: number;
  /** The qualifier word(s) as written: `rund`, `etwa`, `über`, `mehr als`, `weitere`, `bis zu`, ... */
  qualifier?: string;
  /** The exact words the figure was read from, a verbatim substring of the sentence. */
  text: string;
  /** Character offset of `text` in the sentence. */
  start: number;
}

export interface Figure extends SentenceRef, NumberReading {
  /** The noun the number counts, as written (`Soldaten`, `Verluste`, `US-Dollar`), when one follows it. */
  counted: string | null;
  /** Topic ids (from the topics lexicon) this figure is about. */
  topics: string[];
  /** Source id (from the sources lexicon) the sentence or paragraph credits, when one is named. */
  source: string | null;
  /**
   * The figure adds to an earlier total rather than stating one ("weitere 3.000 Soldaten", "eine weitere
   * Verstärkung um 3.000 Soldaten"), so a spread of estimates should leave it out. Absent means false.
   */
  increment?: boolean;
}

export type AttributionKind = 'quoted' | 'origin' | 'credited';

/** A sentence in which a source is quoted, named as the origin of information, or credited. */
export interface Attribution extends SentenceRef {
  source: string;
  /** The words in the sentence that name the source, verbatim. */
  mention: string;
  kind: AttributionKind;
}
