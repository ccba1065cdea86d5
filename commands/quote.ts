/**
 * `/quote`: one of her quotes, on a topic if asked, rotated per channel so none repeats until all
 * were shown, with a button for another.
 */
import { ApplicationCommandOptionType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { resolveTopic } from '../src/core/resolve.ts';
import { conflictText, sourcesField } from '../src/core/sources.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, CommandRequest, HandlerContext, Reply } from '../src/core/types.ts';
import type { Quote } from '../src/data/schema.ts';
import { formatDate } from '../src/i18n/format.ts';
import { langOf, type Lang } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';
import { LIMITS } from '../src/core/limits.ts';
import { rankChoices } from '../src/core/autocomplete.ts';
import { withReportButton } from '../src/core/report-button.ts';
import { withConflictButton } from '../src/core/conflict-button.ts';
import { topicLabel } from '../src/data/quote-topics.ts';
import type { DataView } from '../src/data/view.ts';

/** Rotation is per channel (DMs: per user) and per topic, so no quote repeats until all were shown. */
function rotationKey(req: CommandRequest, topic: string | undefined): string {
  return `quote:${req.channelId ?? `dm-${req.userId}`}:${topic ?? '*'}`;
}

async function pickQuote(
  candidates: readonly Quote[],
  key: string,
  ctx: HandlerContext,
): Promise<{ quote: Quote; position: number }> {
  const seen = new Set(await ctx.rotation.seen(key));
  let remaining = candidates.filter((q) => !seen.has(q.id));
  let shown = candidates.filter((q) => seen.has(q.id)).map((q) => q.id);
  if (remaining.length === 0) {
    remaining = [...candidates];
    shown = [];
  }
  const quote = remaining[Math.min(remaining.length - 1, Math.floor(ctx.random() * remaining.length))]!;
  shown.push(quote.id);
  await ctx.rotation.remember(key, shown);
  return { quote, position: shown.length };
}

function renderQuote(
  q: Quote,
  data: DataView,
  lang: Lang,
  position: number,
  total: number,
  topic: string | undefined,
): Reply {
  const msg = t(lang);
  const fields = [];
  // English readers need the meaning of a Dutch quote; Dutch readers read it as said.
  if (q.language === 'nl' && lang === 'en' && q.translation)
    fields.push({ name: msg.quoteTranslation, value: `*${q.translation}*` });
  fields.push({ name: msg.quoteOccasion, value: q.occasion[lang], inline: true });
  fields.push({ name: msg.quoteDate, value: formatDate(q.date, lang), inline: true });
  if (q.conflict) fields.push({ name: msg.conflict, value: conflictText(q.conflict, lang, '').trim() });
  fields.push(sourcesField(q.sources, lang));
  const customId = `quote:a:${topic ?? ''}`.slice(0, LIMITS.customId);
  return message(
    [
      {
        title: msg.quoteTitle,
        color: COLOURS.brand,
        description: `> ${q.text.replace(/\n/g, '\n> ')}`,
        fields,
        footer: {
          text: [
            msg.quoteCycle(position, total),
            ...q.topics.map((slug) => `#${topicLabel(data.dataset, slug, lang)}`),
          ].join(' · '),
        },
      },
    ],
    {
      rows: [q.id],
      components: withReportButton(
        withConflictButton(
          [
            {
              type: ComponentType.ActionRow,
              components: [
                {
                  type: ComponentType.Button,
                  style: ButtonStyle.Primary,
                  label: msg.quoteAnother,
                  custom_id: customId,
                  emoji: { name: '💬' },
                },
              ],
            },
          ],
          [q.id],
          data.dataset,
          lang,
        ),
        { row: q.id },
        lang,
      ),
    },
  );
}

async function answer(topicInput: string | undefined, req: CommandRequest, ctx: HandlerContext): Promise<Reply> {
  const lang = langOf(req.locale);
  const msg = t(lang);
  let topic: string | undefined;
  if (topicInput) {
    topic = resolveTopic(topicInput, ctx.data.quoteTopics, ctx.data.dataset.quoteTopics);
    if (!topic) {
      const names = ctx.data.quoteTopics.map((slug) => topicLabel(ctx.data.dataset, slug, lang));
      return userError(lang, msg.quoteNone(topicInput.slice(0, 100)), msg.quoteTopics(names.join(', ')));
    }
  }
  const candidates = topic ? (ctx.data.quotesByTopic.get(topic) ?? []) : ctx.data.dataset.quotes;
  const { quote, position } = await pickQuote(candidates, rotationKey(req, topic), ctx);
  return renderQuote(quote, ctx.data, lang, position, candidates.length, topic);
}

const definition = defineCommand({
  ...localized('quote'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('quote', 'topic'),
      autocomplete: true,
      max_length: 100,
    },
  ],
});

export const quote: CommandModule<typeof definition> = {
  cacheable: false,
  definition,
  run(req, ctx) {
    return answer(req.options.topic, req, ctx);
  },
  autocomplete(focused, req, ctx) {
    if (focused.name !== 'topic') return [];
    const lang = langOf(req.locale);
    const other = lang === 'nl' ? 'en' : 'nl';
    const choices = ctx.data.quoteTopics.map((topic) => ({
      value: topic,
      label: topicLabel(ctx.data.dataset, topic, lang),
      count: ctx.data.quotesByTopic.get(topic)?.length ?? 0,
      keywords: topicLabel(ctx.data.dataset, topic, other),
    }));
    choices.sort((a, b) => a.label.localeCompare(b.label, lang));
    return rankChoices(
      focused.value,
      choices.map((c) => ({ value: c.value, name: `${c.label} (${c.count})`, keywords: c.keywords })),
    );
  },
  component(state, req, ctx) {
    const [action, topic] = state;
    if (action !== 'a') return userError(langOf(req.locale), t(langOf(req.locale)).expiredButton);
    return answer(topic || undefined, req, ctx);
  },
};
