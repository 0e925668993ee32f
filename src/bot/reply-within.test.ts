import { afterEach, describe, expect, it, vi } from 'vitest';
import { replyWithin, type ReplyPlan, type Repliable } from './reply-within';

/** Records the calls a discord.js interaction would turn into REST requests. */
function recorder(createdTimestamp = Date.now()): Repliable & { calls: string[]; sent: Array<Record<string, any>> } {
  const calls: string[] = [];
  const sent: Array<Record<string, any>> = [];
  const call = (name: string) => async (options?: Record<string, any>) => {
    calls.push(name);
    if (options) sent.push(options);
  };
  return {
    createdTimestamp,
    calls,
    sent,
    reply: call('reply'),
    deferReply: call('deferReply'),
    editReply: call('editReply'),
    deleteReply: call('deleteReply'),
    followUp: call('followUp'),
  };
}

const publicPlan: ReplyPlan = { visibility: 'public', embeds: [{ title: 'Figures for troops' }], components: [] };
const errorPlan: ReplyPlan = { visibility: 'ephemeral', content: 'No source named BBC' };

afterEach(() => {
  vi.useRealTimers();
});

describe('replyWithin', () => {
  it('replies directly when the answer is quick', async () => {
    const i = recorder();
    await replyWithin(i, () => publicPlan);
    expect(i.calls).toEqual(['reply']);
    expect(i.sent[0]?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('defers once the work runs past the threshold, then edits the reply', async () => {
    vi.useFakeTimers();
    const i = recorder();
    const slow = new Promise<ReplyPlan>((resolve) => setTimeout(() => resolve(publicPlan), 5000));
    const done = replyWithin(i, () => slow, { deferAfterMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(i.calls).toEqual(['deferReply']);
    await vi.advanceTimersByTimeAsync(3000);
    await done;
    expect(i.calls).toEqual(['deferReply', 'editReply']);
  });

  it('defers at once when the interaction already waited too long in the queue', async () => {
    const i = recorder(Date.now() - 2500);
    await replyWithin(i, () => publicPlan, { deferAfterMs: 2000 });
    expect(i.calls).toEqual(['deferReply', 'editReply']);
  });

  it('keeps an error private after a defer: the public placeholder is removed, the error is ephemeral', async () => {
    const i = recorder(Date.now() - 5000);
    await replyWithin(i, () => errorPlan, { deferAfterMs: 2000 });
    expect(i.calls).toEqual(['deferReply', 'deleteReply', 'followUp']);
    expect(i.sent.at(-1)?.flags).toBe(64);
  });
});
