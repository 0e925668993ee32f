import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon';
import { loadLexicon } from './load-lexicon';
import { phraseKey } from './match-key';
import { findSourceMentions } from './match-sources';
import type { Lexicon } from './schema';
import { topicsOfWord } from './topics-of-word';

let desk: CompiledLexicon;
beforeAll(async () => {
  const { lexicon } = await loadLexicon(join(import.meta.dirname, '../../data'));
  if (!lexicon) throw new Error('bundled lexicon does not load');
  desk = compileLexicon(lexicon);
});

const mentions = (text: string) => findSourceMentions(text, desk).map((m) => [m.sourceId, m.text]);

describe('findSourceMentions with the desk lexicon', () => {
  it.each([
    ['Laut Angaben des südkoreanischen Geheimdienstes', [['nis', 'südkoreanischen Geheimdienstes']]],
    ['der südkoreanische Geheimdienst geht davon aus', [['nis', 'südkoreanische Geheimdienst']]],
    ['Das südkoreanische Geheimdienstinstitut hat berichtet', [['nis', 'südkoreanische Geheimdienstinstitut']]],
    ['laut der südkoreanischen Militärführung', [['south-korean-military', 'südkoreanischen Militärführung']]],
    ['nach Angaben des südkoreanischen Generalstabs', [['south-korean-military', 'südkoreanischen Generalstabs']]],
    ['Das US-Außenministerium erklärte', [['us-state-department', 'US-Außenministerium']]],
    ['Putins Sprecher', [['putin', 'Putins']]],
    ['laut ukrainischer Militärblogger', [['ukrainian-military-bloggers', 'ukrainischer Militärblogger']]],
    [
      'SÜDKOREA und Pjoengjang',
      [
        ['south-korea', 'SÜDKOREA'],
        ['north-korea', 'Pjoengjang'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('takes the longest alias, so an agency is not read as its country', () => {
    expect(mentions('berichtet die südkoreanische Nachrichtenagentur Yonhap')).toEqual([
      ['yonhap', 'südkoreanische Nachrichtenagentur Yonhap'],
    ]);
    expect(mentions('Die Geheimdienste der USA, der Ukraine und Südkoreas gehen davon aus')).toEqual([
      ['joint-intelligence', 'Geheimdienste der USA, der Ukraine und Südkoreas'],
    ]);
  });

  it('reads touching names of one source as one mention', () => {
    expect(mentions('berichtete Nordkoreas staatliche Nachrichtenagentur KCNA.')).toEqual([
      ['kcna', 'Nordkoreas staatliche Nachrichtenagentur KCNA'],
    ]);
    expect(mentions('dass Kreml-Chef Putin')).toEqual([['putin', 'Kreml-Chef Putin']]);
  });

  it('keeps names apart across punctuation', () => {
    expect(mentions('AFP, AFP')).toEqual([
      ['afp', 'AFP'],
      ['afp', 'AFP'],
    ]);
  });
});

describe('compileLexicon lookups', () => {
  it('finds entries by id', () => {
    expect(desk.sourceById.get('kcna')?.name).toBe('KCNA');
    expect(desk.topicById.get('troops')?.label).toBe('Troops');
    expect(desk.sourceById.get('nope')).toBeUndefined();
  });

  it('resolves what a user types to a source or topic, in any case form', () => {
    expect(desk.sourceIdByPhrase.get(phraseKey('Gerasimov'))).toBe('gerasimov');
    expect(desk.sourceIdByPhrase.get(phraseKey('umjerow'))).toBe('umerov');
    expect(desk.sourceIdByPhrase.get(phraseKey('südkoreanischer Geheimdienst'))).toBe('nis');
    expect(desk.topicIdsByPhrase.get(phraseKey('Truppen'))).toEqual(['troops']);
    expect(desk.topicIdsByPhrase.get(phraseKey('losses'))).toEqual(['casualties']);
  });

  it('lets a desk edit take effect without code: a new alias is matched', () => {
    const lexicon: Lexicon = {
      sources: [
        {
          id: 'tass',
          name: 'TASS',
          kind: 'agency',
          aliases: ['russische Staatsagentur Tass'],
          generic: [],
          context: [],
        },
      ],
      topics: [{ id: 'troops', label: 'Troops', names: ['troops'], terms: ['soldat'] }],
      vocabulary: [],
    };
    const compiled = compileLexicon(lexicon);
    expect(findSourceMentions('meldete die russische Staatsagentur Tass', compiled).map((m) => m.text)).toEqual([
      'russische Staatsagentur Tass',
    ]);
  });
});

describe('topicsOfWord judges a compound by its head', () => {
  it.each([
    ['Soldaten', ['troops']],
    ['Nordkorea-Soldaten', ['troops']],
    ['Spezialeinheiten', ['troops']],
    ['Kontingenten', ['troops']],
    ['Verluste', ['casualties']],
    ['Todesopfer', ['casualties']],
    ['Raketengeschosse', ['ammunition']],
    ['Artilleriegranaten', ['ammunition']],
    ['Kurzstreckenraketen', ['missiles']],
    ['US-Dollar', ['pay']],
    ['Euro', ['pay']],
    ['Panzerhaubitzen', ['weapons']],
    ['Raketenwerfer', ['weapons']],
    ['Aufklärungssatelliten', ['satellites']],
    ['Kriegsgefangene', ['prisoners']],
    ['Quadratkilometern', ['area']],
    ['Truppenentsendung', []],
    ['Satellitenbilder', []],
    ['Menschen', []],
  ])('%s → %j', (word, topics) => {
    expect(topicsOfWord(word, desk)).toEqual(topics);
  });
});
