import { z } from 'zod';
import { ANSWERED_NAMES, MAX_QUERY_LENGTH, type TextOption } from './command-table';

export { MAX_QUERY_LENGTH, type SuggestField } from './command-table';

/** The schema of one declared text option: trimmed, not empty, within the option's length. */
function textOptionSchema(option: Pick<TextOption, 'maxLength'>) {
  return z
    .string()
    .trim()
    .min(1, 'needs some text')
    .max(option.maxLength, `is too long (at most ${option.maxLength} characters)`);
}

/** Why an option's text was refused, from the schema's first issue: the shells word it in the asker's language. */
export function textProblem(error: z.ZodError): 'empty' | 'too-long' | 'invalid' {
  const code = error.issues[0]?.code;
  return code === 'too_small' ? 'empty' : code === 'too_big' ? 'too-long' : 'invalid';
}

/**
 * A command as both shells hand it to the engine: the console parses it from a line, the bot from options. `query`
 * is the value of the command's one text option (see the table in command-table.ts).
 */
export const CommandSchema = z.object({
  name: z.enum(ANSWERED_NAMES),
  query: textOptionSchema({ maxLength: MAX_QUERY_LENGTH }),
});
export type Command = z.infer<typeof CommandSchema>;
