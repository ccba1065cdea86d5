import { ComponentType, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { wasClipped } from '../src/core/reply.ts';
import type { Reply } from '../src/core/types.ts';
import { rowIds, rowLists } from '../src/data/sections.ts';
import { REAL_DATA, loadView, replyText, request, responderFor } from './helpers.ts';

const view = loadView(REAL_DATA);
const LANGS = ['en-US', 'nl'] as const;

/** Each row's first source, as its link appears beside the fact: proof that a row said to be shown is. */
const firstSource = new Map(
  rowLists(view.dataset).flatMap((list) =>
    (list.rows as { id: string; sources?: string[] }[]).map((row) => [row.id, row.sources?.[0]] as const),
  ),
);

type Rows = APIActionRowComponent<APIComponentInMessageActionRow>[];
const buttons = (reply: Reply) =>
  ((reply.data.components ?? []) as Rows)
    .flatMap((row) => row.components)
    .filter((c) => c.type === ComponentType.Button);

/** The enabled "next page" button: the pager's last button, whose custom_id names the next page. */
function nextPage(reply: Reply): string | undefined {
  const pager = buttons(reply).filter(
    (b) => 'custom_id' in b && /:p:\d+:/.test(b.custom_id) && !b.custom_id.startsWith('report:'),
  );
  const next = pager.at(-1);
  return next && 'custom_id' in next && !next.disabled ? next.custom_id : undefined;
}

/** Every page of a reply, reached by pressing its own "next" button, as a member would. */
async function walk(first: Reply, press: (customId: string) => Promise<Reply>): Promise<Reply[]> {
  const pages = [first];
  for (let id = nextPage(first); id; id = nextPage(pages.at(-1)!)) {
    pages.push(await press(id));
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe('nothing is dropped: every page of every command, in both languages', () => {
  it('reaches every row of the dataset, never cuts a reply, and offers a report on every page of facts', async () => {
    const { responder } = await responderFor(view);
    const expected = new Set(rowIds(view.dataset).map((r) => r.id));
    for (const locale of LANGS) {
      const seen = new Set<string>();
      const press = (customId: string) => responder.component(customId, request('', {}, { locale }));
      const commands: [string, Record<string, string>][] = [
        ['results', {}],
        ['medals', {}],
        ['timeline', {}],
        ['records', {}],
        ...[...view.personalBests.keys()].map((distance): [string, Record<string, string>] => [
          'records',
          { distance },
        ]),
        ...[
          'overview',
          'early-life',
          'career',
          'teams-and-coaches',
          'education',
          'personal-life',
          'social-media',
          'open-questions',
        ].map((topic): [string, Record<string, string>] => ['about', { topic }]),
      ];
      for (const [command, options] of commands) {
        const first = await responder.command(request(command, options, { locale }));
        expect(first.data.flags, `${command} ${JSON.stringify(options)} answers`).toBeUndefined();
        const pages = await walk(first, press);
        for (const [index, page] of pages.entries()) {
          const where = `${locale} /${command} ${JSON.stringify(options)} page ${index + 1}`;
          expect(wasClipped(page), `${where} was cut to fit`).toBe(false);
          if (pages.length > 1) expect(replyText(page.data)).toContain(`${index + 1}/${pages.length}`);
          if (page.rows?.length)
            expect(
              buttons(page).some((b) => 'custom_id' in b && b.custom_id.startsWith('report:')),
              where,
            ).toBe(true);
          const text = replyText(page.data);
          for (const id of page.rows ?? []) {
            const source = firstSource.get(id);
            if (source)
              expect(text, `${where}: the source of ${id}`).toContain(
                `](${source.replace(/[()[\]<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`,
              );
            seen.add(id);
          }
        }
      }
      // Quotes rotate per channel without repeats: as many asks as quotes show each once.
      for (let i = 0; i < view.dataset.quotes.length; i += 1) {
        const reply = await responder.command(
          request('quote', {}, { locale, channelId: `3000000000000001${locale.length}` }),
        );
        expect(wasClipped(reply)).toBe(false);
        for (const id of reply.rows ?? []) seen.add(id);
      }
      const missing = [...expected].filter((id) => !seen.has(id));
      expect(missing, `${locale}: rows no command shows`).toEqual([]);
    }
  });

  it('pages /about career and teams-and-coaches instead of stopping at the embed limit', async () => {
    const { responder } = await responderFor(view);
    const career = await responder.command(request('about', { topic: 'career' }));
    const knighthood = view.dataset.background.filter((b) => b.topic === 'career').map((b) => b.id);
    const pages = await walk(career, (id) => responder.component(id, request('')));
    const shown = new Set(pages.flatMap((p) => p.rows ?? []));
    expect(knighthood.filter((id) => !shown.has(id))).toEqual([]);
  });
});
