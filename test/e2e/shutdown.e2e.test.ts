import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REAL_DATA, tempDir } from '../helpers.ts';
import { FAKE_TOKEN } from '../support/bot-process.ts';
import { FakeDiscord } from '../../tools/discord-server/index.ts';
import { sleep } from '../support/load.ts';
import { MODES, startBot, type Mode } from '../support/modes.ts';

const cases = MODES.flatMap((mode) =>
  (['SIGTERM', 'SIGINT'] as const).map((signal) => [signal, mode] as [NodeJS.Signals, Mode]),
);

describe.each(cases)('graceful shutdown on %s (%s mode)', (signal, mode) => {
  it('finishes in-flight replies, closes connections and exits 0 within 5 seconds', async () => {
    const fake = await FakeDiscord.start();
    const dataFile = join(tempDir(), 'leerdam.json');
    copyFileSync(REAL_DATA, dataFile);
    const { bot } = await startBot(mode, fake, { DATA_FILE: dataFile });
    try {
      // Slow callbacks keep replies in flight when the signal arrives (HTTP mode: requests whose bodies arrive slowly).
      if (mode === 'gateway') fake.setDelay(/\/callback$/, 800);
      else fake.holdDeliveries(800);
      const dispatched = await Promise.all(
        Array.from({ length: 10 }, (_, i) => fake.command(i % 2 ? 'medals' : 'about')),
      );
      // The bot receives them within milliseconds; their callbacks take 800 ms, so they are in flight.
      await sleep(150);
      expect(dispatched.every((d) => fake.interaction(d.id)?.callback === null)).toBe(true);
      bot.signal(signal);
      const exit = await Promise.race([bot.exited, sleep(5000).then(() => 'still running' as const)]);
      expect(exit).toEqual({ code: 0, signal: null });
      for (const d of dispatched) expect(fake.interaction(d.id)?.callback, d.id).toBeTruthy();
      expect(fake.connectedSessions).toHaveLength(0);
      expect(bot.stderr).toMatch(/"msg":"shutting down"/);
      expect(bot.stderr + bot.stdout).not.toContain(FAKE_TOKEN);
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });
});
