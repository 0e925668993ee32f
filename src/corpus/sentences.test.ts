import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each<[string, string, string[]]>([
    ['plain sentences', 'Das ist eins. Das ist zwei.', ['Das ist eins.', 'Das ist zwei.']],
    ['question and exclamation', 'Wer kommt? Niemand! Gut so.', ['Wer kommt?', 'Niemand!', 'Gut so.']],
    [
      'a day number before a month',
      'Am 5. November kam es zu Gefechten. Kiew bestätigte das.',
      ['Am 5. November kam es zu Gefechten.', 'Kiew bestätigte das.'],
    ],
    [
      'a bracketed date',
      'Er sagte an diesem Dienstag (5. November) in einem Interview etwas. Dann ging er.',
      ['Er sagte an diesem Dienstag (5. November) in einem Interview etwas.', 'Dann ging er.'],
    ],
    ['28. April', 'Seit dem 28. April gilt das. Nun nicht mehr.', ['Seit dem 28. April gilt das.', 'Nun nicht mehr.']],
    [
      'ordinals',
      'Das ist der 2. Weltkrieg und zum 1. Mal so. Ja.',
      ['Das ist der 2. Weltkrieg und zum 1. Mal so.', 'Ja.'],
    ],
    [
      'a small number ending a sentence before a typical opener',
      'Die Zahl stieg auf 12. Die Regierung schwieg.',
      ['Die Zahl stieg auf 12.', 'Die Regierung schwieg.'],
    ],
    [
      'thousands separators and a year at the end',
      'Es waren rund 11.000 Soldaten im Jahr 2024. Weitere 3.000 folgten.',
      ['Es waren rund 11.000 Soldaten im Jahr 2024.', 'Weitere 3.000 folgten.'],
    ],
    [
      'spaced abbreviations',
      'Waffen, z. B. Raketen, u. a. aus Nordkorea. Dazu kam mehr.',
      ['Waffen, z. B. Raketen, u. a. aus Nordkorea.', 'Dazu kam mehr.'],
    ],
    ['unspaced abbreviation', 'Waffen, z.B. Raketen. Mehr nicht.', ['Waffen, z.B. Raketen.', 'Mehr nicht.']],
    [
      'bzw., ca., Nr.',
      'Es sind ca. 500 bzw. 600 Mann der Einheit Nr. 5 gewesen. Das reicht.',
      ['Es sind ca. 500 bzw. 600 Mann der Einheit Nr. 5 gewesen.', 'Das reicht.'],
    ],
    [
      'titles',
      'Laut Dr. Kim und Prof. Lee ist es so. In St. Petersburg auch.',
      ['Laut Dr. Kim und Prof. Lee ist es so.', 'In St. Petersburg auch.'],
    ],
    [
      'Mio. and Mrd. before a capitalised currency',
      'Es kostet 2 Mio. Euro und 3 Mrd. Dollar. Viel Geld.',
      ['Es kostet 2 Mio. Euro und 3 Mrd. Dollar.', 'Viel Geld.'],
    ],
    [
      'v. Chr. inside and at the end of a sentence',
      'Rom wurde 753 v. Chr. gegründet. Das war 753 v. Chr. Die Stadt wuchs.',
      ['Rom wurde 753 v. Chr. gegründet.', 'Das war 753 v. Chr.', 'Die Stadt wuchs.'],
    ],
    [
      'a month abbreviation, and a first name that looks like one',
      'Am 5. Jan. 2024 kam er. Das sagte Jan. Dann ging er.',
      ['Am 5. Jan. 2024 kam er.', 'Das sagte Jan.', 'Dann ging er.'],
    ],
    [
      'Nr. before a number that ends the sentence',
      'Er ist die Nr. 1. Das ist klar.',
      ['Er ist die Nr. 1.', 'Das ist klar.'],
    ],
    [
      'acronyms and web addresses end sentences',
      'Er lebt in den USA. Mehr steht auf bild.de. Die Seite ist neu.',
      ['Er lebt in den USA.', 'Mehr steht auf bild.de.', 'Die Seite ist neu.'],
    ],
    [
      'a full numeric date at the end of a sentence',
      'Das geschah am 5.11.2024. Danach kam nichts.',
      ['Das geschah am 5.11.2024.', 'Danach kam nichts.'],
    ],
    [
      'initials',
      'US-Außenminister Antony J. Blinken sprach. John F. Kennedy nicht.',
      ['US-Außenminister Antony J. Blinken sprach.', 'John F. Kennedy nicht.'],
    ],
    [
      'an ellipsis ending a sentence, and one marking left-out words',
      'Er zögerte… Dann sprach er. Sie sagte, es sei […] vorbei. Ende.',
      ['Er zögerte…', 'Dann sprach er.', 'Sie sagte, es sei […] vorbei.', 'Ende.'],
    ],
    [
      'a German quote continuing after the closing mark',
      '„Die koreanischen Freunde handelten aus Solidarität heraus“, erklärte Putin in Moskau. Russland werde gedenken.',
      [
        '„Die koreanischen Freunde handelten aus Solidarität heraus“, erklärte Putin in Moskau.',
        'Russland werde gedenken.',
      ],
    ],
    [
      'a quote followed by its speaker without a comma',
      '„Wir kommen wieder“ schrieb Kim. Dann nichts mehr.',
      ['„Wir kommen wieder“ schrieb Kim.', 'Dann nichts mehr.'],
    ],
    [
      'a multi-sentence quote stays with its speaker',
      '„Wir sind besorgt. Das muss enden“, schrieb ein Sprecher. Ende.',
      ['„Wir sind besorgt. Das muss enden“, schrieb ein Sprecher.', 'Ende.'],
    ],
    [
      'straight quotes',
      'Er nannte das "grundlose Gerüchte". "Das stimmt nicht!", rief sie. Gut.',
      ['Er nannte das "grundlose Gerüchte".', '"Das stimmt nicht!", rief sie.', 'Gut.'],
    ],
    [
      'a quote that ends the sentence',
      'Sie sagte: „Wir kommen.“ Dann ging sie.',
      ['Sie sagte: „Wir kommen.“', 'Dann ging sie.'],
    ],
    [
      'a question inside a quote followed by the speaker',
      '„Kommt ihr?“, fragte er. Keiner kam.',
      ['„Kommt ihr?“, fragte er.', 'Keiner kam.'],
    ],
    [
      'a trailing agency credit stays with its sentence',
      'Das schrieb ein Sprecher. (AFP, dpa, Reuters)',
      ['Das schrieb ein Sprecher. (AFP, dpa, Reuters)'],
    ],
    [
      'an author credit mid-text stays with its sentence',
      'Sie haben studiert. (pm) Neue Meldung folgt.',
      ['Sie haben studiert. (pm)', 'Neue Meldung folgt.'],
    ],
    [
      'a bracketed sentence is a sentence of its own',
      'Er ging. (Das war gestern.) Dann kam sie.',
      ['Er ging.', '(Das war gestern.)', 'Dann kam sie.'],
    ],
    [
      'dates and times without spaces',
      'Am 28.04.2025 um 14.30 Uhr. Danach.',
      ['Am 28.04.2025 um 14.30 Uhr.', 'Danach.'],
    ],
    ['a lowercase continuation does not split', 'Das ist gut. und so weiter.', ['Das ist gut. und so weiter.']],
    [
      'a paragraph break always splits',
      'Eine Zeile ohne Punkt\n\nZweite Zeile',
      ['Eine Zeile ohne Punkt', 'Zweite Zeile'],
    ],
    [
      'no-break spaces count as spaces',
      'Er wurde zitiert.\u00a0Kim habe entschieden.',
      ['Er wurde zitiert.', 'Kim habe entschieden.'],
    ],
    [
      'an unmatched quote mark does not swallow the text',
      '„Ein Satz. Noch einer. Ende.',
      ['„Ein Satz.', 'Noch einer.', 'Ende.'],
    ],
    ['empty and blank input', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('returns verbatim slices of the input in order', () => {
    const text =
      'Kursk – Der Minister hat an diesem Dienstag (5. November) erstmals Gefechte bestätigt. „Wir erkennen Zusammenstöße. Wir analysieren“, erklärte Umerov. Rund 11.000 bis 12.000 Soldaten u. a. aus Nordkorea… (pm)';
    const sentences = splitSentences(text);
    let from = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + sentence.length;
    }
    expect(sentences.join(' ')).toBe(text);
  });

  // Speed is the benchmark's job (npm run bench); this pins only that a long text splits completely.
  it('splits a long text completely', () => {
    const text = 'Am 5. November kamen rund 11.000 Soldaten, z. B. aus Pjöngjang. „Es ist so“, sagte er. '.repeat(
      5_000,
    );
    expect(splitSentences(text)).toHaveLength(10_000);
  });
});
