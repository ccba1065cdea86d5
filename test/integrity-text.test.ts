import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../src/app.ts';
import { t } from '../src/i18n/messages.ts';
import { REAL_DATA, replyText, request, silentLog, tempDir } from './helpers.ts';

const MOD = { permissions: PermissionFlagsBits.ManageGuild, roleIds: [] };

describe("cross-row checks in the moderator's language", () => {
  let app: App | undefined;
  afterAll(async () => app?.close());

  it('has a Dutch wording of its own for every check', () => {
    const en = t('en').moderation.problem.integrity;
    const nl = t('nl').moderation.problem.integrity;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    const params = {
      id: 'x-1',
      season: '2025/26',
      row: 2,
      place: 3,
      race: 'r-1',
      from: '2020',
      expected: '0.50',
      name: 'Kok',
    };
    for (const check of Object.keys(en) as (keyof typeof en)[]) expect(nl[check](params)).not.toBe(en[check](params));
  });

  it('refuses a date outside its season, and a duplicate id, in Dutch and English, writing nothing', async () => {
    const file = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, file);
    app = await createApp({ dataFile: file, log: silentLog });
    const edit = (id: string, field: string, value: string, locale = 'nl') =>
      app!.responder.command(request('data', { id, field, value }, { subcommand: 'edit', member: MOD, locale }));
    const season = replyText((await edit('og-2026-1000m', 'date', '2025-02-09')).data);
    expect(season).toContain(
      'uitslag og-2026-1000m: `date` ligt niet in het seizoen 2025/26 (een seizoen loopt van juli tot juni)',
    );
    expect(season).not.toMatch(/is not in season/);
    const english = replyText((await edit('og-2026-1000m', 'date', '2025-02-09', 'en-US')).data);
    expect(english).toContain('result og-2026-1000m: `date` is not in the season 2025/26');
    const duplicate = replyText((await edit('og-2026-500m', 'id', 'og-2026-1000m')).data);
    expect(duplicate).toMatch(/`id` wordt ook door een andere rij gebruikt \(een id moet uniek zijn\)/);
    // Nothing was written: the file still serves the accepted date.
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(REAL_DATA, 'utf8'));
  });
});
