import { describe, expect, it } from 'vitest';
import { linksInMessage } from './links-in-message';

describe('linksInMessage', () => {
  it('finds each link once, in text, in <…> and in embeds, without the sentence punctuation around it', () => {
    const content =
      'Lest mal https://www.example.de/artikel-1.html, und (siehe <https://www.example.de/a?b=1>). Auch https://de.wikipedia.org/wiki/Hafen_(Begriffsklärung)!';
    expect(
      linksInMessage(content, ['https://www.example.de/artikel-1.html', null, 'https://agentur.example/meldung']),
    ).toEqual([
      'https://www.example.de/artikel-1.html',
      'https://www.example.de/a?b=1',
      'https://de.wikipedia.org/wiki/Hafen_(Begriffsklärung)',
      'https://agentur.example/meldung',
    ]);
  });

  it('takes at most five links, and none from a message without any', () => {
    const many = Array.from({ length: 8 }, (_, i) => `https://news.example/${i}`).join(' ');
    expect(linksInMessage(many)).toHaveLength(5);
    expect(linksInMessage('Kein Link hier, nur ftp://server/datei')).toEqual([]);
  });
});
