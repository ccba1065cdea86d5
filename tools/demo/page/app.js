// The demo page: a Discord channel view of the real bot on the local Discord server.
import { el, text } from './markdown.js';
import { renderMessage, renderModalFields } from './render.js';

const SUB = 1;
const GROUP = 2;
const INTEGER = 4;
const BOOLEAN = 5;
const NUMBER = 10;

const $ = (id) => document.getElementById(id);
const view = { channelId: '', locale: 'en-US', moderator: false };
const messages = new Map();
const unread = new Map();
let server = { bot: { id: '', username: 'bot' }, channels: [], commands: [] };
let suggestions = [];
let active = -1;
let autocompleteSeq = 0;
let autocompleteTimer = null;

// --- Server calls ------------------------------------------------------------------------

async function post(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...view, ...body }),
  });
  const answer = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(answer.error ?? `HTTP ${res.status}`);
  return answer;
}

// --- Command names as the user's language shows them -----------------------------------

const localName = (item) => (view.locale === 'nl' && item.name_localizations?.nl) || item.name;
const localDescription = (item) =>
  (view.locale === 'nl' && item.description_localizations?.nl) || item.description || '';
const matches = (item, typed) => {
  const t = typed.toLowerCase();
  return item.name.startsWith(t) || (item.name_localizations?.nl ?? '').startsWith(t);
};
const findNamed = (list, typed) => list.find((i) => i.name === typed || i.name_localizations?.nl === typed);

/**
 * Reads the composer as Discord reads its pills: the command, its subcommands, then `name:value`
 * pairs (a value runs up to the next known option name). Also says what the cursor is in.
 */
function parse(input) {
  if (!input.startsWith('/')) return null;
  let rest = input.slice(1);
  const head = /^(\S*)(\s?)/.exec(rest);
  const typedName = head[1];
  if (!head[2]) return { stage: 'command', partial: typedName, prefix: '/' };
  const command = findNamed(server.commands, typedName);
  if (!command)
    return { error: `/${typedName} is not a command of this bot`, stage: 'command', partial: typedName, prefix: '/' };
  let prefix = `/${typedName} `;
  rest = rest.slice(head[0].length);
  const path = [command.name];
  let defs = command.options ?? [];
  while (defs.some((d) => d.type === SUB || d.type === GROUP)) {
    const m = /^(\S*)(\s?)/.exec(rest);
    if (!m[2]) return { stage: 'sub', partial: m[1], prefix, defs, command, path };
    const sub = findNamed(defs, m[1]);
    if (!sub)
      return {
        error: `/${path.join(' ')} has no subcommand ${m[1]}`,
        stage: 'sub',
        partial: m[1],
        prefix,
        defs,
        command,
        path,
      };
    path.push(sub.name);
    prefix += `${m[1]} `;
    rest = rest.slice(m[0].length);
    defs = sub.options ?? [];
  }
  // Option names as typed (either language) at the start or after a space, followed by a colon.
  const names = defs.flatMap((d) => [d.name, d.name_localizations?.nl].filter(Boolean));
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const re = names.length > 0 ? new RegExp(`(^|\\s)(${escaped.join('|')}):`, 'g') : null;
  const found = [];
  for (const m of re ? rest.matchAll(re) : [])
    found.push({ typed: m[2], start: m.index + m[1].length, valueStart: m.index + m[0].length });
  const options = {};
  found.forEach((f, i) => {
    const end = i + 1 < found.length ? found[i + 1].start : rest.length;
    const def = findNamed(defs, f.typed);
    options[def.name] = rest.slice(f.valueStart, end).trim();
  });
  const base = { command, path, defs, options, prefix };
  const last = found.at(-1);
  const before = last ? rest.slice(0, last.start) : rest;
  const tail = last ? rest.slice(last.valueStart) : '';
  if (last) {
    const def = findNamed(defs, last.typed);
    const freeText = !def.autocomplete && !def.choices && def.type !== BOOLEAN;
    const word = /(?:^|\s)(\S*)$/.exec(tail)[1];
    const startsOption = /\s/.test(tail) && defs.some((d) => !(d.name in options) && d.name.startsWith(word));
    if (!/\s/.test(tail) || (freeText && !startsOption && word !== '')) {
      return {
        ...base,
        stage: 'value',
        def,
        partial: tail.trim(),
        valuePrefix: prefix + rest.slice(0, last.valueStart),
      };
    }
    return { ...base, stage: 'option', partial: word, optionPrefix: prefix + rest.slice(0, rest.length - word.length) };
  }
  const word = /(?:^|\s)(\S*)$/.exec(before)[1];
  return { ...base, stage: 'option', partial: word, optionPrefix: prefix + rest.slice(0, rest.length - word.length) };
}

