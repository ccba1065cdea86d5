/**
 * What a member typed for a competition, event or quote topic, matched to its id in either
 * language, in any spelling or a common short form (`wk`, `1k`, `wereldbeker`).
 */
import { fold } from '../i18n/fold.ts';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import type { Event, ResultCompetition } from '../data/schema.ts';

/** Folded, without punctuation or spaces: "Olympische Spelen" and "olympische-spelen" meet. */
function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

const COMPETITION_ALIASES: Record<string, string[]> = {
  olympics: ['og', 'olympic', 'olympicgames', 'olympischespelen', 'os', 'spelen', 'winterspelen'],
  'world-single-distances': ['wsd', 'wch', 'worlds', 'wkafstanden', 'worldchampionships', 'wk'],
  'world-sprint': ['wksprint', 'worldsprint', 'sprintworlds'],
  'european-single-distances': ['ek', 'ekafstanden', 'europeans', 'europeanchampionships', 'esd'],
  'european-sprint': ['eksprint', 'europeansprint'],
  'world-junior': ['wkjunioren', 'junior', 'juniors', 'wjc', 'worldjunior', 'worldjuniors'],
  'world-cup': ['wc', 'wb', 'worldcup', 'wereldbeker', 'worldcups', 'wereldbekers'],
};

const EVENT_ALIASES: Record<string, string[]> = {
  '500m': ['500', '500meter', '500metres', '500meters'],
  '1000m': ['1000', '1k', '1000meter', '1000metres', '1000meters', '1km'],
  '1500m': ['1500', '1500meter', '1500metres', '1500meters'],
  '3000m': ['3000', '3k', '3000meter', '3000metres', '3km'],
  'team-sprint': ['teamsprint', 'ts'],
  'team-pursuit': ['teampursuit', 'ploegenachtervolging', 'tp'],
  'sprint-allround': ['sprint', 'sprintallround', 'sprintvierkamp', 'sprintallroundtitle'],
  allround: ['allround', 'allroundtitle', 'vierkamp'],
};

function resolveFrom<Slug extends string>(
  input: string,
  slugs: readonly Slug[],
  aliases: Record<string, string[]>,
  label: (slug: Slug, lang: Lang) => string,
): Slug | undefined {
  const f = compact(input);
  if (!f) return undefined;
  for (const slug of slugs) {
    if (compact(slug) === f || compact(label(slug, 'en')) === f || compact(label(slug, 'nl')) === f) return slug;
    if (aliases[slug]?.includes(f)) return slug;
  }
  return undefined;
}

export function resolveCompetition<C extends ResultCompetition>(input: string, known: readonly C[]): C | undefined {
  return resolveFrom(input, known, COMPETITION_ALIASES, (slug, lang) => t(lang).competition[slug]);
}

export function resolveEvent<E extends Event>(input: string, known: readonly E[]): E | undefined {
  return resolveFrom(input, known, EVENT_ALIASES, (slug, lang) => t(lang).event[slug]);
}

/** A quote topic by its slug or its English or Dutch name (`wereldbeker` → `world-cup`). */
export function resolveTopic(
  input: string,
  known: readonly string[],
  names: Readonly<Record<string, { en: string; nl: string }>>,
): string | undefined {
  const f = compact(input);
  if (!f) return undefined;
  return known.find(
    (slug) => compact(slug) === f || compact(names[slug]?.en ?? '') === f || compact(names[slug]?.nl ?? '') === f,
  );
}
