import { describe, expect, it } from 'vitest';
import { parseEnv } from '../config/env';
import { fetchOptionsFromEnv } from './ingest-from-env';

describe('fetchOptionsFromEnv', () => {
  it('refuses internal addresses unless INGEST_ALLOW_PRIVATE is set to true', () => {
    const allows = (settings: Record<string, string>) => fetchOptionsFromEnv(parseEnv(settings)).allowAddress?.('127.0.0.1');
    expect(allows({})).toBe(false);
    expect(allows({ INGEST_ALLOW_PRIVATE: 'false' })).toBe(false);
    expect(allows({ INGEST_ALLOW_PRIVATE: 'true' })).toBe(true);
    expect(() => parseEnv({ INGEST_ALLOW_PRIVATE: 'maybe' })).toThrow('INGEST_ALLOW_PRIVATE: must be true or false');
  });
});
