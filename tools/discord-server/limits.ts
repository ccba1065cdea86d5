/**
 * Discord's documented limits that its OpenAPI spec does not (fully) express: totals across
 * embeds, name rules for commands, row/button arithmetic, empty messages. Each check returns
 * human-readable problems; an empty list means the body would be accepted.
 */
import { isObject, type JsonObject } from './types.ts';

// Official naming rule for CHAT_INPUT commands and options (docs, "Application Command Naming").
const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const IS_COMPONENTS_V2 = 1 << 15;

const OptionType = { Subcommand: 1, SubcommandGroup: 2 } as const;
const TAKES_CHOICES = new Set([3, 4, 10]);

/** Discord counts characters, not UTF-16 units. */
function chars(value: unknown): number {
  return typeof value === 'string' ? Array.from(value).length : 0;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

class Problems {
  readonly items: string[] = [];
  max(where: string, value: unknown, limit: number): void {
    const n = chars(value);
    if (n > limit) this.items.push(`${where} is ${n} characters (max ${limit})`);
  }
  range(where: string, value: unknown, min: number, limit: number): void {
    if (typeof value !== 'string') {
      this.items.push(`${where} is missing (${min}-${limit} characters)`);
      return;
    }
    const n = chars(value);
    if (n < min || n > limit) this.items.push(`${where} is ${n} characters (${min}-${limit})`);
  }
  count(where: string, value: unknown, limit: number): void {
    const n = list(value).length;
    if (n > limit) this.items.push(`${where} has ${n} items (max ${limit})`);
  }
  add(message: string): void {
    this.items.push(message);
  }
}

interface MessageCheck {
  /** Creating a message (not editing one) must leave something to show. */
  create: boolean;
  /** Uploaded files in the same request; they count as content. */
  files: number;
}

function checkMessage(body: unknown, where: string, mode: MessageCheck): string[] {
  const p = new Problems();
  if (!isObject(body)) {
    if (mode.create) p.add(`${where || 'body'} is not a message object`);
    return p.items;
  }
  const at = (key: string) => (where ? `${where}.${key}` : key);
  p.max(at('content'), body.content, 2000);
  p.count(at('embeds'), body.embeds, 10);
  checkEmbeds(list(body.embeds), at('embeds'), p);
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  checkComponents(list(body.components), at('components'), (flags & IS_COMPONENTS_V2) !== 0, p);
  p.count(at('attachments'), body.attachments, 10);
  if (mode.files > 10) p.add(`${at('files')}: ${mode.files} files (max 10)`);
  if (mode.create) {
    const empty =
      chars(body.content) === 0 &&
      list(body.embeds).length === 0 &&
      list(body.components).length === 0 &&
      list(body.sticker_ids).length === 0 &&
      !isObject(body.poll) &&
      mode.files === 0;
    if (empty) p.add(`${where || 'message'} is empty (Discord: "Cannot send an empty message")`);
  }
  return p.items;
}

function checkEmbeds(embeds: unknown[], where: string, p: Problems): void {
  let total = 0;
  embeds.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(raw)) {
      p.add(`${at} is not an object`);
      return;
    }
    const author = isObject(raw.author) ? raw.author : {};
    const footer = isObject(raw.footer) ? raw.footer : {};
    p.max(`${at}.title`, raw.title, 256);
    p.max(`${at}.description`, raw.description, 4096);
    p.max(`${at}.author.name`, author.name, 256);
    p.max(`${at}.footer.text`, footer.text, 2048);
    p.count(`${at}.fields`, raw.fields, 25);
    total += chars(raw.title) + chars(raw.description) + chars(author.name) + chars(footer.text);
    list(raw.fields).forEach((field, j) => {
      const fat = `${at}.fields[${j}]`;
      if (!isObject(field)) {
        p.add(`${fat} is not an object`);
        return;
      }
      p.range(`${fat}.name`, field.name, 1, 256);
      p.range(`${fat}.value`, field.value, 1, 1024);
      total += chars(field.name) + chars(field.value);
    });
  });
  if (total > 6000) p.add(`${where}: ${total} characters across all embeds (max 6000)`);
}

