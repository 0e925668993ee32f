import { describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env';
import { fetchOptionsFromEnv } from './ingest-from-env';

describe('fetchOptionsFromEnv', () => {
  it('refuses internal addresses unless INGEST_ALLOW_PRIVATE is set to true', () => {
    const allows = (settings: Record<string, string>) =>
      fetchOptionsFromEnv(parseEnv(settings)).allowAddress?.('127.0.0.1');
    expect(allows({})).toBe(false);
    expect(allows({ INGEST_ALLOW_PRIVATE: 'false' })).toBe(false);
    expect(allows({ INGEST_ALLOW_PRIVATE: 'true' })).toBe(true);
    expect(() => parseEnv({ INGEST_ALLOW_PRIVATE: 'maybe' })).toThrow('INGEST_ALLOW_PRIVATE: must be true or false');
  });

  it('reads FEED_URLS as a list of http(s) addresses and refuses anything else', () => {
    expect(parseEnv({ FEED_URLS: 'https://agentur.example/rss, https://zeitung.example/feed.json' }).FEED_URLS).toEqual(
      ['https://agentur.example/rss', 'https://zeitung.example/feed.json'],
    );
    expect(() => parseEnv({ FEED_URLS: 'https://agentur.example/rss,file:///etc/passwd' })).toThrow(
      'must be comma-separated http(s) feed addresses',
    );
    expect(() => parseEnv({ FEED_CRON: 'every hour' })).toThrow('FEED_CRON: is not a valid cron expression');
  });
});
