import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { encodeCallbackBody, toCallbackBody } from '../src/core/callback.ts';
import type { Reply } from '../src/core/types.ts';

const page: Reply = {
  kind: 'update',
  data: { content: 'Page 2 of 3 <@123>', embeds: [{ title: 'Medals', description: 'Olympic gold, 1000 m' }] },
};

describe('encodeCallbackBody', () => {
  it('is the JSON of toCallbackBody, mentions off', () => {
    expect(JSON.parse(encodeCallbackBody(page, 'update').toString('utf8'))).toEqual(toCallbackBody(page));
    expect(JSON.parse(encodeCallbackBody(page, 'update').toString('utf8')).data.allowed_mentions).toEqual({
      parse: [],
    });
  });

  it('answers a slash command with a new message even for an update reply', () => {
    const body = JSON.parse(encodeCallbackBody(page, 'message').toString('utf8'));
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.embeds).toEqual(page.data.embeds);
    expect(JSON.parse(encodeCallbackBody(page, 'update').toString('utf8')).type).toBe(
      InteractionResponseType.UpdateMessage,
    );
  });

  it('encodes a reply once per kind and reuses the bytes on every later hit', () => {
    const first = encodeCallbackBody(page, 'message');
    expect(encodeCallbackBody(page, 'message')).toBe(first);
    expect(encodeCallbackBody(page, 'update')).not.toBe(first);
    // An equal but different reply object (a fresh, uncached reply) gets its own bytes.
    const copy: Reply = structuredClone(page);
    expect(encodeCallbackBody(copy, 'message')).not.toBe(first);
    expect(encodeCallbackBody(copy, 'message').equals(first)).toBe(true);
  });

  it('keeps non-ASCII text intact', () => {
    const reply: Reply = { kind: 'message', data: { content: 'Wereldkampioen op de 1000 m — “Ik ben zó blij” 🥇' } };
    expect(JSON.parse(encodeCallbackBody(reply, 'message').toString('utf8')).data.content).toBe(reply.data.content);
  });
});
