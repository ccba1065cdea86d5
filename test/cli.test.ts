import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { runCli, UsageError } from '../src/cli.ts';
import { t } from '../src/i18n/messages.ts';
import { filterMedals } from '../commands/medals.ts';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadView, REAL_DATA, tempDir } from './helpers.ts';
import { runCommand } from './support/run.ts';

const view = loadView(REAL_DATA);
const env = { DATA_FILE: REAL_DATA, LOG_LEVEL: 'silent' };

describe('offline CLI through npm, as the README shows it', () => {
  it('prints the exact interaction callback body with --json', async () => {
    const r = await runCommand(
      'npm',
      ['run', '--silent', 'cli', '--', 'medals', 'competition:olympics', '--json'],
      env,
    );
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const olympic = filterMedals(view.medalsNewestFirst, { competition: 'olympics' });
    expect(body.data.embeds[0].description).toContain(`— ${olympic.length} in total`);
    for (const m of olympic) expect(body.data.embeds[0].description).toContain(m.sources[0]);
  });

  it('exits non-zero with a clear message for an unknown command or option', async () => {
    const unknown = await runCommand('npm', ['run', '--silent', 'cli', '--', 'weather'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "weather". Known commands: .*medals/);
    const badOption = await runCommand('npm', ['run', '--silent', 'cli', '--', 'medals', 'colour:gold'], env);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/has no option "colour". Options: competition, event, year, medal/);
  });
});

describe('CLI in-process', () => {
  it("says a usage mistake in the user's language, naming commands and options as that user sees them", async () => {
    await expect(runCli(['weer', '--locale', 'nl'], env)).rejects.toThrow(
      /Onbekende opdracht "weer"\. Bekende opdrachten: medailles, uitslagen, citaat/,
    );
    await expect(runCli(['medailles', 'kleur:goud', '--locale', 'nl'], env)).rejects.toThrow(
      /\/medailles heeft geen optie "kleur"\. Opties: kampioenschap, afstand, jaar/,
    );
    await expect(runCli(['gegevens', 'xyz', '--locale', 'nl'], env)).rejects.toThrow(
      /\/gegevens heeft geen subopdracht "xyz"/,
    );
    await expect(runCli(['medals', 'year:2022', ':gold'], env)).rejects.toThrow(
      /Options are written name:value, got ":gold"/,
    );
  });

  it('renders a readable reply with sources and the buttons to press', async () => {
    const r = await runCli(['medals'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^== Jutta Leerdam — medals ==/);
    expect(r.stdout).toContain(`<${view.medalsNewestFirst[0]!.sources[0]}>`);
    expect(r.stdout).toMatch(/--press medals:p:2:/);
  });

  it('presses a button and answers in Dutch with --locale nl', async () => {
    const r = await runCli(['--press', 'medals:p:2:,,,', '--locale', 'nl', '--json'], env);
    const body = JSON.parse(r.stdout);
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(body.data.embeds[0].footer.text).toMatch(/^Pagina 2\//);
  });

  it('prints chart replies with their attachments announced, as Discord receives them', async () => {
    const r = await runCli(['progression', 'distance:1000m', '--json'], env);
    const body = JSON.parse(r.stdout);
    expect(body.data.attachments).toEqual([{ id: '0', filename: 'progression-1000m.png' }]);
    expect(body.data.embeds[0].image.url).toBe('attachment://progression-1000m.png');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('lists results and pages through them with --press, in Dutch as /uitslagen', async () => {
    const r = await runCli(['results', 'competition:olympics'], env);
    expect(r.exitCode).toBe(0);
    const olympic = view.resultsNewestFirst.filter((x) => x.competition === 'olympics');
    expect(r.stdout).toMatch(new RegExp(`^== Jutta Leerdam — results ==\n\\*\\*${olympic.length} results\\*\\*`));
    // Every page, pressed through with the --press argument each page prints.
    let text = r.stdout;
    for (let out = r.stdout, press = /--press (results:p:\d+:\S*)$/m.exec(out); press;) {
      out = (await runCli(['--press', press[1]!], env)).stdout;
      text += out;
      press = /\[Next ▶\] --press (results:p:\d+:\S*)$/m.exec(out);
    }
    for (const row of olympic) expect(text).toContain(`<${row.sources[0]}>`);
    const all = await runCli(['results', '--locale', 'nl'], env);
    expect(all.stdout).toMatch(/^== Jutta Leerdam — uitslagen ==/);
    const next = /--press (results:p:2:\S*)/.exec(all.stdout)![1]!;
    const page = await runCli(['--press', next, '--locale', 'nl', '--json'], env);
    const body = JSON.parse(page.stdout);
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(body.data.embeds[0].footer.text).toMatch(/^Pagina 2\//);
    const progression = await runCli(['records', 'distance:1500m'], env);
    expect(progression.stdout).toContain(`**${view.personalBests.get('1500m')!.current.result}**`);
  });

  it('returns exit code 1 for an answer that is an error reply', async () => {
    const r = await runCli(['medals', 'competition:curling', '--json'], env);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout).data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('refuses badly written options and a missing command', async () => {
    await expect(runCli(['medals', 'gold'], env)).rejects.toThrow(UsageError);
    await expect(runCli([], env)).rejects.toThrow(/No command given/);
    await expect(runCli(['medals', '--bogus'], env)).rejects.toThrow(UsageError);
  });
});

describe('the CLI as moderators and Dutch users use it', () => {
  const own = () => {
    const file = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, file);
    return { DATA_FILE: file, LOG_LEVEL: 'silent' };
  };

  it('exits 0 for a successful /data reply, though only the moderator sees it', async () => {
    const r = await runCli(['data', 'validate', '--moderator'], own());
    expect(r.stdout).toMatch(/Data file is valid/);
    expect(r.exitCode).toBe(0);
    const refused = await runCli(['data', 'validate'], own());
    expect(refused.exitCode).toBe(1);
  });

  it('takes the Dutch names of commands, subcommands and options', async () => {
    const medals = await runCli(['medailles', 'kampioenschap:olympics', '--locale', 'nl'], env);
    expect(medals.exitCode).toBe(0);
    expect(medals.stdout).toMatch(/Gefilterd op Olympische Spelen/);
    const show = await runCli(['gegevens', 'toon', 'id:tl-born', '--moderator', '--locale', 'nl'], own());
    expect(show.stdout).toMatch(/`text.nl`: /);
  });

  it('keeps the quote rotation per --channel between runs, as the bot does', async () => {
    const dataEnv = own();
    const footers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const r = await runCli(['quote', '--channel', '100000000000000077', '--json'], dataEnv);
      footers.push(JSON.parse(r.stdout).data.embeds[0].footer.text as string);
    }
    const total = view.dataset.quotes.length;
    expect(footers.map((f) => f.split(' · ')[0])).toEqual([1, 2, 3].map((n) => t('en').quoteCycle(n, total)));
    const other = await runCli(['quote', '--channel', '100000000000000078', '--json'], dataEnv);
    expect(JSON.parse(other.stdout).data.embeds[0].footer.text).toContain(t('en').quoteCycle(1, total));
  });
});
