import type { Unit } from './units';

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
  /** What the figure is an amount of, in its unit (see units.ts): a count of things, a percentage, euros … */
  unit: Unit;
  /**
   * The noun the figure is an amount of when the counted word is only its unit: "Wachstum" in "ein Wachstum von 1,5
   * Prozent", "Inflationsrate" in "die Inflationsrate lag bei 1,1 Prozent". Null when none stands in the clause.
   */
  measure: string | null;
  /** Source id (lexicon or discovered, see Attribution.source) the figure's own sentence credits, when one. */
  source: string | null;
  /** The words that name the source, verbatim, when there is one. */
  sourceMention?: string;
  /**
   * The figure adds to an earlier total rather than stating one ("weitere 3.000 Soldaten", "eine weitere
   * Verstärkung um 3.000 Soldaten"), so a spread of estimates should leave it out. Absent means false.
   */
  increment?: boolean;
}

/**
 * How a sentence credits its source: quoted (a verb of saying), origin (laut, zufolge, a verb of reporting),
 * credited (an agency credit line), continued (reported speech carrying on the sentence before).
 */
export type AttributionKind = 'quoted' | 'origin' | 'credited' | 'continued';

/** A sentence in which a source is quoted, named as the origin of information, or credited. */
export interface Attribution extends SentenceRef {
  /** A lexicon source id, or `~…` for a source discovered in the text (see discoveredId). */
  source: string;
  /** The source's name: the lexicon's, or the name as the article gives it in full ("Wolfgang Katzian"). */
  name: string;
  /** The words in the sentence the credit was read from, verbatim. */
  mention: string;
  kind: AttributionKind;
  /** Whom the source told it ("APA", "der Nachrichtenagentur AFP"): a channel, not the source. */
  via?: string;
  /** Role and party as the article gives them ("GPA-djp-Chef, SPÖ"). */
  about?: string;
  /** Read as a person rather than a body. */
  person?: boolean;
}
