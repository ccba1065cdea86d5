/**
 * How sources and conflicts show beside facts: short links, a field of every source, and each
 * version of a conflict, never one picked silently.
 */
import { t } from '../i18n/messages.ts';
import type { Lang } from '../i18n/locale.ts';

/** "https://www.nu.nl/schaatsen/..." → "nu.nl": short enough to sit beside every fact. */
function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'source';
  }
}

/**
 * A URL as the target of a markdown link: the characters that would end the link or start
 * another (`)`, `[`, `]`, `<`, `>`, whitespace) are percent-encoded, which browsers read as the
 * same address, so a source can never add a masked link of its own.
 */
function linkTarget(url: string): string {
  return url.replace(
    /[()[\]<>\s]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A markdown link to the first source, plus how many more there are, for one line per fact. */
export function inlineSources(urls: readonly string[], lang: Lang, max = 1): string {
  const shown = urls.slice(0, max).map((u) => `[${sourceLabel(u)}](${linkTarget(u)})`);
  const rest = urls.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${t(lang).moreSourcesInline(rest)}` : shown.join(', ');
}

/** A field value listing every source as a link, trimmed to whole links within the field limit. */
export function sourcesField(urls: readonly string[], lang: Lang, limit = 1024): { name: string; value: string } {
  const unique = [...new Set(urls)];
  const text = t(lang);
  const lines: string[] = [];
  let length = 0;
  for (const [i, u] of unique.entries()) {
    const line = `${i + 1}. [${sourceLabel(u)}](${linkTarget(u)})`;
    const more = text.moreSources(unique.length - i);
    if (length + line.length + 1 + more.length > limit) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { name: unique.length === 1 ? text.source : text.sources, value: lines.join('\n') };
}

export type ConflictLike = {
  note: { en: string; nl: string };
  versions: { claim: { en: string; nl: string }; sources: string[]; rejected?: true | undefined }[];
};

/**
 * A conflict is shown as such: the note and every version with its own source, never one picked
 * silently. A version the dataset rejects is not printed beside the fact as if it were one: the
 * line says how many there are, and the "Sources disagree" button shows them.
 */
export function conflictText(conflict: ConflictLike | undefined, lang: Lang, indent = '  ↳ '): string {
  if (!conflict) return '';
  const text = t(lang);
  const standing = conflict.versions.filter((v) => !v.rejected);
  const rejected = conflict.versions.length - standing.length;
  const versions = (list: ConflictLike['versions']) =>
    list.map((v) => `${v.claim[lang]} (${inlineSources(v.sources, lang)})`).join(lang === 'nl' ? ' of ' : ' vs ');
  if (rejected === 0) return `\n${indent}${text.conflict}: ${conflict.note[lang]} — ${versions(standing)}`;
  const open = standing.length > 1 ? ` — ${versions(standing)}` : '';
  return `\n${indent}${text.conflictSettled}: ${conflict.note[lang]}${open} (${text.rejectedVersions(rejected)})`;
}

/** Does this conflict hold a version that is shown only on request? */
export const hasRejected = (conflict: ConflictLike | undefined): boolean =>
  conflict?.versions.some((v) => v.rejected) ?? false;

/** Every version of a conflict, rejected ones marked, each with its sources: the button's reply. */
export function conflictDetail(conflict: ConflictLike, lang: Lang): string {
  const lines = conflict.versions.map(
    (v) => `${v.rejected ? '✗' : '•'} ${v.claim[lang]} · ${inlineSources(v.sources, lang, 3)}`,
  );
  return [`*${conflict.note[lang]}*`, ...lines].join('\n');
}
