/**
 * Runs an /ask evaluation set through the real /ask handler (the same responder the bot uses) and
 * prints each answer beside the expectation, with a token pre-check. The token check only sorts
 * answers for reading: the figures that count are judged by reading them (see eval/README.md).
 *
 *   npm run --silent eval:ask -- [--set dev|dev-2|heldout|heldout-2|heldout-3|heldout-4|heldout-5|heldout-6|heldout-7|heldout-8|heldout-9|heldout-10|heldout-11|heldout-12] [--only <id,id>] [--show] [--json <file>]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.ts';
import { renderReplyText } from '../src/core/render-text.ts';
import { createLogger } from '../src/log.ts';

interface EvalQuestion {
  id: string;
  lang: 'en' | 'nl';
  question: string;
  kind: 'answer' | 'false_premise' | 'unanswerable';
  category: string;
  expected: string;
  must_include: string[][];
  must_not_include?: string[];
}

interface EvalResult {
  id: string;
  lang: string;
  kind: string;
  category: string;
  question: string;
  expected: string;
  reply: string;
  tokenPass: boolean;
  missing: string[][];
  forbidden: string[];
  said: 'answer' | 'false_premise' | 'unanswerable';
}

/** How a reply says "no, she did not" or "the dataset doesn't hold that", in either language. */
const FALSE_PREMISE_SIGNS = [/\bshe did not\b/i, /\bdid not\b/i, /\bno[,:] /i, /\bniet\b/i, /\bnee[,:] /i, /\bgeen\b/i];
const NO_ANSWER_SIGNS = [
  /doesn't hold an answer/i,
  /does not hold an answer/i,
  /geen antwoord/i,
  /the dataset holds nothing/i,
  /not in the dataset/i,
  /staat niet in de dataset/i,
];

/** Dutch replies print times as 1.12,31; the sets write 1:12.31. Both spellings are accepted. */
function variants(token: string): string[] {
  const out = [token.toLowerCase()];
  const time = /^(\d+):(\d{2})\.(\d{2,3})$/.exec(token);
  if (time) out.push(`${time[1]}.${time[2]},${time[3]}`);
  const seconds = /^(\d{2})\.(\d{2,3})$/.exec(token);
  if (seconds) out.push(`${seconds[1]},${seconds[2]}`);
  return out;
}

function contains(text: string, token: string): boolean {
  return variants(token).some((v) => text.includes(v));
}

function classify(reply: string): EvalResult['said'] {
  if (NO_ANSWER_SIGNS.some((sign) => sign.test(reply))) return 'unanswerable';
  const head = reply.split('\n').slice(1, 3).join(' ');
  if (FALSE_PREMISE_SIGNS.some((sign) => sign.test(head))) return 'false_premise';
  return 'answer';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'dev' },
      only: { type: 'string' },
      show: { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const file = new URL(`./ask-${values.set}.jsonl`, import.meta.url);
  const questions = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalQuestion)
    .filter((q) => !values.only || values.only.split(',').includes(q.id));
  const app = await createApp({ dataFile: 'data/leerdam.json', log: createLogger('silent'), random: () => 0 });
  const results: EvalResult[] = [];
  for (const q of questions) {
    const reply = await app.responder.command({
      command: 'ask',
      options: { question: q.question },
      locale: q.lang === 'nl' ? 'nl' : 'en-US',
      member: { permissions: 0n, roleIds: [] },
      userId: '200000000000000001',
      channelId: '300000000000000001',
      guildInstall: true,
      guildId: '400000000000000001',
    });
    const text = renderReplyText(reply, q.lang === 'nl' ? 'nl' : 'en');
    const lower = text.toLowerCase();
    const missing = q.must_include.filter((group) => !group.some((token) => contains(lower, token)));
    const forbidden = (q.must_not_include ?? []).filter((token) => contains(lower, token));
    const said = classify(text);
    const tokenPass = said === q.kind && missing.length === 0 && forbidden.length === 0;
    results.push({ ...q, reply: text, tokenPass, missing, forbidden, said });
  }
  await app.close();

  for (const r of results) {
    const mark = r.tokenPass ? 'ok  ' : 'MISS';
    console.log(`${mark} ${r.id} [${r.lang} ${r.kind} ${r.category}] ${r.question}`);
    if (values.show || !r.tokenPass) {
      console.log(`     expected: ${r.expected}`);
      if (r.said !== r.kind) console.log(`     said: ${r.said}`);
      if (r.missing.length) console.log(`     missing: ${r.missing.map((g) => g.join('|')).join(', ')}`);
      if (r.forbidden.length) console.log(`     forbidden: ${r.forbidden.join(', ')}`);
      console.log(
        r.reply
          .split('\n')
          .map((line) => `     | ${line}`)
          .join('\n'),
      );
    }
  }
  const rate = (list: EvalResult[]) =>
    `${list.filter((r) => r.tokenPass).length}/${list.length} (${((100 * list.filter((r) => r.tokenPass).length) / Math.max(1, list.length)).toFixed(1)} %)`;
  console.log(`\ntoken pre-check: ${rate(results)}`);
  for (const key of ['lang', 'kind', 'category'] as const) {
    const groups = [...new Set(results.map((r) => r[key]))].sort();
    console.log(`  by ${key}: ${groups.map((g) => `${g} ${rate(results.filter((r) => r[key] === g))}`).join(' · ')}`);
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
}

await main();