function checkComponents(components: unknown[], where: string, v2: boolean, p: Problems): void {
  const ids = new Set<string>();
  const customId = (at: string, c: JsonObject) => {
    p.range(`${at}.custom_id`, c.custom_id, 1, 100);
    if (typeof c.custom_id === 'string') {
      if (ids.has(c.custom_id)) p.add(`${at}.custom_id "${c.custom_id}" is used twice in one message`);
      ids.add(c.custom_id);
    }
  };
  if (v2) {
    // Components v2 layouts are validated structurally by the OpenAPI spec; only the cap is extra.
    let total = 0;
    const walk = (items: unknown[]) => {
      for (const c of items) {
        total++;
        if (isObject(c)) walk([...list(c.components), ...(isObject(c.accessory) ? [c.accessory] : [])]);
      }
    };
    walk(components);
    if (total > 40) p.add(`${where}: ${total} components (max 40 with IS_COMPONENTS_V2)`);
    return;
  }
  p.count(where, components, 5);
  components.forEach((row, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(row) || row.type !== 1) {
      p.add(`${at} must be an action row (type 1) without IS_COMPONENTS_V2`);
      return;
    }
    const children = list(row.components);
    if (children.length === 0) p.add(`${at} is an empty action row`);
    const selects = children.filter((c) => isObject(c) && typeof c.type === 'number' && c.type >= 3 && c.type !== 4);
    if (selects.length > 0 && children.length > 1) p.add(`${at}: a select menu must be alone in its row`);
    if (children.length > 5) p.add(`${at} has ${children.length} buttons (max 5)`);
    children.forEach((c, j) => {
      const cat = `${at}.components[${j}]`;
      if (!isObject(c)) {
        p.add(`${cat} is not an object`);
        return;
      }
      if (c.type === 2) checkButton(c, cat, p, customId);
      else if (typeof c.type === 'number' && c.type >= 3) checkSelect(c, cat, p, customId);
    });
  });
}

function checkButton(c: JsonObject, at: string, p: Problems, customId: (at: string, c: JsonObject) => void): void {
  p.max(`${at}.label`, c.label, 80);
  if (c.style === 5) {
    if (typeof c.url !== 'string') p.add(`${at}: link button needs a url`);
    if ('custom_id' in c) p.add(`${at}: link button must not have a custom_id`);
  } else if (c.style === 6) {
    if (typeof c.sku_id !== 'string') p.add(`${at}: premium button needs a sku_id`);
  } else {
    customId(at, c);
    if ('url' in c) p.add(`${at}: only link buttons may have a url`);
  }
  if (c.style !== 6 && chars(c.label) === 0 && !isObject(c.emoji)) p.add(`${at}: button needs a label or an emoji`);
}

function checkSelect(c: JsonObject, at: string, p: Problems, customId: (at: string, c: JsonObject) => void): void {
  customId(at, c);
  p.max(`${at}.placeholder`, c.placeholder, 150);
  const options = list(c.options);
  if (c.type === 3) {
    if (options.length < 1 || options.length > 25) p.add(`${at}.options has ${options.length} items (1-25)`);
    options.forEach((o, k) => {
      const oat = `${at}.options[${k}]`;
      if (!isObject(o)) {
        p.add(`${oat} is not an object`);
        return;
      }
      p.range(`${oat}.label`, o.label, 1, 100);
      p.range(`${oat}.value`, o.value, 1, 100);
      p.max(`${oat}.description`, o.description, 100);
    });
  }
  const min = typeof c.min_values === 'number' ? c.min_values : 1;
  const max = typeof c.max_values === 'number' ? c.max_values : 1;
  if (min < 0 || min > 25) p.add(`${at}.min_values is ${min} (0-25)`);
  if (max < 1 || max > 25) p.add(`${at}.max_values is ${max} (1-25)`);
  if (c.type === 3 && max > options.length) p.add(`${at}.max_values ${max} exceeds the ${options.length} options`);
}

function checkAutocomplete(data: unknown, where: string): string[] {
  const p = new Problems();
  if (!isObject(data)) return [`${where} is not an object`];
  const choices = list(data.choices);
  p.count(`${where}.choices`, choices, 25);
  choices.forEach((c, i) => checkChoice(c, `${where}.choices[${i}]`, p));
  return p.items;
}

function checkChoice(c: unknown, at: string, p: Problems): void {
  if (!isObject(c)) {
    p.add(`${at} is not an object`);
    return;
  }
  p.range(`${at}.name`, c.name, 1, 100);
  if (typeof c.value === 'string') p.max(`${at}.value`, c.value, 100);
  else if (typeof c.value !== 'number') p.add(`${at}.value must be a string or a number`);
}

