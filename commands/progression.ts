/**
 * `/progression`: a chart of her times over one distance, her personal-best steps drawn over it as
 * a dashed line, with the sources of the fastest race first.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import {
  bestPoint,
  DISTANCES,
  isDistance,
  personalBestLine,
  progressionPoints,
} from '../src/charts/progression-data.ts';
import { renderProgressionChart } from '../src/charts/render.ts';
import { COLOURS, message, userError } from '../src/core/reply.ts';
import { sourcesField } from '../src/core/sources.ts';
import { defineCommand } from '../src/core/command-options.ts';
import { localized } from '../src/core/command-text.ts';
import type { CommandModule, Reply } from '../src/core/types.ts';
import { formatDate, formatResult } from '../src/i18n/format.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const progressionFileName = (distance: string) => `progression-${distance}.png`;

const definition = defineCommand({
  ...localized('progression'),
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized('progression', 'distance'),
      required: true,
      choices: DISTANCES.map((d) => ({
        name: t('en').event[d],
        name_localizations: { nl: t('nl').event[d] },
        value: d,
      })),
    },
  ],
});

export const progression: CommandModule<typeof definition> = {
  cacheable: true,
  definition,
  drawsChart: () => true,
  async run(req, ctx): Promise<Reply> {
    const lang = langOf(req.locale);
    const messages = t(lang);
    const distance = req.options.distance;
    // The responder validates choices already; this guards direct callers (tests, future code paths).
    if (!isDistance(distance)) {
      return userError(lang, messages.badOptionChoice('distance', DISTANCES.join(', ')));
    }
    const name = messages.event[distance];
    const points = progressionPoints(ctx.data.dataset, distance, lang);
    const best = bestPoint(points);
    if (!best) {
      return message(
        [
          {
            title: messages.progressionTitle(name),
            description: `${messages.progressionNone(name)}\n\n${messages.progressionNoneHint}`,
            color: COLOURS.info,
          },
        ],
        {
          ephemeral: true,
        },
      );
    }
    const file = progressionFileName(distance);
    // The dashed line is her recorded personal-best progression, step by step.
    const pbLine = personalBestLine(ctx.data.personalBests.get(distance));
    const png = await renderProgressionChart(points, lang, messages.progressionTitle(name), undefined, pbLine);
    const steps = pbLine.steps.length + pbLine.undated;
    const reply = message([
      {
        title: messages.progressionTitle(name),
        color: COLOURS.brand,
        description: [
          messages.progressionSummary(
            points.length,
            formatResult(best.resultText, lang),
            `${best.label}, ${formatDate(best.sourceDate, lang)}`,
          ),
          steps > 0
            ? messages.progressionSteps(
                pbLine.steps.length,
                pbLine.undated,
                lang === 'nl' ? `/records afstand:${distance}` : `/records distance:${distance}`,
              )
            : undefined,
        ]
          .filter(Boolean)
          .join('\n'),
        // The fastest race's sources first: the field is trimmed to fit, and that claim is the one in the text.
        fields: [sourcesField([...best.sources, ...points.flatMap((p) => p.sources)], lang)],
        image: { url: `attachment://${file}` },
        footer: { text: messages.dataAsOf(formatDate(ctx.data.dataset.meta.coverageUntil, lang)) },
      },
    ]);
    return { ...reply, files: [{ name: file, data: png, contentType: 'image/png' }] };
  },
};
