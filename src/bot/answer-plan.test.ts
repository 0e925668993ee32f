import { describe, expect, it } from 'vitest';
import { answerPlan } from './answer-plan';

describe('answerPlan for an engine that gave no answer', () => {
  it('tells a failure from bad input by its kind, whatever its words say', () => {
    const words = 'Factdesk could not answer that just now (internal error). Please try again.';
    expect(answerPlan({ ok: false, kind: 'internal', error: words }).result).toBe('engine-error');
    expect(answerPlan({ ok: false, kind: 'bad-input', error: words }).result).toBe('user-error');
    expect(answerPlan({ ok: false, kind: 'internal', error: 'Anything else' }).plan).toEqual({
      visibility: 'ephemeral',
      content: 'Anything else',
    });
  });
});
