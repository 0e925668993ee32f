import { expect } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/render/discord-limits';

/**
 * Asserts a message body the bot sent would be accepted by Discord: every length limit, and mentions that can
 * ping no one. Checked independently of the renderer's own arithmetic.
 */
export function expectAcceptedByDiscord(data: Record<string, any>): void {
  expect(data.allowed_mentions).toEqual(expect.objectContaining({ parse: [] }));
  expect(String(data.content ?? '').length).toBeLessThanOrEqual(L.content);
  const embeds: Array<Record<string, any>> = data.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
  let total = 0;
  for (const e of embeds) {
    expect(String(e.title ?? '').length).toBeLessThanOrEqual(L.embedTitle);
    expect(String(e.description ?? '').length).toBeLessThanOrEqual(L.embedDescription);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(L.embedFields);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(L.embedFieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
      total += f.name.length + f.value.length;
    }
    expect(String(e.footer?.text ?? '').length).toBeLessThanOrEqual(L.embedFooterText);
    total += String(e.title ?? '').length + String(e.description ?? '').length + String(e.footer?.text ?? '').length;
  }
  expect(total).toBeLessThanOrEqual(L.embedTotalPerMessage);
  for (const row of data.components ?? []) {
    for (const c of row.components ?? []) expect(String(c.custom_id ?? '').length).toBeLessThanOrEqual(L.customId);
  }
}
