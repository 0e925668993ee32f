import { foldText } from '../text/fold';

// Keys are folded (see foldText), so "fünf", "fuenf" and "funf" all read as 5.
const UNITS: Record<string, number> = {
  ein: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const BELOW_TWENTY: Record<string, number> = {
  eins: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  funf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
  elf: 11,
  zwolf: 12,
  dreizehn: 13,
  vierzehn: 14,
  funfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
};
const TENS: Record<string, number> = {
  zwanzig: 20,
  dreissig: 30,
  vierzig: 40,
  funfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
// Halves are only ever written as words ("anderthalb Millionen", "zweieinhalb Jahre").
const HALVES: Record<string, number> = { anderthalb: 1.5, eineinhalb: 1.5, zweieinhalb: 2.5, dreieinhalb: 3.5 };

/** Cheap gate, tried on the word as written, so ordinary words are never folded or parsed. */
const NUMBER_WORD_START =
  /^(?:ein|zwei|drei|vier|f[üu]e?n|sech|sieb|acht|neun|zehn|elf|zw[öo]e?l|zwanzig|hundert|tausend|anderthalb)/i;

function below100(s: string): number | null {
  if (s in BELOW_TWENTY) return BELOW_TWENTY[s] ?? null;
  if (s in TENS) return TENS[s] ?? null;
  const und = s.indexOf('und');
  if (und <= 0) return null;
  const unit = UNITS[s.slice(0, und)];
  const tens = TENS[s.slice(und + 3)];
  return unit !== undefined && tens !== undefined ? unit + tens : null;
}

function below1000(s: string): number | null {
  const at = s.indexOf('hundert');
  if (at < 0) return below100(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'hundert'.length);
  const hundreds = head === '' ? 1 : UNITS[head];
  const rest = tail === '' ? 0 : below100(tail);
  return hundreds === undefined || rest === null ? null : hundreds * 100 + rest;
}

/**
 * Reads one German number word, compounds included: "zwölf" → 12, "einundzwanzig" → 21, "dreitausend" → 3000,
 * "zweihunderttausend" → 200000. Returns null for anything else, including plurals like "Tausende", which are
 * vague quantities rather than numbers (see readGermanNumbers).
 */
export function parseNumberWord(word: string): number | null {
  if (!NUMBER_WORD_START.test(word)) return null;
  const s = foldText(word);
  if (s in HALVES) return HALVES[s] ?? null;
  const at = s.indexOf('tausend');
  if (at < 0) return below1000(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'tausend'.length);
  const thousands = head === '' || head === 'ein' ? 1 : below1000(head);
  const rest = tail === '' ? 0 : below1000(tail);
  return thousands === null || rest === null ? null : thousands * 1000 + rest;
}
