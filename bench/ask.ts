/**
 * /ask speed, in-process: the index build time and the answer time per question over the frozen
 * development set (eval/ask-dev.jsonl). No Discord, no cache: the engine alone.
 *
 *   npm run --silent bench:ask
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseDataset } from '../src/data/load.ts';
import { ask, buildAskIndex } from '../src/search/ask.ts';
import { composeAnswer } from '../src/search/compose.ts';

const loaded = parseDataset(readFileSync('data/leerdam.json', 'utf8'));
if (!loaded.ok) throw new Error('data/leerdam.json does not load');
const questions = readFileSync('eval/ask-dev.jsonl', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { question: string; lang: 'en' | 'nl' });

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const ms = (x: number) => `${x.toFixed(3)} ms`;

// The first build also pays for compiling the stemmer's WebAssembly; report it apart.
let t0 = performance.now();
let index = buildAskIndex(loaded.dataset);
const firstBuild = performance.now() - t0;
const builds: number[] = [];
for (let i = 0; i < 10; i += 1) {
  t0 = performance.now();
  index = buildAskIndex(loaded.dataset);
  builds.push(performance.now() - t0);
}
builds.sort((a, b) => a - b);

// Warm up, then time each question as the median of several runs (one run is timer noise).
for (const q of questions) composeAnswer(ask(index, q.question), q.lang);
const perQuestion = questions.map((q) => {
  const runs: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    composeAnswer(ask(index, q.question), q.lang);
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[7]!;
});
perQuestion.sort((a, b) => a - b);

console.log(`questions: ${questions.length} (eval/ask-dev.jsonl), node ${process.version}`);
console.log(
  `index build: first ${ms(firstBuild)} (stemmer start-up included), then median ${ms(quantile(builds, 0.5))}, max ${ms(builds.at(-1)!)}`,
);
console.log(
  `answer (parse → execute/retrieve → compose): p50 ${ms(quantile(perQuestion, 0.5))}, p99 ${ms(quantile(perQuestion, 0.99))}, max ${ms(perQuestion.at(-1)!)}`,
);
console.log('targets: p99 < 2 ms, build < 200 ms');
