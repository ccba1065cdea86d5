// Discord messages drawn as the Discord client draws them: author, content, embeds, attachments,
// components, the ephemeral and "thinking…" states. Text goes in as text nodes only (markdown.js).
import { el, inline, markdown, text } from './markdown.js';

const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;
const BUTTON_STYLES = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'danger', 5: 'link', 6: 'premium' };

const CHROME = {
  'en-US': {
    onlyYou: 'Only you can see this',
    dismiss: 'Dismiss message',
    thinking: 'is thinking…',
    used: 'used',
    edited: '(edited)',
    app: 'APP',
  },
  nl: {
    onlyYou: 'Alleen jij kunt dit zien',
    dismiss: 'Bericht negeren',
    thinking: 'denkt na…',
    used: 'gebruikte',
    edited: '(bewerkt)',
    app: 'APP',
  },
};

export const chrome = (locale) => CHROME[locale] ?? CHROME['en-US'];

const hex = (color) => `#${Number(color).toString(16).padStart(6, '0')}`;

/** `attachment://name` points at one of the message's own uploads; the demo serves their bytes. */
function imageUrl(url, message) {
  if (typeof url !== 'string') return null;
  if (url.startsWith('attachment://')) {
    const name = url.slice('attachment://'.length);
    const found = (message.attachments ?? []).find((a) => a.filename === name);
    return found ? `/attachments/${encodeURIComponent(found.id)}` : null;
  }
  return url.startsWith('/attachments/') ? url : null;
}

function image(url, message, alt, className) {
  const src = imageUrl(url, message);
  if (!src) return el('span', { class: 'image-missing' }, [text(`[image: ${alt || url}]`)]);
  return el('img', { class: className, src, alt: alt || '', loading: 'lazy' });
}

function safeLink(url, children) {
  return typeof url === 'string' && /^https?:\/\//i.test(url)
    ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, children)
    : el('span', {}, children);
}

function embed(e, message) {
  const box = el('article', { class: 'embed' });
  if (typeof e.color === 'number') box.style.borderLeftColor = hex(e.color);
  const body = el('div', { class: 'embed-body' });
  box.append(body);
  if (e.author?.name) {
    const author = el('div', { class: 'embed-author' });
    if (e.author.icon_url) author.append(image(e.author.icon_url, message, '', 'embed-author-icon'));
    author.append(safeLink(e.author.url, [text(e.author.name)]));
    body.append(author);
  }
  if (e.title) body.append(el('h3', { class: 'embed-title' }, [safeLink(e.url, inline(e.title))]));
  if (e.description) body.append(el('div', { class: 'embed-description' }, [markdown(e.description)]));
  if (Array.isArray(e.fields) && e.fields.length > 0) {
    const fields = el('div', { class: 'embed-fields' });
    for (const f of e.fields) {
      fields.append(
        el('div', { class: f.inline ? 'embed-field inline' : 'embed-field' }, [
          el('div', { class: 'embed-field-name' }, inline(f.name ?? '')),
          el('div', { class: 'embed-field-value' }, [markdown(f.value ?? '')]),
        ]),
      );
    }
    body.append(fields);
  }
  if (e.image?.url) body.append(image(e.image.url, message, e.title ? `Chart: ${e.title}` : 'image', 'embed-image'));
  if (e.thumbnail?.url) box.append(image(e.thumbnail.url, message, '', 'embed-thumbnail'));
  if (e.footer?.text || e.timestamp) {
    const footer = el('footer', { class: 'embed-footer' });
    if (e.footer?.icon_url) footer.append(image(e.footer.icon_url, message, '', 'embed-footer-icon'));
    const parts = [e.footer?.text, e.timestamp ? new Date(e.timestamp).toLocaleString() : null].filter(Boolean);
    footer.append(text(parts.join(' • ')));
    body.append(footer);
  }
  return box;
}

