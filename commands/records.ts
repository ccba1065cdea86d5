import { COLOURS, message } from '../src/core/reply.ts';
import { conflictText, inlineSources } from '../src/core/sources.ts';
import type { CommandModule } from '../src/core/types.ts';
import { formatDate, formatResult } from '../src/i18n/format.ts';
import { langOf } from '../src/i18n/locale.ts';
import { t } from '../src/i18n/messages.ts';

const EVENT_ORDER = ['500m', '1000m', '1500m', '3000m', 'team-sprint', 'team-pursuit', 'sprint-allround', 'allround'];

export const records: CommandModule = {
  cacheable: true,
  definition: {
    name: 'records',
    name_localizations: { nl: 'records' },
    description: "Jutta Leerdam's personal bests and records",
    description_localizations: { nl: 'Persoonlijke records en records van Jutta Leerdam' },
  },
  run(req, ctx) {
    const lang = langOf(req.locale);
    const m = t(lang);
    const d = ctx.data.dataset;
    const conflict = (row: { conflict?: Parameters<typeof conflictText>[0] }) => conflictText(row.conflict, lang);
    const pbs = [...d.personalBests]
      .sort((a, b) => EVENT_ORDER.indexOf(a.event) - EVENT_ORDER.indexOf(b.event))
      .map(
        (pb) =>
          `**${m.event[pb.event]}** · ${formatResult(pb.result, lang)} · ${pb.venue[lang]} · ${formatDate(pb.date, lang)} · ${inlineSources(pb.sources)}${conflict(pb)}`,
      );
    const recs = [...d.records]
      .sort((a, b) => (a.status === b.status ? (a.date < b.date ? 1 : -1) : a.status === 'current' ? -1 : 1))
      .map(
        (r) =>
          `**${m.recordKind[r.kind]}** (${m.recordStatus[r.status]}) · ${m.event[r.event]} · ${formatResult(r.result, lang)} · ${r.venue[lang]} · ${formatDate(r.date, lang)}\n  ${r.description[lang]} · ${inlineSources(r.sources)}${conflict(r)}`,
      );
    const packed = (lines: string[], max: number) => {
      const out: string[] = [];
      let n = 0;
      for (const l of lines) {
        if (n + l.length + 1 > max) break;
        out.push(l);
        n += l.length + 1;
      }
      return out.join('\n');
    };
    return message([
      {
        title: m.recordsTitle,
        color: COLOURS.brand,
        description: `__${m.personalBests}__\n${packed(pbs, 1500)}\n\n__${m.records}__\n${packed(recs, 2400)}`,
        footer: { text: m.dataAsOf(formatDate(d.meta.coverageUntil, lang)) },
      },
    ]);
  },
};
