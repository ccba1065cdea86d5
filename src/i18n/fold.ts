/**
 * The one way text is compared across the bot (option values, autocomplete, row ids, /ask): lower
 * case, accents removed (é → e, ë → e), one kind of apostrophe. "Olympische Spelen", "olympische
 * spelen" and "Olýmpische Spelen" fold to the same text.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'");
}
