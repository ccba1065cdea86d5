/**
 * The traffic the benchmark measures and the fault tests keep up: every member command a fan
 * uses most, cached and uncached (/quote is never cached), in English and Dutch.
 */
type Interaction = readonly [command: string, options: Record<string, string | number>];

const MIX: readonly Interaction[] = [
  ['medals', {}],
  ['medals', { competition: 'olympics' }],
  ['about', {}],
  ['records', {}],
  ['timeline', {}],
  ['help', {}],
  ['quote', {}],
  ['ask', { question: 'Where was she born?' }],
];

/** The i-th interaction of the mix, with its locale: every other one is Dutch. */
export function mixed(i: number): { command: string; options: Record<string, string | number>; locale: string } {
  const [command, options] = MIX[i % MIX.length]!;
  return { command, options, locale: Math.floor(i / MIX.length) % 2 ? 'nl' : 'en-US' };
}
