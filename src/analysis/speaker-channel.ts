import { PREPOSITIONS } from './attribution-cues';
import { citedAfter, CLAUSE_BREAK, inQuote, type Reading } from './sentence-reading';
import { phraseText, type SpeakerPhrase } from './speaker-phrase';

/** Whom a speaker told it: a channel, kept beside the credit and never taken for the speaker. */

const CHANNEL_NOUN =
  /(?:agentur|zeitung|blatt|sender|magazin|radio|fernsehen|portal|tv|rundfunk|journal|medien)(?:s|es|n|en)?$/;

/**
 * Whom a speaker told it to: "sagte Katzian der APA", "sagte sie der Nachrichtenagentur AFP", "im Interview mit
 * der BBC", "gegenüber dem ORF", "im ORF-Interview".
 */
export function channelAfter(r: Reading, k: number, subject: SpeakerPhrase): string | null {
  const reader = r.reader;
  // After the verb ("sagte Katzian der APA"), or between the subject and a verb at the clause's end ("hat in einem
  // Interview mit KBS bestätigt").
  const from = subject.first > k ? subject.last + 1 : Math.min(k, subject.last) + 1;
  const to = Math.max(k, subject.last) + 8;
  for (let i = from; i < reader.words.count && i < to; i++) {
    if (i === k) continue;
    if (i > from && CLAUSE_BREAK.test(reader.gapBefore(i))) break;
    if (inQuote(r, i)) break;
    const key = reader.key(i);
    if (key === 'gegenuber' || ((key === 'interview' || key === 'gesprach') && reader.key(i + 1) === 'mit')) {
      const cited = citedAfter(r, key === 'gegenuber' ? i + 1 : i + 2).phrase;
      if (cited) return phraseText(reader, cited).text;
    }
    if (/.-interview$/.test(key) && (reader.key(i - 1) === 'im' || reader.key(i - 1) === 'einem')) {
      return reader.surface(i).replace(/-Interview$/i, '');
    }
    // "sagte Katzian der APA", "sagte Knoll zur APA", "sagte eine Sprecherin zum STANDARD".
    const toward = key === 'zur' || key === 'zum';
    if (
      (toward || ((key === 'der' || key === 'dem') && !PREPOSITIONS.has(reader.key(i - 1)))) &&
      i !== subject.first - 1
    ) {
      let head = i + 1;
      while (reader.adjective(head)) head += 1;
      const headKey = reader.key(head);
      const quotedTitle = /[„“"»]\s*$/.test(reader.gapBefore(head));
      if (
        CHANNEL_NOUN.test(headKey) ||
        quotedTitle ||
        (/^[\p{Lu}]{2,}/u.test(reader.surface(head)) && !reader.institutionNoun(head))
      ) {
        const phrase = reader.phraseAt(head);
        const last = phrase ? phrase.last : head;
        return phraseText(reader, { first: i + 1, last }).text.replace(/[„“"»«]/g, '');
      }
    }
  }
  return null;
}
