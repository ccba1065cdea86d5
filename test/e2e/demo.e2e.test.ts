import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, DemoProcess } from '../support/demo-process.ts';
import { REAL_DATA, tempDir } from '../helpers.ts';

// Debian's chromium (`apt-get install chromium`; .ci/run installs it when missing).
const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts/demo';
const HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> **bold**';

async function waitUntil(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A browser, a bot and a chart on a 2-core machine shared with other suites: generous per-step time.
describe('npm run demo: the real bot in a Discord-like page, driven by headless Chromium', { timeout: 60_000 }, () => {
  let demo: DemoProcess;
  let browser: Browser;
  let page: Page;
  let dataFile: string;
  const pageErrors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
  const lastMessage = () => page.locator('#messages li.message').last();
  const send = async (command: string) => {
    await page.fill('#composer', command);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataFile = join(tempDir(), 'leerdam.json');
    // Every quote carries markup, so whichever /quote picks must show it as text.
    const data = JSON.parse(readFileSync(REAL_DATA, 'utf8'));
    for (const quote of data.quotes) quote.text = `${HOSTILE} ${quote.text}`;
    writeFileSync(dataFile, JSON.stringify(data, null, 2));
    demo = await DemoProcess.start({ DATA_FILE: dataFile });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(demo.url);
    await page.waitForSelector('body[data-ready="true"]');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  it('lists the registered commands on "/", autocompletes a filter through the bot, and pages with a button', async () => {
    await page.focus('#composer');
    await page.keyboard.type('/med');
    const first = page.locator('#suggestions [role=option]').first();
    await expect.poll(() => first.textContent()).toContain('/medals');
    expect(await first.textContent()).toContain("Jutta Leerdam's medals");
    await page.keyboard.press('Tab');
    expect(await page.inputValue('#composer')).toBe('/medals ');
    // The option list comes from the registration: competition, event, year, medal, chart.
    const options = await page.locator('#suggestions [role=option] .suggestion-label').allTextContents();
    expect(options).toEqual(['competition', 'event', 'year', 'medal', 'chart']);
    await page.keyboard.type('event:10');
    const choice = page.locator('#suggestions [role=option]', { hasText: '1000' }).first();
    await choice.waitFor();
    await shot('1-autocomplete');
    await choice.click();
    expect(await page.inputValue('#composer')).toMatch(/^\/medals event:\S+ $/);
    await page.keyboard.press('Enter');
    const reply = lastMessage();
    await expect.poll(() => reply.locator('.embed-title').textContent()).toBe('Jutta Leerdam — medals');
    expect(await reply.locator('.invocation').textContent()).toMatch(/tester used \/medals event:/);
    expect(await reply.locator('.embed-description').textContent()).toContain('1000 m');
    // Discord markdown in the description: the tally line is **bold**.
    expect(await reply.locator('.embed-description strong').first().textContent()).toMatch(/\d+ in total/);
    // The autocomplete went to the bot as a real interaction and its answer is in the panel.
    const panel = await page.locator('#requests').textContent();
    expect(panel).toContain('/interactions/{interaction_id}/{interaction_token}/callback');
    expect(await page.locator('#requests-summary').textContent()).toContain(
      'all within Discord’s limits and OpenAPI spec',
    );

    // Keyboard only: from the message box, Shift+Tab reaches the reply's last button, "Report a
    // mistake", and once more the enabled Next before it.
    const footer = () => lastMessage().locator('.embed-footer').textContent();
    expect(await footer()).toMatch(/^Page 1\/\d/);
    await page.focus('#composer');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Report a mistake');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Next');
    await page.keyboard.press('Enter');
    await expect.poll(footer).toMatch(/^Page 2\//);
    await shot('2-medals-page-2');
  });

  it('answers in Dutch after the language switch and shows the /progression chart image', async () => {
    await page.selectOption('#locale', 'nl');
    await send('/medals');
    await expect.poll(() => lastMessage().locator('.embed-title').textContent()).toBe('Jutta Leerdam — medailles');
    await send('/progression distance:1000m');
    const chart = lastMessage().locator('img.embed-image');
    await chart.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await chart.scrollIntoViewIfNeeded();
    await shot('3-progression-nl');
  });

  it('runs a moderator /data show with the switch on, as an ephemeral reply', async () => {
    await page.check('#moderator');
    // Offered only to moderators, under its Dutch name for a Dutch client.
    await page.fill('#composer', '/ge');
    await expect.poll(() => page.locator('#suggestions').textContent()).toContain('/gegevens');
    await send('/data show id:og-2026-1000m');
    const reply = lastMessage();
    await expect.poll(() => reply.locator('.only-you').textContent()).toContain('Alleen jij kunt dit zien');
    expect(await reply.getAttribute('class')).toContain('ephemeral');
    // The row's fields by name, with the values a moderator would edit.
    const text = await reply.textContent();
    expect(text).toContain('og-2026-1000m');
    expect(text).toContain('1:12.31');
    expect(text).toContain('venue');
    await shot('4-data-moderator');
  });

  it('shows markup in a quote and in a question as text, never as HTML', async () => {
    await page.uncheck('#moderator');
    await page.selectOption('#locale', 'en-US');
    await send('/quote');
    await expect.poll(() => lastMessage().textContent()).toContain('<script>window.pwned = 1</script>');
    const quote = page.locator(`[data-message-id="${await lastMessage().getAttribute('data-message-id')}"]`);
    expect(await quote.textContent()).toContain('<img src=x onerror="window.pwned = 2">');
    await send('/ask question:<b id="injected">hi</b><script>window.pwned=3</script>');
    await expect.poll(() => lastMessage().textContent()).toContain('<b id="injected">hi</b>');
    expect(await page.locator('#messages script, #messages img[src="x"], #injected').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // Markdown still renders: the **bold** after the markup is a <strong>.
    expect(await quote.locator('strong', { hasText: 'bold' }).count()).toBeGreaterThan(0);
    await quote.scrollIntoViewIfNeeded();
    await shot('5-escaping');
  });

  it('keeps a quote rotation per channel', async () => {
    const rotation = () => lastMessage().locator('.embed-footer').textContent();
    await page.click('.channel[data-channel="skating-talk"]');
    expect(await page.locator('#channel-title').textContent()).toBe('# skating-talk');
    expect(await page.locator('#messages li.message').count()).toBe(0);
    await send('/quote');
    await expect.poll(rotation).toMatch(/^Quote 1 of \d+ in this channel's rotation/);
    await page.click('.channel[data-channel="general"]');
    await send('/quote');
    // #general showed one quote already (the escaping check), so this is its second.
    await expect.poll(rotation).toMatch(/^Quote 2 of \d+ in this channel's rotation/);
  });

  it('reloads an edited data file live and posts a refused edit to the moderator log channel', async () => {
    const data = JSON.parse(readFileSync(dataFile, 'utf8'));
    data.meta.basis = `${data.meta.basis} (edited while the demo ran)`;
    writeFileSync(dataFile, JSON.stringify(data, null, 2));
    await expect.poll(() => page.locator('#notice').textContent(), { timeout: 15_000 }).toContain('Data file reloaded');
    writeFileSync(dataFile, '{ "meta": { "version": "broken" ');
    const log = page.locator('.channel[data-channel="moderator-log"]');
    await expect.poll(() => log.locator('.unread').count(), { timeout: 15_000 }).toBe(1);
    await log.click();
    await expect.poll(() => lastMessage().textContent()).toContain('was refused');
    expect(await page.locator('#notice').textContent()).toContain('refused');
    await shot('6-refused-edit');
  });

  it('answers only as 127.0.0.1 and takes only JSON posts', async () => {
    const { port } = new URL(demo.url);
    const status = (headers: Record<string, string>, method = 'GET', body?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/command', method, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.once('error', reject);
        req.end(body);
      });
    // A page elsewhere reaching 127.0.0.1 through its own DNS name (DNS rebinding) is turned away.
    expect(await status({ Host: 'rebind.example:80' })).toBe(421);
    // A cross-site form can post only form encodings: refused, nothing dispatched.
    expect(
      await status({ Host: `127.0.0.1:${port}`, 'Content-Type': 'application/x-www-form-urlencoded' }, 'POST', 'a=1'),
    ).toBe(400);
    const page404 = await fetch(`${demo.url}/../package.json`);
    expect(page404.status).toBe(404);
    const index = await fetch(demo.url);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('draws a deferred reply as "thinking…" and a modal as labelled inputs (the page renderer, in the browser)', async () => {
    // No command on main defers on demand or opens a modal yet, so these two renderings are checked
    // on Discord-shaped input: a deferred reply as the server stores it, a modal as /data would send it.
    // A string, not a function: vitest would rewrite a function's import() into its own loader.
    const drawn = await page.evaluate<{
      text: string;
      ephemeral: string;
      labels: unknown[];
      values: unknown;
    }>(`(async () => {
      const render = await import('/render.js');
      const author = { id: '2', username: 'Leerdam bot', bot: true };
      const message = { id: '9', author, timestamp: new Date().toISOString(), content: '', flags: 64 | 128, embeds: [], attachments: [], components: [] };
      const thinking = render.renderMessage(
        { id: '9', channelId: '1', order: 1, invocation: null, message },
        { bot: author, locale: 'en-US', actions: { press: () => undefined, dismiss: () => undefined } },
      );
      const modal = render.renderModalFields({
        custom_id: 'data:m',
        title: 'Report a mistake',
        components: [
          { type: 18, label: 'What is wrong?', description: 'One fact', component: { type: 4, custom_id: 'what', style: 2, required: true, value: '<b>x</b>' } },
          { type: 1, components: [{ type: 4, custom_id: 'source', style: 1, label: 'Source URL', required: false }] },
        ],
      });
      const form = document.createElement('form');
      form.append(...modal.fields);
      document.body.append(form);
      const labels = [...form.querySelectorAll('label')].map((l) => ({ text: l.textContent, control: document.getElementById(l.htmlFor)?.tagName }));
      form.remove();
      return { text: thinking.textContent, ephemeral: thinking.className, labels, values: modal.read() };
    })()`);
    expect(drawn.text).toContain('Leerdam bot is thinking…');
    expect(drawn.text).toContain('Only you can see this');
    expect(drawn.ephemeral).toContain('ephemeral');
    expect(drawn.labels).toEqual([
      { text: 'What is wrong? *', control: 'TEXTAREA' },
      { text: 'Source URL', control: 'INPUT' },
    ]);
    expect(drawn.values).toEqual({ what: '<b>x</b>', source: '' });
  });

  it('raised no script error in the page', () => {
    expect(pageErrors.join('\n')).toBe('');
  });

  it('stops the bot with the demo: SIGTERM to the demo alone leaves no process behind', async () => {
    const botPid = demo.botPid;
    expect(alive(botPid)).toBe(true);
    await demo.stop();
    expect((await demo.exited).code).toBe(0);
    await waitUntil(() => !alive(botPid), 'the bot to exit');
  });
});

describe('Ctrl-C', () => {
  it('stops the page, the bot and the local Discord server when the terminal sends SIGINT to the group', async () => {
    const dataFile = join(tempDir(), 'leerdam.json');
    writeFileSync(dataFile, readFileSync(REAL_DATA));
    const demo = await DemoProcess.start({ DATA_FILE: dataFile }, true);
    const { url, botPid } = demo;
    expect((await fetch(url)).status).toBe(200);
    demo.interruptGroup();
    expect((await demo.exited).code).toBe(0);
    await waitUntil(() => !alive(botPid), 'the bot to exit');
    await expect(fetch(url)).rejects.toThrow();
  }, 90_000);
});
