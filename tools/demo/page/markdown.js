// Discord's markdown, drawn with DOM nodes only: every piece of text becomes a text node, so no
// string from the bot (or from the data file behind it) is ever parsed as HTML.

const SAFE_URL = /^https?:\/\/[^\s<>"]+$/i;

/** Inline rules, tried at each position; the earliest match wins, then the first listed. */
const INLINE = [
  { re: /`([^`\n]+)`/, make: (m) => el('code', {}, [text(m[1])]) },
  { re: /\*\*([\s\S]+?)\*\*(?!\*)/, make: (m) => el('strong', {}, inline(m[1])) },
  { re: /__([\s\S]+?)__(?!_)/, make: (m) => el('u', {}, inline(m[1])) },
  { re: /~~([\s\S]+?)~~/, make: (m) => el('s', {}, inline(m[1])) },
  {
    re: /\|\|([\s\S]+?)\|\|/,
    make: (m) => el('span', { class: 'spoiler', tabindex: '0', title: 'Spoiler' }, inline(m[1])),
  },
  { re: /\*(?!\s)([^*\n]+?)\*/, make: (m) => el('em', {}, inline(m[1])) },
  { re: /\b_(?!\s)([^_\n]+?)_\b/, make: (m) => el('em', {}, inline(m[1])) },
  { re: /\[([^\]\n]+)\]\(<?(https?:\/\/[^\s)>]+)>?\)/, make: (m) => link(m[2], inline(m[1])) },
  { re: /<(https?:\/\/[^\s>]+)>/, make: (m) => link(m[1], [text(m[1])]) },
  { re: /https?:\/\/[^\s<]+[^\s<.,:;"')\]]/, make: (m) => link(m[0], [text(m[0])]) },
  { re: /<t:(-?\d{1,13})(?::([tTdDfFR]))?>/, make: (m) => timestamp(Number(m[1]), m[2] ?? 'f') },
];

export function text(value) {
  return document.createTextNode(String(value));
}

/** An element with attributes set one by one (never from a string of HTML) and child nodes. */
export function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function link(url, children) {
  if (!SAFE_URL.test(url)) return el('span', {}, children);
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, children);
}

function timestamp(seconds, style) {
  const date = new Date(seconds * 1000);
  const options =
    style === 'd' || style === 'D'
      ? { dateStyle: style === 'd' ? 'short' : 'long' }
      : style === 't' || style === 'T'
        ? { timeStyle: style === 't' ? 'short' : 'medium' }
        : { dateStyle: 'long', timeStyle: 'short' };
  const shown = Number.isNaN(date.getTime()) ? String(seconds) : date.toLocaleString(undefined, options);
  return el('time', { datetime: Number.isNaN(date.getTime()) ? undefined : date.toISOString() }, [text(shown)]);
}

/** Inline markdown of one piece of text, as a list of nodes. */
export function inline(source) {
  const nodes = [];
  let rest = source;
  while (rest.length > 0) {
    let best = null;
    for (const rule of INLINE) {
      const m = rule.re.exec(rest);
      if (m && (best === null || m.index < best.m.index)) best = { m, rule };
    }
    if (!best) {
      nodes.push(text(rest));
      break;
    }
    if (best.m.index > 0) nodes.push(text(rest.slice(0, best.m.index)));
    nodes.push(best.rule.make(best.m));
    rest = rest.slice(best.m.index + best.m[0].length);
  }
  return nodes;
}

/** Block markdown: code blocks, quotes, headings, subtext and lists; other lines keep their breaks. */
export function markdown(source) {
  const root = el('div', { class: 'md' });
  const parts = String(source ?? '').split(/```(?:[a-z0-9_+-]*\n)?([\s\S]*?)```/i);
  parts.forEach((part, i) => {
    if (i % 2 === 1) root.append(el('pre', {}, [el('code', {}, [text(part.replace(/\n$/, ''))])]));
    else blocks(part, root);
  });
  return root;
}

function blocks(source, root) {
  let list = null;
  let quote = null;
  let paragraph = null;
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const quoted = /^>>> ?([\s\S]*)$/.exec(line) ?? /^> ?(.*)$/.exec(line);
    if (quoted) {
      if (!quote) root.append((quote = el('blockquote')));
      else quote.append(el('br'));
      quote.append(...inline(quoted[1]));
      list = null;
      paragraph = null;
      return;
    }
    quote = null;
    const item = /^\s*[-*] (.*)$/.exec(line);
    if (item) {
      if (!list) root.append((list = el('ul')));
      list.append(el('li', {}, inline(item[1])));
      paragraph = null;
      return;
    }
    list = null;
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const subtext = /^-# (.*)$/.exec(line);
    if (heading) {
      root.append(el(`h${heading[1].length + 2}`, { class: 'md-heading' }, inline(heading[2])));
      paragraph = null;
    } else if (subtext) {
      root.append(el('small', { class: 'subtext' }, inline(subtext[1])));
      paragraph = null;
    } else {
      if (!paragraph) root.append((paragraph = el('p')));
      else paragraph.append(el('br'));
      paragraph.append(...inline(line));
      if (line === '' && index === lines.length - 1) paragraph.lastChild?.remove();
    }
  });
}
