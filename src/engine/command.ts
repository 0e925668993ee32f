import { z } from 'zod';

/** Longest query text accepted; longer input is a user error, not something to search for. */
export const MAX_QUERY_LENGTH = 200;

const QueryText = z
  .string()
  .trim()
  .min(1, 'needs some text')
  .max(MAX_QUERY_LENGTH, `is too long (at most ${MAX_QUERY_LENGTH} characters)`);

/** A command as both shells hand it to the engine: the console parses it from a line, the bot from options. */
export const CommandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('figure'), query: QueryText }),
  z.object({ name: z.literal('source'), query: QueryText }),
  z.object({ name: z.literal('search'), query: QueryText }),
  z.object({ name: z.literal('article'), query: QueryText }),
]);
export type Command = z.infer<typeof CommandSchema>;

/** What autocomplete can be asked for. */
export type SuggestField = 'topic' | 'source' | 'article';
