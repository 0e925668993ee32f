import { z } from 'zod';

/** The languages Factdesk speaks. The desk's own language comes first: it is the default for what nobody asked for. */
const LOCALES = ['de', 'en'] as const;
export const LocaleSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * The language of a reply to one user, from the Discord client's locale ("de", "en-US", "en-GB"…): German for every
 * German variant, English for everything else, since English is what any other reader is likelier to read.
 */
export function localeOfDiscord(discordLocale: string | null | undefined): Locale {
  return discordLocale !== null && discordLocale !== undefined && /^de(-|$)/i.test(discordLocale) ? 'de' : 'en';
}