function button(c, actions) {
  const label = [c.emoji?.name, c.label].filter(Boolean).join(' ');
  const style = BUTTON_STYLES[c.style] ?? 'secondary';
  if (c.style === 5 && typeof c.url === 'string') {
    return el(
      'a',
      {
        class: `button ${style}`,
        href: /^https?:\/\//i.test(c.url) ? c.url : '#',
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      [text(`${label} ↗`)],
    );
  }
  const node = el('button', { type: 'button', class: `button ${style}`, disabled: c.disabled ? '' : undefined }, [
    text(label || '…'),
  ]);
  node.addEventListener('click', () => actions.press(c.custom_id, null));
  return node;
}

let selectCount = 0;
function select(c, actions) {
  const id = `select-${++selectCount}`;
  const multiple = (c.max_values ?? 1) > 1;
  const box = el('div', { class: 'select' });
  const label = el('label', { for: id, class: 'visually-hidden' }, [text(c.placeholder ?? 'Choose an option')]);
  const node = el('select', { id, disabled: c.disabled ? '' : undefined, multiple: multiple ? '' : undefined });
  if (!multiple)
    node.append(el('option', { value: '', disabled: '', selected: '' }, [text(c.placeholder ?? 'Make a selection')]));
  for (const o of c.options ?? []) {
    const labelText = [o.emoji?.name, o.label].filter(Boolean).join(' ');
    node.append(
      el('option', { value: o.value, selected: o.default ? '' : undefined, title: o.description }, [text(labelText)]),
    );
  }
  box.append(label, node);
  const chosen = () => [...node.selectedOptions].map((o) => o.value).filter((v) => v !== '');
  if (multiple) {
    const apply = el('button', { type: 'button', class: 'button secondary' }, [text('Apply')]);
    apply.addEventListener('click', () => actions.press(c.custom_id, chosen()));
    box.append(apply);
  } else node.addEventListener('change', () => actions.press(c.custom_id, chosen()));
  return box;
}

function components(list, message, actions) {
  const out = [];
  for (const c of list ?? []) {
    if (c.type === 1) out.push(el('div', { class: 'action-row' }, components(c.components, message, actions)));
    else if (c.type === 2) out.push(button(c, actions));
    else if (c.type >= 3 && c.type <= 8) out.push(select(c, actions));
    else if (c.type === 10) out.push(markdown(c.content ?? ''));
    else if (c.type === 9) {
      out.push(
        el('div', { class: 'section' }, [
          el('div', {}, components(c.components, message, actions)),
          ...(c.accessory ? components([c.accessory], message, actions) : []),
        ]),
      );
    } else if (c.type === 14) out.push(el('hr', { class: 'separator' }));
    else if (c.type === 12)
      out.push(
        el(
          'div',
          { class: 'gallery' },
          (c.items ?? []).map((item) => image(item.media?.url, message, item.description ?? '', 'embed-image')),
        ),
      );
    else if (c.type === 17) {
      const box = el('div', { class: 'container' }, components(c.components, message, actions));
      if (typeof c.accent_color === 'number') box.style.borderLeftColor = hex(c.accent_color);
      out.push(box);
    }
  }
  return out;
}

/**
 * One message. `actions.press(customId, values)` sends a component interaction from it;
 * `actions.dismiss()` hides an ephemeral one, as Discord's "Dismiss message" does.
 */
export function renderMessage(entry, { bot, locale, actions }) {
  const m = entry.message;
  const words = chrome(locale);
  const flags = m.flags ?? 0;
  const li = el('li', { class: flags & EPHEMERAL ? 'message ephemeral' : 'message', 'data-message-id': entry.id });
  if (entry.invocation) {
    li.append(
      el('div', { class: 'invocation' }, [
        el('span', { class: 'invoker' }, [text(entry.invocation.user)]),
        text(` ${words.used} `),
        el('code', {}, [text(entry.invocation.text)]),
      ]),
    );
  }
  const isBot = m.author?.bot;
  const name = m.author?.id === bot.id ? bot.username : (m.author?.global_name ?? m.author?.username ?? '?');
  li.append(
    el('div', { class: 'avatar', 'aria-hidden': 'true' }, [text(name.slice(0, 1).toUpperCase())]),
    el('div', { class: 'message-head' }, [
      el('span', { class: 'author' }, [text(name)]),
      ...(isBot ? [el('span', { class: 'badge' }, [text(words.app)])] : []),
      el('time', { datetime: m.timestamp }, [text(new Date(m.timestamp).toLocaleTimeString())]),
      ...(m.edited_timestamp ? [el('span', { class: 'edited' }, [text(words.edited)])] : []),
    ]),
  );
  const body = el('div', { class: 'message-body' });
  li.append(body);
  if (flags & LOADING) body.append(el('p', { class: 'thinking' }, [text(`${name} ${words.thinking}`)]));
  if (m.content) body.append(markdown(m.content));
  const embedded = new Set();
  for (const e of m.embeds ?? []) {
    for (const url of [e.image?.url, e.thumbnail?.url])
      if (typeof url === 'string' && url.startsWith('attachment://')) embedded.add(url.slice(13));
    body.append(embed(e, m));
  }
  for (const a of m.attachments ?? []) {
    if (embedded.has(a.filename)) continue;
    const href = `/attachments/${encodeURIComponent(a.id)}`;
    body.append(
      (a.content_type ?? '').startsWith('image/')
        ? el('img', { class: 'attachment', src: href, alt: a.description ?? a.filename })
        : el('a', { class: 'attachment-file', href, download: a.filename }, [text(`📎 ${a.filename}`)]),
    );
  }
  const parts = components(m.components, m, actions);
  if (parts.length > 0) body.append(el('div', { class: 'components' }, parts));
  if (flags & EPHEMERAL) {
    const dismiss = el('button', { type: 'button', class: 'link-button' }, [text(words.dismiss)]);
    dismiss.addEventListener('click', () => actions.dismiss());
    body.append(
      el('p', { class: 'only-you' }, [
        el('span', { 'aria-hidden': 'true' }, [text('👁 ')]),
        text(`${words.onlyYou} · `),
        dismiss,
      ]),
    );
  }
  return li;
}

/** A modal's inputs as form controls; returns the form body and a reader of the values by custom_id. */
export function renderModalFields(data) {
  const fields = [];
  const readers = [];
  let n = 0;
  const input = (c, labelText, description) => {
    const id = `modal-input-${++n}`;
    const wrap = el('div', { class: 'modal-field' });
    wrap.append(
      el('label', { for: id }, [
        text(labelText ?? c.label ?? c.custom_id),
        ...(c.required === false ? [] : [text(' *')]),
      ]),
    );
    if (description) wrap.append(el('small', { id: `${id}-help` }, [text(description)]));
    let control;
    if (c.type === 4) {
      control = el(c.style === 2 ? 'textarea' : 'input', {
        id,
        type: c.style === 2 ? undefined : 'text',
        placeholder: c.placeholder,
        required: c.required === false ? undefined : '',
        minlength: c.min_length,
        maxlength: c.max_length,
        rows: c.style === 2 ? '5' : undefined,
        'aria-describedby': description ? `${id}-help` : undefined,
      });
      if (typeof c.value === 'string') control.value = c.value;
      readers.push(() => [c.custom_id, control.value]);
    } else {
      control = el('select', {
        id,
        multiple: (c.max_values ?? 1) > 1 ? '' : undefined,
        required: c.required === false ? undefined : '',
      });
      if ((c.max_values ?? 1) <= 1) control.append(el('option', { value: '' }, [text(c.placeholder ?? '—')]));
      for (const o of c.options ?? [])
        control.append(el('option', { value: o.value, selected: o.default ? '' : undefined }, [text(o.label)]));
      readers.push(() => [c.custom_id, [...control.selectedOptions].map((o) => o.value).filter((v) => v !== '')]);
    }
    wrap.append(control);
    fields.push(wrap);
  };
  for (const row of data?.components ?? []) {
    if (row.type === 18 && row.component) input(row.component, row.label, row.description);
    else if (row.type === 1) for (const c of row.components ?? []) input(c, c.label, null);
    else if (row.type === 10) fields.push(markdown(row.content ?? ''));
  }
  return { fields, read: () => Object.fromEntries(readers.map((r) => r())) };
}
