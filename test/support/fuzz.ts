import type { CommandRequest, OptionValue } from '../../src/core/types.ts';

/** Strings a hostile or careless user might send. */
export const HOSTILE = [
  '@everyone',
  '@here',
  '<@&123456789012345678>',
  '<@123456789012345678>',
  '**bold** __under__ ~~strike~~ `code` ```block```',
  '[click](https://evil.example/)',
  '\u0000\u0001\u202e',
  '💥'.repeat(300),
  'x'.repeat(6000),
  '',
  ' ',
  '-1',
  '1e309',
  'NaN',
  '{"$ne":null}',
  '../../etc/passwd',
  'olympics',
  '1000m',
  'Olympische Spelen',
];

export const COMMAND_NAMES = [
  'medals',
  'results',
  'quote',
  'about',
  'records',
  'timeline',
  'help',
  'ask',
  'data',
  'progression',
  'nope',
  '',
  'MEDALS',
  'x'.repeat(200),
];
const OPTION_NAMES = [
  'competition',
  'event',
  'year',
  'medal',
  'topic',
  'question',
  'distance',
  'season',
  'place',
  'chart',
  'page',
  'id',
  'field',
  'value',
  'text',
  'bogus',
  '__proto__',
  'constructor',
];

export function randomValue(rand: () => number): OptionValue {
  const r = rand();
  if (r < 0.4) return HOSTILE[Math.floor(rand() * HOSTILE.length)]!;
  if (r < 0.6) return Math.floor(rand() * 5000) - 1000;
  if (r < 0.7) return rand() * 1e12;
  if (r < 0.8) return rand() < 0.5;
  return Array.from({ length: Math.floor(rand() * 40) }, () =>
    String.fromCharCode(32 + Math.floor(rand() * 5000)),
  ).join('');
}

export function randomRequest(rand: () => number, i: number): CommandRequest {
  const options: Record<string, OptionValue> = {};
  const n = Math.floor(rand() * 4);
  for (let k = 0; k < n; k += 1) options[OPTION_NAMES[Math.floor(rand() * OPTION_NAMES.length)]!] = randomValue(rand);
  const subs = [undefined, 'validate', 'history', 'undo', 'remove', 'nope'];
  return {
    command: COMMAND_NAMES[Math.floor(rand() * COMMAND_NAMES.length)]!,
    subcommand: rand() < 0.2 ? subs[Math.floor(rand() * subs.length)] : undefined,
    options,
    locale: rand() < 0.5 ? 'nl' : rand() < 0.5 ? 'en-US' : String(randomValue(rand)),
    member: rand() < 0.2 ? null : { permissions: rand() < 0.1 ? 32n : 0n, roleIds: [] },
    userId: String(100000000000000000n + BigInt(i)),
    channelId: rand() < 0.1 ? null : '300000000000000001',
    guildId: rand() < 0.1 ? null : '400000000000000001',
    guildInstall: rand() < 0.8,
  };
}