function checkModal(data: unknown, where: string): string[] {
  const p = new Problems();
  if (!isObject(data)) return [`${where} is not an object`];
  p.range(`${where}.title`, data.title, 1, 45);
  p.range(`${where}.custom_id`, data.custom_id, 1, 100);
  const rows = list(data.components);
  if (rows.length < 1 || rows.length > 5) p.add(`${where}.components has ${rows.length} items (1-5)`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const at = `${where}.components[${i}]`;
    if (!isObject(row)) {
      p.add(`${at} is not an object`);
      return;
    }
    if (row.type === 18) {
      p.range(`${at}.label`, row.label, 1, 45);
      if (row.description !== undefined) p.max(`${at}.description`, row.description, 100);
      if (!isObject(row.component)) {
        p.add(`${at}.component is missing`);
        return;
      }
      checkModalInput(row.component, `${at}.component`, p, ids);
    } else if (row.type === 1) {
      // Deprecated in modals, still accepted: one text input per row.
      const inputs = list(row.components);
      if (inputs.length !== 1) p.add(`${at}.components has ${inputs.length} items (1)`);
      inputs.forEach((c, j) => isObject(c) && checkModalInput(c, `${at}.components[${j}]`, p, ids));
    } else if (row.type !== 10) p.add(`${at}.type ${String(row.type)} is not allowed in a modal`);
  });
  return p.items;
}

function checkModalInput(c: Record<string, unknown>, at: string, p: Problems, ids: Set<string>): void {
  p.range(`${at}.custom_id`, c.custom_id, 1, 100);
  if (typeof c.custom_id === 'string') {
    if (ids.has(c.custom_id)) p.add(`${at}.custom_id "${c.custom_id}" is used twice in the modal`);
    ids.add(c.custom_id);
  }
  if (c.type === 4) {
    if (c.style !== 1 && c.style !== 2) p.add(`${at}.style must be 1 (short) or 2 (paragraph)`);
    if ('label' in c) p.add(`${at}.label belongs on the Label around a text input, not on it`);
    if (c.value !== undefined) p.max(`${at}.value`, c.value, 4000);
    if (c.placeholder !== undefined) p.max(`${at}.placeholder`, c.placeholder, 100);
    const max = typeof c.max_length === 'number' ? c.max_length : 4000;
    if (max < 1 || max > 4000) p.add(`${at}.max_length ${max} is outside 1-4000`);
    if (typeof c.value === 'string' && c.value.length > max) p.add(`${at}.value is longer than its max_length`);
  } else if (c.type === 3) {
    const options = list(c.options);
    if (options.length < 1 || options.length > 25) p.add(`${at}.options has ${options.length} items (1-25)`);
    options.forEach((o, j) => {
      if (!isObject(o)) return;
      p.range(`${at}.options[${j}].label`, o.label, 1, 100);
      p.range(`${at}.options[${j}].value`, o.value, 1, 100);
    });
  } else p.add(`${at}.type ${String(c.type)} is not supported by this fake in a modal`);
}

/** Limits per scope (global, or one guild) for a bulk overwrite. */
const COMMANDS_PER_TYPE: Record<number, number> = { 1: 100, 2: 5, 3: 5 };

function checkCommands(commands: unknown, where: string): string[] {
  if (!Array.isArray(commands)) return [`${where || 'body'} must be an array of commands`];
  const p = new Problems();
  const perType = new Map<number, number>();
  const names = new Set<string>();
  commands.forEach((cmd, i) => {
    const at = `${where}[${i}]`;
    p.items.push(...checkCommand(cmd, at));
    if (!isObject(cmd)) return;
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    perType.set(type, (perType.get(type) ?? 0) + 1);
    const key = `${type}:${String(cmd.name)}`;
    if (names.has(key)) p.add(`${at}.name "${String(cmd.name)}" is registered twice`);
    names.add(key);
  });
  for (const [type, n] of perType) {
    const limit = COMMANDS_PER_TYPE[type];
    if (limit !== undefined && n > limit) p.add(`${where || 'body'}: ${n} commands of type ${type} (max ${limit})`);
  }
  return p.items;
}

function checkCommand(cmd: unknown, where: string): string[] {
  const p = new Problems();
  const at = (key: string) => (where ? `${where}.${key}` : key);
  if (!isObject(cmd)) return [`${where || 'body'} is not an object`];
  const type = typeof cmd.type === 'number' ? cmd.type : 1;
  if (type === 1) {
    checkName(cmd.name, at('name'), p);
    for (const [locale, name] of Object.entries(isObject(cmd.name_localizations) ? cmd.name_localizations : {})) {
      checkName(name, at(`name_localizations.${locale}`), p);
    }
    p.range(at('description'), cmd.description, 1, 100);
    checkOptions(list(cmd.options), at('options'), 'command', p);
    const total = commandChars(cmd);
    if (total > 4000) p.add(`${where || 'command'}: ${total} characters in names, descriptions and choices (max 4000)`);
  } else {
    // Context-menu commands: mixed case and spaces allowed; description must be empty.
    p.range(at('name'), cmd.name, 1, 32);
    if (chars(cmd.description) > 0) p.add(`${at('description')} must be empty for command type ${type}`);
    if (list(cmd.options).length > 0) p.add(`${at('options')} are only allowed on chat-input commands`);
  }
  return p.items;
}

