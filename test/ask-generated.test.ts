import { describe, expect, it } from 'vitest';
import { cityOf } from '../src/search/lexicon.ts';
import { ask, askIndexOf } from '../src/search/ask.ts';
import type { Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { formatDate } from '../src/i18n/format.ts';
import { loadView, REAL_DATA } from './helpers.ts';

/**
 * Generated questions: for every row of each structured section, a question built from the row's
 * own fields (in English and Dutch, with the labels the bot prints) must get that row back.
 * Nothing here is tuned per row: a row the engine cannot reach this way is a kind of failure.
 */
const view = loadView(REAL_DATA);
const d = view.dataset;
const LANGS: Lang[] = ['en', 'nl'];
const ALL: Record<Lang, string> = { en: 'list all', nl: 'noem alle' };

function hitIds(question: string): string[] {
  const answer = ask(askIndexOf(view), question);
  return answer.kind === 'facts' ? answer.hits.map((h) => h.id) : [];
}

type Case = { id: string; question: (l: Lang) => string };

const sections: Record<string, Case[]> = {
  results: d.results.map((r) => ({
    id: r.id,
    question: (l) =>
      `${ALL[l]} ${t(l).competition[r.competition]} ${r.competition === 'world-cup' ? r.season : r.date.slice(0, 4)} ${t(l).event[r.event]} ${cityOf(r.venue[l])}${r.place ? ` ${t(l).place(r.place)} ${l === 'nl' ? 'plaats' : 'place'}` : ''}`,
  })),
  dutchTitles: d.dutchTitles.map((n) => ({
    id: n.id,
    question: (l) => `${ALL[l]} ${t(l).dutchChampionship[n.championship]} ${n.season} ${t(l).event[n.event]}`,
  })),
  records: d.records.map((r) => ({
    id: r.id,
    question: (l) =>
      `${ALL[l]} ${t(l).recordKind[r.kind]} ${t(l).event[r.event]} ${cityOf(r.venue[l])} ${r.date.slice(0, 4)}`,
  })),
  personalBests: d.personalBests.map((pb) => ({
    id: pb.id,
    question: (l) =>
      `${ALL[l]} ${t(l).personalBest} ${t(l).event[pb.event]} ${(pb.date ?? pb.before ?? '').slice(0, 4)}`,
  })),
  worldCupStandings: d.worldCupStandings.map((s) => ({
    id: s.id,
    question: (l) => `${ALL[l]} ${t(l).standingLabel(t(l).event[s.event], s.season)}`,
  })),
  affiliations: d.profile.affiliations.map((a) => ({
    id: a.id,
    question: (l) => `${t(l).affiliationKind[a.kind]} ${a.name}${a.from ? ` ${a.from.slice(0, 4)}` : ''}`,
  })),
  social: d.profile.social.map((s) => ({
    id: s.id,
    question: (l) =>
      `${ALL[l]} ${t(l).platform[s.platform]} ${l === 'nl' ? 'volgers' : 'followers'} ${formatDate(s.asOf, l)}`,
  })),
};

describe('/ask finds every row of every structured section from a question built of its fields', () => {
  for (const [section, cases] of Object.entries(sections))
    for (const lang of LANGS)
      it(`${section} (${lang}, ${cases.length} rows)`, () => {
        expect(cases.length).toBeGreaterThan(0);
        const missed = cases
          .filter((c) => !hitIds(c.question(lang)).includes(c.id))
          .map((c) => `${c.id}: ${c.question(lang)}`);
        expect(missed).toEqual([]);
      });
});
