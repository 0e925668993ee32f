import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake.token-value-for-tests';

describe('createLogger', () => {
  it('blanks tokens and env objects logged by path', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info({ token: TOKEN, env: { DISCORD_TOKEN: TOKEN }, interaction: { token: TOKEN } }, 'careless');
    expect(out.text()).toContain('careless');
    expect(out.text()).not.toContain(TOKEN);
  });

  it('scrubs a known secret even from free-text messages', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream, secrets: [TOKEN] });
    logger.error({ err: new Error(`login failed with ${TOKEN}`) }, `request to /gateway with ${TOKEN}`);
    expect(out.text()).toContain('login failed');
    expect(out.text()).not.toContain(TOKEN);
  });

  it('writes one JSON object per line with the fields given', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info({ interactionId: '123', command: 'figure', latencyMs: 12, outcome: 'answered' }, 'interaction');
    const line = JSON.parse(out.text().trim()) as Record<string, unknown>;
    expect(line).toMatchObject({ interactionId: '123', command: 'figure', latencyMs: 12, outcome: 'answered' });
  });
});