// --- Suggestions -------------------------------------------------------------------------

function typeName(d) {
  return { 3: 'text', 4: 'whole number', 5: 'true/false', 10: 'number' }[d.type] ?? 'value';
}

function showSuggestions(items, title) {
  suggestions = items;
  active = -1;
  const list = $('suggestions');
  list.replaceChildren();
  if (items.length === 0) {
    list.hidden = true;
    $('composer').setAttribute('aria-expanded', 'false');
    $('composer').removeAttribute('aria-activedescendant');
    return;
  }
  if (title) list.append(el('li', { class: 'suggestions-title', role: 'presentation' }, [text(title)]));
  items.forEach((item, i) => {
    const li = el('li', { id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion' }, [
      el('span', { class: 'suggestion-label' }, [text(item.label)]),
      ...(item.description ? [el('span', { class: 'suggestion-description' }, [text(item.description)])] : []),
    ]);
    li.addEventListener('mousedown', (event) => {
      event.preventDefault();
      pick(i);
    });
    list.append(li);
  });
  list.hidden = false;
  $('composer').setAttribute('aria-expanded', 'true');
}

function setActive(i) {
  active = i;
  suggestions.forEach((_, j) => $(`suggestion-${j}`)?.setAttribute('aria-selected', String(j === i)));
  if (i >= 0) {
    $('composer').setAttribute('aria-activedescendant', `suggestion-${i}`);
    $(`suggestion-${i}`)?.scrollIntoView({ block: 'nearest' });
  } else $('composer').removeAttribute('aria-activedescendant');
}

function pick(i) {
  const item = suggestions[i];
  if (!item) return;
  const input = $('composer');
  input.value = item.insert;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  update();
}

function update() {
  $('composer-error').textContent = '';
  const parsed = parse($('composer').value);
  clearTimeout(autocompleteTimer);
  autocompleteSeq += 1;
  if (!parsed) return showSuggestions([]);
  if (parsed.stage === 'command') {
    // As in Discord, commands that need a permission the member lacks are not offered.
    const allowed = (c) => !c.default_member_permissions || view.moderator;
    const list = server.commands.filter((c) => allowed(c) && matches(c, parsed.partial));
    return showSuggestions(
      list.map((c) => ({ label: `/${localName(c)}`, description: localDescription(c), insert: `/${localName(c)} ` })),
      list.length ? 'Commands' : '',
    );
  }
  if (parsed.stage === 'sub') {
    const list = parsed.defs.filter((d) => matches(d, parsed.partial));
    return showSuggestions(
      list.map((d) => ({
        label: localName(d),
        description: localDescription(d),
        insert: `${parsed.prefix}${localName(d)} `,
      })),
      `/${parsed.path.join(' ')}`,
    );
  }
  if (parsed.stage === 'option') {
    const list = parsed.defs.filter((d) => !(d.name in parsed.options) && matches(d, parsed.partial));
    return showSuggestions(
      list.map((d) => ({
        label: `${localName(d)}${d.required ? '*' : ''}`,
        description: `${localDescription(d)} (${typeName(d)}${d.required ? ', required' : ''})`,
        insert: `${parsed.optionPrefix}${localName(d)}:`,
      })),
      list.length ? 'Options' : '',
    );
  }
  const def = parsed.def;
  const valueItem = (name, value) => ({
    label: name,
    description: name === String(value) ? '' : String(value),
    insert: `${parsed.valuePrefix}${value} `,
  });
  if (def.choices) {
    const t = parsed.partial.toLowerCase();
    const list = def.choices.filter(
      (c) => localName(c).toLowerCase().includes(t) || String(c.value).toLowerCase().includes(t),
    );
    return showSuggestions(
      list.map((c) => valueItem(localName(c), c.value)),
      localName(def),
    );
  }
  if (def.type === BOOLEAN)
    return showSuggestions([valueItem('true', 'true'), valueItem('false', 'false')], localName(def));
  if (def.autocomplete) {
    const seq = autocompleteSeq;
    showSuggestions([]);
    autocompleteTimer = setTimeout(async () => {
      try {
        const { choices } = await post('/api/autocomplete', {
          path: parsed.path.join(' '),
          options: parsed.options,
          focused: def.name,
        });
        if (seq !== autocompleteSeq) return;
        showSuggestions(
          choices.map((c) => valueItem(c.name, c.value)),
          choices.length ? `${localName(def)} — from the bot` : '',
        );
      } catch (error) {
        if (seq === autocompleteSeq) $('composer-error').textContent = error.message;
      }
    }, 150);
    return;
  }
  return showSuggestions([], '');
}

