import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';
import { REAL_DATA } from './helpers.ts';

/**
 * The README shows replies as `npm run --silent cli -- …` followed by a code block. They must stay
 * the bot's real output: a line may end in "…" (shortened there), and a lone "…" ends the comparison.
 */
const README = readFileSync('README.md', 'utf8');
const EXAMPLES = [...README.matchAll(/`npm run --silent cli -- ([^`]+)`[^\n]*\n\n```\n([\s\S]*?)```/g)].map((m) => ({
  command: m[1]!,
  shown: m[2]!.replace(/\n$/, '').split('\n'),
}));

/** Splits like a shell for the quoting the README uses: "double quotes" around one argument. */
const argsOf = (command: string) => [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('README example replies', () => {
  it('has examples to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(5);
  });

  for (const { command, shown } of EXAMPLES) {
    it(`npm run --silent cli -- ${command}`, async () => {
      const result = await runCli(argsOf(command), { ...process.env, DATA_FILE: REAL_DATA, LOG_LEVEL: 'silent' });
      expect(result.exitCode).toBe(0);
      const actual = result.stdout.replace(/\n$/, '').split('\n');
      // A random quote: the pick varies, the layout does not.
      if (argsOf(command)[0] === 'quote') {
        expect(actual[0]).toBe(shown[0]);
        expect(actual.filter((l) => l.startsWith('-- ')).slice(0, 2)).toEqual(
          shown.filter((l) => l.startsWith('-- ')).slice(0, 2),
        );
        return;
      }
      for (const [i, line] of shown.entries()) {
        if (line === '…') return;
        if (line.includes('…')) expect(actual[i], `line ${i + 1}`).toContain(line.slice(0, line.indexOf('…')));
        else expect(actual[i], `line ${i + 1}`).toBe(line);
      }
      expect(actual.length).toBe(shown.length);
    });
  }
});