function checkName(name: unknown, where: string, p: Problems): void {
  if (typeof name !== 'string' || !COMMAND_NAME.test(name)) {
    p.add(`${where} "${String(name)}" does not match ${COMMAND_NAME.source}`);
  } else if (name !== name.toLowerCase()) {
    p.add(`${where} "${name}" must be lowercase`);
  }
}

type Level = 'command' | 'group' | 'subcommand';

function checkOptions(options: unknown[], where: string, level: Level, p: Problems): void {
  p.count(where, options, 25);
  const names = new Set<string>();
  let sawOptional = false;
  const nesting = options.filter(
    (o) => isObject(o) && (o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup),
  );
  if (nesting.length > 0 && nesting.length !== options.length)
    p.add(`${where}: subcommands cannot be mixed with other options`);
  options.forEach((raw, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(raw)) {
      p.add(`${at} is not an object`);
      return;
    }
    checkName(raw.name, `${at}.name`, p);
    p.range(`${at}.description`, raw.description, 1, 100);
    if (typeof raw.name === 'string') {
      if (names.has(raw.name)) p.add(`${at}.name "${raw.name}" is used twice`);
      names.add(raw.name);
    }
    if (raw.type === OptionType.SubcommandGroup) {
      if (level !== 'command') p.add(`${at}: subcommand groups only at the top level`);
      const subs = list(raw.options);
      if (subs.some((s) => !isObject(s) || s.type !== OptionType.Subcommand))
        p.add(`${at}: a group may only contain subcommands`);
      checkOptions(subs, `${at}.options`, 'group', p);
      return;
    }
    if (raw.type === OptionType.Subcommand) {
      if (level === 'subcommand') p.add(`${at}: subcommands cannot be nested in subcommands`);
      checkOptions(list(raw.options), `${at}.options`, 'subcommand', p);
      return;
    }
    if (raw.required === true && sawOptional) p.add(`${at}: required options must come before optional ones`);
    if (raw.required !== true) sawOptional = true;
    const choices = list(raw.choices);
    if (choices.length > 0) {
      if (typeof raw.type !== 'number' || !TAKES_CHOICES.has(raw.type)) {
        p.add(`${at}: only string, integer and number options take choices`);
      }
      if (raw.autocomplete === true) p.add(`${at}: autocomplete cannot be combined with choices`);
    }
    p.count(`${at}.choices`, choices, 25);
    choices.forEach((c, k) => checkChoice(c, `${at}.choices[${k}]`, p));
    for (const key of ['min_length', 'max_length'] as const) {
      const n = raw[key];
      if (typeof n === 'number' && (n < 0 || n > 6000)) p.add(`${at}.${key} is ${n} (0-6000)`);
    }
  });
}

function commandChars(node: JsonObject): number {
  let total = chars(node.name) + chars(node.description);
  for (const c of list(node.choices))
    if (isObject(c)) total += chars(c.name) + chars(typeof c.value === 'string' ? c.value : '');
  for (const o of list(node.options)) if (isObject(o)) total += commandChars(o);
  return total;
}

/**
 * Picks the checks for a route. `specPath` is the OpenAPI path template, which names the
 * route independent of ids.
 */
export function checkLimits(specPath: string, method: string, body: unknown, files: number): string[] {
  const key = `${method} ${specPath}`;
  switch (key) {
    case 'POST /interactions/{interaction_id}/{interaction_token}/callback': {
      if (!isObject(body)) return ['callback body is not an object'];
      switch (body.type) {
        case 4:
          return checkMessage(body.data, 'data', { create: true, files });
        case 7:
          return checkMessage(body.data, 'data', { create: false, files });
        case 8:
          return checkAutocomplete(body.data, 'data');
        case 9:
          return checkModal(body.data, 'data');
        default:
          return [];
      }
    }
    case 'POST /webhooks/{webhook_id}/{webhook_token}':
    case 'POST /channels/{channel_id}/messages':
      return checkMessage(body, '', { create: true, files });
    case 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original':
    case 'PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}':
      return checkMessage(body, '', { create: false, files });
    case 'PUT /applications/{application_id}/commands':
    case 'PUT /applications/{application_id}/guilds/{guild_id}/commands':
      return checkCommands(body, '');
    case 'POST /applications/{application_id}/commands':
    case 'POST /applications/{application_id}/guilds/{guild_id}/commands':
      return checkCommand(body, '');
    default:
      return [];
  }
}
