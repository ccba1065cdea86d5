import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../src/log.ts';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('logs never carry secrets', () => {
  it('redacts the bot token wherever it appears: fields, messages, errors and stacks', () => {
    const { lines, stream } = capture();
    const log = createLogger('debug', [TOKEN], stream);
    log.info(
      { token: TOKEN, config: { DISCORD_TOKEN: TOKEN }, headers: { authorization: `Bot ${TOKEN}` } },
      'starting',
    );
    log.error({ err: new Error(`request failed with token ${TOKEN}`) }, `login with ${TOKEN}`);
    log.warn(
      {
        url: `https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA/callback`,
      },
      'callback failed',
    );
    log.info({ cache: 'redis://user:hunter2secret@127.0.0.1:6379' }, 'cache');
    const all = lines.join('');
    expect(lines.length).toBe(4);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('GaBcDe.abcdef');
    expect(all).not.toContain('aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA');
    expect(all).not.toContain('hunter2secret');
    expect(all).toContain('[redacted]');
    expect(all).toContain('callback failed');
  });

  it('scrubs a token-shaped string even when it was not registered as a secret', () => {
    expect(scrubSecrets(`x ${TOKEN} y`)).toBe('x [redacted] y');
    expect(scrubSecrets('Authorization: Bot abc.def.ghi')).toBe('Authorization: Bot [redacted]');
  });
});
