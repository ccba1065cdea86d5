/** `npm run data:check [file]`: the bot's own validation, for moderators who edit the file in git. */
import { parseArgs } from 'node:util';
import { formatDataErrors, loadDatasetFile } from './load.ts';
import { medalsOf } from './medals.ts';
import { unlabelledTopics } from './quote-topics.ts';
import { t } from '../i18n/messages.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const file = positionals[0] ?? process.env.DATA_FILE ?? 'data/leerdam.json';
const result = await loadDatasetFile(file);
if (result.ok) {
  const d = result.dataset;
  process.stdout.write(
    `${file} is valid (version ${result.version}): ${d.results.length} results (${medalsOf(d.results).length} medals), ${d.quotes.length} quotes, ${d.timeline.length} timeline events.\n`,
  );
  // Warnings, not errors: the bot serves the file, showing an unnamed topic as its slug.
  for (const topic of unlabelledTopics(d)) process.stdout.write(`${t('en').moderation.form.unnamedTopic(topic)}\n`);
} else {
  process.stderr.write(`${file} has ${result.errors.length} error(s):\n${formatDataErrors(result.errors)}\n`);
  process.exitCode = 1;
}
