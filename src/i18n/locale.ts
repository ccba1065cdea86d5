/** The two languages the bot answers in, and which one a member's Discord locale gets. */
export type Lang = 'en' | 'nl';

/** Discord sends locales like "nl", "en-US", "en-GB"; only Dutch gets Dutch, everyone else English. */
export function langOf(discordLocale: string | null | undefined): Lang {
  return typeof discordLocale === 'string' && discordLocale.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