async function send() {
  const input = $('composer');
  const value = input.value.trim();
  if (value === '') return;
  const parsed = parse(value + ' ');
  if (!parsed) {
    $('composer-error').textContent = 'The bot only answers slash commands: start with /';
    return;
  }
  if (parsed.error || !parsed.command) {
    $('composer-error').textContent = parsed.error ?? 'Pick a command first';
    return;
  }
  if (parsed.stage === 'sub') {
    $('composer-error').textContent = `/${parsed.path.join(' ')} needs a subcommand`;
    return;
  }
  const missing = parsed.defs.filter((d) => d.required && !parsed.options[d.name]);
  if (missing.length > 0) {
    $('composer-error').textContent = `Missing required option: ${missing.map(localName).join(', ')}`;
    return;
  }
  for (const d of parsed.defs) {
    const v = parsed.options[d.name];
    if (v === undefined) continue;
    if ((d.type === INTEGER || d.type === NUMBER) && !Number.isFinite(Number(v))) {
      $('composer-error').textContent = `${localName(d)} must be a number`;
      return;
    }
  }
  try {
    showSuggestions([]);
    await post('/api/command', { path: parsed.path.join(' '), options: parsed.options, text: value });
    input.value = '';
  } catch (error) {
    $('composer-error').textContent = error.message;
  }
}

// --- Messages ----------------------------------------------------------------------------

const actionsFor = (entry) => ({
  press: (customId, values) =>
    post('/api/component', { messageId: entry.id, customId, values }).catch((error) => notice(error.message, 'error')),
  dismiss: () => {
    messages.delete(entry.id);
    document.querySelector(`[data-message-id="${CSS.escape(entry.id)}"]`)?.remove();
  },
});

function draw(entry) {
  return renderMessage(entry, { bot: server.bot, locale: view.locale, actions: actionsFor(entry) });
}

function place(entry) {
  const list = $('messages');
  const existing = list.querySelector(`[data-message-id="${CSS.escape(entry.id)}"]`);
  if (entry.channelId !== view.channelId) {
    if (!existing) {
      unread.set(entry.channelId, (unread.get(entry.channelId) ?? 0) + 1);
      drawChannels();
    }
    return;
  }
  const node = draw(entry);
  if (existing) existing.replaceWith(node);
  else {
    $('channel-empty').textContent = '';
    const later = [...list.children].find((li) => (messages.get(li.dataset.messageId)?.order ?? 0) > entry.order);
    list.insertBefore(node, later ?? null);
    list.scrollTop = list.scrollHeight;
  }
}

function drawMessages() {
  const list = $('messages');
  list.replaceChildren(
    ...[...messages.values()]
      .filter((m) => m.channelId === view.channelId)
      .sort((a, b) => a.order - b.order)
      .map(draw),
  );
  list.scrollTop = list.scrollHeight;
}

function drawChannels() {
  const list = $('channels');
  list.replaceChildren(
    ...server.channels.map((c) => {
      const count = unread.get(c.id) ?? 0;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'channel',
          'aria-current': c.id === view.channelId ? 'page' : undefined,
          'data-channel': c.name,
        },
        [
          text(`# ${c.name}`),
          ...(count > 0
            ? [
                el('span', { class: 'unread' }, [text(String(count))]),
                el('span', { class: 'visually-hidden' }, [text(' new messages')]),
              ]
            : []),
        ],
      );
      button.addEventListener('click', () => switchChannel(c.id));
      return el('li', {}, [button]);
    }),
  );
}

function switchChannel(id) {
  view.channelId = id;
  unread.delete(id);
  const name = server.channels.find((c) => c.id === id)?.name ?? '';
  $('channel-title').textContent = `# ${name}`;
  $('composer-label').textContent = `Message #${name}`;
  $('composer').placeholder = `Message #${name} — type / for commands`;
  drawChannels();
  drawMessages();
}

function notice(message, level = 'info') {
  const node = $('notice');
  node.textContent = message;
  node.className = `notice ${level}`;
}

// --- Requests panel ----------------------------------------------------------------------

const requestNodes = new Map();
let requestCount = 0;
let problemCount = 0;

