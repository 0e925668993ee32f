import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/catalog';
import { answerPlan } from './answer-plan';

describe('answerPlan for an engine that gave no answer', () => {
  it('tells a failure from bad input by its kind, whatever its words say', () => {
    const words = 'Factdesk could not answer that just now (internal error). Please try again.';
    expect(answerPlan({ ok: false, kind: 'internal', error: words }).result).toBe('engine-error');
    expect(answerPlan({ ok: false, kind: 'bad-input', error: words }).result).toBe('user-error');
    // An internal failure's details stay in the log: the reader gets the catalog's notice in their language.
    expect(answerPlan({ ok: false, kind: 'internal', error: 'Anything else' }, 0, 'de').plan).toEqual({
      visibility: 'ephemeral',
      content: messages('de').notices.engineFailure,
    });
    expect(answerPlan({ ok: false, kind: 'bad-input', error: 'Zu lang.' }, 0, 'de').plan).toEqual({
      visibility: 'ephemeral',
      content: 'Zu lang.',
    });
  });
});
