import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from './looks-like-feed';

describe('looksLikeFeed', () => {
  it('knows a feed by its media type, or by its body when the server sends a generic or wrong type', () => {
    expect(looksLikeFeed('application/rss+xml; charset=utf-8', '')).toBe(true);
    expect(
      looksLikeFeed('text/html', '<?xml version="1.0"?>\n<!-- generated -->\n<rss version="2.0"><channel/></rss>'),
    ).toBe(true);
    expect(
      looksLikeFeed(
        'application/xml',
        '<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
      ),
    ).toBe(true);
    expect(looksLikeFeed('application/json', '{"version": "https://jsonfeed.org/version/1.1", "items": []}')).toBe(
      true,
    );
  });

  it('takes a news page, or JSON that is not a feed, for what it is', () => {
    expect(looksLikeFeed('text/html', readFileSync('tests/fixtures/pages/hafenstreik.html', 'utf8'))).toBe(false);
    expect(looksLikeFeed('application/json', '{"version": 2, "items": []}')).toBe(false);
  });
});
