import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { inlineSources, sourcesField } from '../src/core/sources.ts';
import { parseDataset } from '../src/data/load.ts';
import { MINI_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] as string[] };
const mini = () => JSON.parse(readFileSync(MINI_DATA, 'utf8')) as { results: Record<string, unknown>[] };

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((app) => app.close()));
  apps = [];
});

describe('calendar-impossible dates', () => {
  const withDate = (date: string) => {
    const data = mini();
    // A medal is a result now; its season follows the date (a date without a month sits in the season it starts).
    const year = Number(date.slice(0, 4));
    const start = date.length > 4 && Number(date.slice(5, 7)) < 7 ? year - 1 : year;
    data.results[0]!.date = date;
    data.results[0]!.season = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
    return parseDataset(JSON.stringify(data));
  };

  it.each(['2021-02-30', '2023-02-29', '2021-04-31', '2021-13-01', '2021-00', '2021-06-00'])('refuses %s', (date) => {
    const result = withDate(date);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.find((error) => error.path === 'results[0].date')?.message).toMatch(/not a real date|no such/);
  });

  it.each(['2024-02-29', '2021-12-31', '2021-02', '2021'])('accepts %s', (date) => {
    expect(withDate(date).ok).toBe(true);
  });
});

describe('a sources field with more links than fit', () => {
  it('ends with how many sources are not listed, in words, within the field limit', () => {
    const urls = Array.from({ length: 120 }, (_, i) => `https://example.org/article-${i}`);
    for (const [lang, words] of [
      ['en', /^… and (\d+) more sources$/],
      ['nl', /^… en nog (\d+) bronnen$/],
    ] as const) {
      const field = sourcesField(urls, lang);
      const lines = field.value.split('\n');
      const shown = lines.filter((line) => /^\d+\. \[/.test(line)).length;
      expect(Number(words.exec(lines.at(-1)!)?.[1])).toBe(urls.length - shown);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
  });
});

describe('source URLs that would break a markdown link', () => {
  const hostile = 'https://example.org/a)[evil](https://evil.example/)<x>';
  /** Every masked link in a text, as [label, target]. */
  const links = (text: string) => [...text.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)].map((match) => [match[1], match[2]]);

  it('cannot add a masked link: the characters are escaped inside the one link', () => {
    for (const text of [inlineSources([hostile], 'en'), sourcesField([hostile], 'en').value]) {
      const found = links(text);
      expect(found).toHaveLength(1);
      expect(found[0]![0]).toBe('example.org');
      expect(found[0]![1]).toBe('https://example.org/a%29%5Bevil%5D%28https://evil.example/%29%3Cx%3E');
    }
  });

  it('in a real reply (/medals) too', async () => {
    const data = mini();
    for (const medal of data.results) medal.sources = [hostile];
    const file = join(tempDir(), 'leerdam.json');
    writeFileSync(file, JSON.stringify(data, null, 2));
    const app = await createApp({ dataFile: file, log: silentLog });
    apps.push(app);
    const text = replyText((await app.responder.command(request('medals'))).data);
    expect(text).toContain('[example.org](https://example.org/a%29%5Bevil%5D');
    expect(text).not.toContain('](https://evil.example');
    expect(links(text).every(([, target]) => !target!.startsWith('https://evil.example'))).toBe(true);
  });
});

describe('/data validate after a hand edit', () => {
  it('shows the new version with the new counts', async () => {
    const file = join(tempDir(), 'leerdam.json');
    copyFileSync(MINI_DATA, file);
    const app = await createApp({ dataFile: file, log: silentLog });
    apps.push(app);
    const data = mini();
    data.results = data.results.slice(0, 4);
    writeFileSync(file, JSON.stringify(data, null, 2));
    const reply = await app.responder.command(request('data', {}, { subcommand: 'validate', member: MOD }));
    const version = app.data.current().version;
    expect(replyText(reply.data)).toContain(`Version \`${version}\`: 4 results (4 medals)`);
  });
});