function drawRequest(r) {
  const ok = r.problems.length === 0;
  const summary = el('summary', {}, [
    el('span', { class: `method ${r.method.toLowerCase()}` }, [text(r.method)]),
    text(' '),
    el('code', { class: 'path' }, [text(r.route ?? r.path)]),
    text(' '),
    ...(r.label ? [el('span', { class: 'label' }, [text(r.label)]), text(' ')] : []),
    el('span', { class: r.status >= 400 ? 'status bad' : 'status' }, [text(r.status === 0 ? '…' : String(r.status))]),
    text(' '),
    el('span', { class: ok ? 'check ok' : 'check bad' }, [
      text(ok ? '✓ limits, OpenAPI' : `✗ ${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`),
    ]),
  ]);
  const details = el('details', {}, [
    summary,
    el('p', { class: 'full-path' }, [text(`${r.method} ${r.path}`)]),
    ...(r.problems.length
      ? [
          el(
            'ul',
            { class: 'problems' },
            r.problems.map((p) => el('li', {}, [text(p)])),
          ),
        ]
      : []),
    ...(r.files.length
      ? [el('p', {}, [text(`Files: ${r.files.map((f) => `${f.name} (${f.size} bytes)`).join(', ')}`)])]
      : []),
    ...(r.body ? [el('pre', { class: 'body' }, [text(r.body)])] : []),
  ]);
  const li = el('li', { class: ok ? 'request' : 'request has-problems', 'data-seq': String(r.seq) }, [details]);
  const old = requestNodes.get(r.seq);
  if (old) {
    if (old.querySelector('details')?.open) details.open = true;
    old.replaceWith(li);
  } else {
    $('requests').prepend(li);
    requestCount += 1;
  }
  requestNodes.set(r.seq, li);
  problemCount = [...requestNodes.values()].filter((n) => n.classList.contains('has-problems')).length;
  $('requests-summary').textContent =
    `${requestCount} requests · ${problemCount === 0 ? 'all within Discord’s limits and OpenAPI spec' : `${problemCount} with problems`}`;
}

// --- Modals ------------------------------------------------------------------------------

function openModal(modal) {
  const dialog = $('modal');
  const { fields, read } = renderModalFields(modal.data);
  $('modal-title').textContent = modal.data?.title ?? '';
  $('modal-fields').replaceChildren(...fields);
  $('modal-error').textContent = '';
  $('modal-form').onsubmit = async (event) => {
    event.preventDefault();
    try {
      await post('/api/modal', { openedBy: modal.interactionId, values: read() });
      dialog.close();
    } catch (error) {
      $('modal-error').textContent = error.message;
    }
  };
  $('modal-cancel').onclick = () => dialog.close();
  dialog.showModal();
}

// --- Start -------------------------------------------------------------------------------

async function start() {
  server = await (await fetch('/api/state')).json();
  $('guild-name').textContent = server.guild;
  $('data-file').textContent = server.dataFile;
  for (const m of server.messages) messages.set(m.id, m);
  view.channelId = server.channels[0].id;
  switchChannel(view.channelId);
  for (const r of server.requests) drawRequest(r);
  for (const p of server.problems) $('problems').append(el('li', {}, [text(p)]));

  const events = new EventSource('/api/events');
  events.addEventListener('message', (e) => {
    const entry = JSON.parse(e.data);
    messages.set(entry.id, entry);
    place(entry);
  });
  events.addEventListener('delete', (e) => {
    const { id } = JSON.parse(e.data);
    messages.delete(id);
    document.querySelector(`[data-message-id="${CSS.escape(id)}"]`)?.remove();
  });
  events.addEventListener('requests', (e) => JSON.parse(e.data).forEach(drawRequest));
  events.addEventListener('problem', (e) => $('problems').append(el('li', {}, [text(JSON.parse(e.data).text)])));
  events.addEventListener('modal', (e) => openModal(JSON.parse(e.data)));
  events.addEventListener('notice', (e) => {
    const n = JSON.parse(e.data);
    notice(n.text, n.level);
  });

  $('locale').addEventListener('change', () => {
    view.locale = $('locale').value;
    drawMessages();
    update();
  });
  $('moderator').addEventListener('change', () => (view.moderator = $('moderator').checked));
  const input = $('composer');
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    const open = suggestions.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === 'Tab' && open && !event.shiftKey) {
      event.preventDefault();
      pick(active >= 0 ? active : 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && active >= 0) pick(active);
      else void send();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      showSuggestions([]);
    }
  });
  $('composer-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void send();
  });
  input.focus();
  document.body.dataset.ready = 'true';
}

start().catch((error) => notice(`The demo could not load: ${error.message}`, 'error'));
