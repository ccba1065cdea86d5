/**
 * Checks a request's options against its command's definition before any handler runs, so a forged
 * or stale value gets a polite message, and writes options in a stable form for cache keys.
 */
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';
import type { CommandDefinition, CommandRequest, OptionValue } from './types.ts';

type ValidatedOptions = Record<string, OptionValue>;
export type OptionCheck = { ok: true; options: ValidatedOptions } | { ok: false; message: string };

const MAX_STRING = 6000;

/** The option list that applies: the subcommand's when there is one. */
export function optionSpecs(
  def: CommandDefinition,
  subcommand: string | undefined,
): NonNullable<CommandDefinition['options']> | undefined {
  const top = def.options ?? [];
  if (!subcommand) return top;
  const sub = top.find((o) => o.type === ApplicationCommandOptionType.Subcommand && o.name === subcommand);
  if (!sub) return undefined;
  return 'options' in sub ? (sub.options ?? []) : [];
}

/**
 * Discord validates options client-side, but a handler must not trust that:
 * malformed, unknown or out-of-range values get a polite message instead of a crash.
 */
export function validateOptions(def: CommandDefinition, req: CommandRequest, lang: Lang): OptionCheck {
  const text = t(lang);
  const hasSubcommands = (def.options ?? []).some((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (hasSubcommands && !req.subcommand) return { ok: false, message: text.unknownOption('(subcommand)', def.name) };
  const specs = optionSpecs(def, req.subcommand);
  if (!specs) return { ok: false, message: text.unknownOption(String(req.subcommand), def.name) };
  const out: ValidatedOptions = {};
  for (const [name, raw] of Object.entries(req.options)) {
    const spec = specs.find((s) => s.name === name);
    if (!spec) return { ok: false, message: text.unknownOption(name.slice(0, 40), def.name) };
    switch (spec.type) {
      case ApplicationCommandOptionType.String: {
        if (typeof raw !== 'string') return { ok: false, message: text.badOptionType(name, text.typeString) };
        const value = raw.trim();
        const max = spec.max_length ?? MAX_STRING;
        if (value.length > max) return { ok: false, message: text.badOptionLength(name, max) };
        if (spec.choices && !spec.choices.some((c) => c.value === value)) {
          return { ok: false, message: text.badOptionChoice(name, spec.choices.map((c) => c.value).join(', ')) };
        }
        if (value !== '') out[name] = value;
        break;
      }
      case ApplicationCommandOptionType.Integer:
      case ApplicationCommandOptionType.Number: {
        const value = typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
        const integer = spec.type === ApplicationCommandOptionType.Integer;
        if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
          return { ok: false, message: text.badOptionType(name, text.typeNumber) };
        }
        const min = spec.min_value ?? Number.MIN_SAFE_INTEGER;
        const max = spec.max_value ?? Number.MAX_SAFE_INTEGER;
        if (value < min || value > max)
          return { ok: false, message: text.badOptionRange(name, String(min), String(max)) };
        out[name] = value;
        break;
      }
      case ApplicationCommandOptionType.Boolean: {
        if (typeof raw !== 'boolean') return { ok: false, message: text.badOptionType(name, text.typeBoolean) };
        out[name] = raw;
        break;
      }
      default:
        return { ok: false, message: text.unknownOption(name, def.name) };
    }
  }
  for (const spec of specs) {
    if ('required' in spec && spec.required && !(spec.name in out)) {
      return {
        ok: false,
        message: text.badOptionType(
          spec.name,
          spec.type === ApplicationCommandOptionType.String ? text.typeString : text.typeNumber,
        ),
      };
    }
  }
  return { ok: true, options: out };
}

/** Stable text form of options for cache keys and button state: sorted, so order never matters. */
export function normalizeOptions(options: Readonly<Record<string, OptionValue>>): string {
  return Object.keys(options)
    .sort()
    .map((k) => `${k}=${encodeURIComponent(String(options[k]))}`)
    .join('&');
}
