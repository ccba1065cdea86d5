/**
 * The competition and event options as `/medals` and `/results` take them: autocomplete in the
 * member's language (found by either language's name or the id) and cache keys on resolved ids.
 */
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Event, ResultCompetition } from '../data/schema.ts';
import type { Lang } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import { rankChoices } from './autocomplete.ts';
import { resolveCompetition, resolveEvent } from './resolve.ts';
import type { OptionValue } from './types.ts';

/** The competitions and events a command can answer for (those of its rows). */
export interface KnownFilters {
  competitions: readonly ResultCompetition[];
  events: readonly Event[];
}

/** Choices for a focused `competition` or `event` option; undefined for any other option. */
export function competitionOrEventChoices(
  focused: { name: string; value: string },
  known: KnownFilters,
  lang: Lang,
): APIApplicationCommandOptionChoice[] | undefined {
  const other: Lang = lang === 'en' ? 'nl' : 'en';
  if (focused.name === 'competition')
    return rankChoices(
      focused.value,
      known.competitions.map((competition) => ({
        value: competition,
        name: t(lang).competition[competition],
        keywords: `${t(other).competition[competition]} ${competition}`,
      })),
    );
  if (focused.name === 'event')
    return rankChoices(
      focused.value,
      known.events.map((event) => ({
        value: event,
        name: t(lang).event[event],
        keywords: `${t(other).event[event]} ${event.replace(/m$/, '')}`,
      })),
    );
  return undefined;
}

/**
 * The options with `competition` and `event` resolved to their ids, so "OS" and "Olympic Games"
 * share a cache entry; undefined when either names nothing known (an error reply, never cached).
 */
export function resolvedCacheOptions(
  options: Readonly<Record<string, OptionValue>>,
  known: KnownFilters,
): Record<string, OptionValue> | undefined {
  const resolved: Record<string, OptionValue> = { ...options };
  if (typeof options.competition === 'string') {
    const competition = resolveCompetition(options.competition, known.competitions);
    if (!competition) return undefined;
    resolved.competition = competition;
  }
  if (typeof options.event === 'string') {
    const event = resolveEvent(options.event, known.events);
    if (!event) return undefined;
    resolved.event = event;
  }
  return resolved;
}
