import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA, responderFor, seededRandom } from './helpers.ts';
import { randomRequest } from './support/fuzz.ts';

/**
 * In-process fuzz of the responder (the end-to-end fuzz through discord.js lives in test/e2e).
 * Every request gets a well-formed reply that cannot ping and fits Discord's limits.
 */
describe('handler fuzz', () => {
  it('answers 3,000 random, malformed and hostile requests without a throw', async () => {
    const { responder, store } = await responderFor(loadView(REAL_DATA));
    const rand = seededRandom(7);
    let answered = 0;
    for (let i = 0; i < 3000; i += 1) {
      const req = randomRequest(rand, i);
      const reply =
        i % 5 === 0
          ? await responder.component(
              `${req.command}:p:${Math.floor(rand() * 100) - 50}:${String(req.options.topic ?? '')}`,
              req,
            )
          : await responder.command(req);
      expect(reply.data.allowed_mentions).toEqual({ parse: [] });
      const embeds = reply.data.embeds ?? [];
      expect(embeds.length).toBeGreaterThan(0);
      for (const e of embeds) {
        const total =
          (e.title?.length ?? 0) +
          (e.description?.length ?? 0) +
          (e.footer?.text.length ?? 0) +
          (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
        expect(total).toBeLessThanOrEqual(6000);
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      }
      expect(reply.data.content ?? '').not.toMatch(/@everyone|@here/);
      answered += 1;
    }
    expect(answered).toBe(3000);
    await store.close();
  });
});
