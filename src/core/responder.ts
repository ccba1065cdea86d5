/**
 * The dispatcher the adapters and the CLI share: each command, button, form or autocomplete goes to
 * its module with checked options. It also keeps the reply cache, limits charts per member and
 * turns a handler's crash into a polite reply.
 */
import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import { LRUCache } from 'lru-cache';
import type { ReplyCache } from '../cache/reply-cache.ts';
import type { DataView } from '../data/view.ts';
import { langOf } from '../i18n/locale.ts';
import { t } from '../i18n/messages.ts';
import type { Logger } from '../log.ts';
import { slashName } from './command-names.ts';
import { LIMITS, truncate } from './limits.ts';
import { normalizeOptions, validateOptions } from './options.ts';
import { internalError, userError } from './reply.ts';
import type {
  CommandRequest,
  HandlerContext,
  ModalFields,
  ModerationContext,
  Registry,
  Reply,
  RotationStore,
} from './types.ts';

export interface ResponderDeps {
  registry: Registry;
  /** Read on every call so a live reload is picked up by the next interaction. */
  data: () => DataView;
  cache: ReplyCache;
  rotation: RotationStore;
  log: Logger;
  random?: () => number;
  moderation?: ModerationContext;
  /** Charts one member may have drawn per minute; cached charts are free. */
  chartsPerMinute?: number | undefined;
}

const DEFAULT_CHARTS_PER_MINUTE = 6;

/** Fixed one-minute windows per member, in an LRU so a flood of members cannot grow it. */
function chartLimiter(perMinute: number) {
  const windows = new LRUCache<string, { count: number; resetAt: number }>({ max: 50_000, ttl: 60_000 });
  return (userId: string): { ok: true } | { ok: false; retryAfterS: number } => {
    const now = Date.now();
    const window = windows.get(userId);
    if (!window || window.resetAt <= now) {
      windows.set(userId, { count: 1, resetAt: now + 60_000 });
      return { ok: true };
    }
    if (window.count >= perMinute) return { ok: false, retryAfterS: Math.ceil((window.resetAt - now) / 1000) };
    window.count += 1;
    return { ok: true };
  };
}

export interface Responder {
  command(req: CommandRequest): Promise<Reply>;
  component(customId: string, req: CommandRequest, values?: readonly string[]): Promise<Reply>;
  modal(customId: string, req: CommandRequest, fields: ModalFields): Promise<Reply>;
  autocomplete(req: CommandRequest, focused: { name: string; value: string }): APIApplicationCommandOptionChoice[];
}

export function commandCacheKey(version: string, req: CommandRequest, options: Record<string, unknown>): string {
  return [
    'reply',
    version,
    langOf(req.locale),
    req.command,
    req.subcommand ?? '',
    normalizeOptions(options as Record<string, string>),
  ].join(':');
}

export function createResponder(deps: ResponderDeps): Responder {
  const context = (data: DataView): HandlerContext => ({
    data,
    rotation: deps.rotation,
    random: deps.random ?? Math.random,
    moderation: deps.moderation,
    // Renders the view again (usually from the reply cache) to learn which rows it shows.
    rowsOf: async (customId, req) => (await responder.component(customId, req)).rows ?? [],
  });

  // Derived from the definition, so a Dutch user is told `/hulp`.
  const helpName = (lang: 'en' | 'nl') => {
    const help = deps.registry.get('help');
    return help ? slashName(help.definition, lang) : '/help';
  };

  const chartAllowed = chartLimiter(deps.chartsPerMinute ?? DEFAULT_CHARTS_PER_MINUTE);

  async function cached(
    key: string | undefined,
    compute: () => Reply | Promise<Reply>,
    chart?: { userId: string; lang: 'en' | 'nl' },
  ): Promise<Reply> {
    if (key) {
      const hit = await deps.cache.get(key);
      if (hit) return hit;
    }
    if (chart) {
      const allowed = chartAllowed(chart.userId);
      if (!allowed.ok) return userError(chart.lang, t(chart.lang).chartRateLimited(allowed.retryAfterS));
    }
    const reply = await compute();
    // Error replies are cheap and user-specific in tone; only cache real answers.
    if (key && reply.data.flags === undefined) void deps.cache.set(key, reply);
    return reply;
  }

  const responder: Responder = {
    async command(req) {
      const lang = langOf(req.locale);
      try {
        const module = deps.registry.get(req.command);
        if (!module) return userError(lang, t(lang).unknownCommand(truncate(req.command, 40), helpName(lang)));
        const check = validateOptions(module.definition, req, lang);
        if (!check.ok) return userError(lang, check.message);
        const normalized: CommandRequest = { ...req, options: check.options };
        const data = deps.data();
        // Keyed on the resolved values, so "o.lympics" and "Olympics" share one entry.
        const keyOptions = module.cacheOptions ? module.cacheOptions(check.options, data) : check.options;
        const key = module.cacheable && keyOptions ? commandCacheKey(data.version, normalized, keyOptions) : undefined;
        const chart = module.drawsChart?.({ options: check.options }) ? { userId: req.userId, lang } : undefined;
        return await cached(key, () => module.run(normalized, context(data)), chart);
      } catch (error) {
        deps.log.error({ err: error, command: req.command }, 'command handler failed');
        return internalError(lang);
      }
    },

    async component(customId, req, values) {
      const lang = langOf(req.locale);
      try {
        const [name, ...state] = customId.split(':');
        const module = name ? deps.registry.get(name) : undefined;
        if (!module?.component) return userError(lang, t(lang).expiredButton);
        const data = deps.data();
        const key = module.cacheable
          ? [
              'component',
              data.version,
              lang,
              truncate(customId, LIMITS.customId),
              (values ?? []).join(',').slice(0, 200),
            ].join(':')
          : undefined;
        const chart = module.drawsChart?.({ state }) ? { userId: req.userId, lang } : undefined;
        return await cached(
          key,
          () => module.component!(state, { ...req, command: name! }, context(data), values),
          chart,
        );
      } catch (error) {
        deps.log.error({ err: error, customId }, 'component handler failed');
        return internalError(lang);
      }
    },

    async modal(customId, req, fields) {
      const lang = langOf(req.locale);
      try {
        const [name, ...state] = customId.split(':');
        const module = name ? deps.registry.get(name) : undefined;
        if (!module?.modal) return userError(lang, t(lang).expiredButton);
        // A submitted form changes or reports something: never cached.
        return await module.modal(state, { ...req, command: name! }, context(deps.data()), fields);
      } catch (error) {
        deps.log.error({ err: error, customId }, 'modal handler failed');
        return internalError(lang);
      }
    },

    autocomplete(req, focused) {
      // Synchronous on purpose (no I/O: Discord gives autocomplete 3 s and users type fast).
      try {
        const module = deps.registry.get(req.command);
        if (!module?.autocomplete) return [];
        const choices = module.autocomplete(
          { name: focused.name, value: focused.value.slice(0, 100) },
          req,
          context(deps.data()),
        );
        return choices.slice(0, LIMITS.autocompleteChoices).map((c) => ({
          ...c,
          name: truncate(c.name, LIMITS.choiceName),
        }));
      } catch (error) {
        deps.log.error({ err: error, command: req.command }, 'autocomplete failed');
        return [];
      }
    },
  };
  return responder;
}
