import { fold } from './normalize.ts';

/**
 * "Who won the Beijing 1000 m, and what time did Jutta skate there?", "where and when was she born",
 * "welke sport deed ze voor het schaatsen en hoe lang": two questions in one. Each part is answered
 * on its own; a part that is only a question word ("and how long?") borrows the other part's words,
 * and a part that names no meeting borrows the other's years, distances and places ("there").
 */
const ASKING =
  /^(what|whats|when|where|who|whos|which|how|why|did|does|is|was|wat|wanneer|waar|wie|welke|welk|hoe|hoeveel|hoelang|hoevaak|waarom|heeft|had|werd)$/;

/** The words that join the parts: "and", "en", "; ", "? ", "& ". */
const JOINS = /\s*(?:,?\s+(?:and|en|&)\s+|\?\s+(?:(?:and|en)\s+)?|;\s*)/iy;

/** Words that point back at the first part: "when did she set it", "hoe ging dat". */
const POINTERS = /^(it|that|this|daar|dat|dit|die|daarbij|daarmee)$/;

/** Words of a part that say which meeting or time it is about, for a part that says "there". */
const CONTEXT = /^(\d{4}(\/\d{2})?|\d{3,5}\s?m|\d{3,5}m|\d{3,5}|meter|metres?)$/;

const FOLLOW_UP = /^(heten|heet|names?|called|ze|zij|they|them|their|pls|plz|please|dat|die|zijn|are|is)$/;

export function splitQuestion(question: string, knownPlace: (word: string) => boolean): string[] {
  const text = question.trim();
  for (let at = 0; at < text.length; at += 1) {
    JOINS.lastIndex = at;
    const join = JOINS.exec(text);
    if (!join) continue;
    const before = text.slice(0, at).trim();
    const after = text.slice(at + join[0].length).trim();
    const firstAfter = fold(after).split(/[^a-z0-9']+/)[0] ?? '';
    if (!ASKING.test(firstAfter) || before.length === 0 || after.length === 0) continue;
    const beforeWords = fold(before)
      .split(/[^a-z0-9/']+/)
      .filter(Boolean);
    const afterWords = fold(after)
      .split(/[^a-z0-9/']+/)
      .filter(Boolean);
    // "Where and when was she born": the first part is a question word alone.
    if (beforeWords.length === 1 && ASKING.test(beforeWords[0]!))
      return [`${before} ${afterWords.slice(1).join(' ')}`, after];
    // "…voor het schaatsen en hoe lang?": the second part is a question word alone (or two).
    if (afterWords.length <= 2 && afterWords.every((w) => ASKING.test(w) || w === 'lang' || w === 'long'))
      return [
        before,
        `${after.replace(/[?!.]+$/, '')} ${beforeWords.slice(ASKING.test(beforeWords[0]!) ? 1 : 0).join(' ')}`,
      ];
    // "Heeft ze broers of zussen? Hoe heten ze": a follow-up of pronouns and a name asked is one
    // question with the first, not a question of its own.
    if (afterWords.length <= 4 && afterWords.every((w) => ASKING.test(w) || FOLLOW_UP.test(w))) return [question];
    // Two whole questions: each must say something of its own.
    if (beforeWords.length < 3 || afterWords.length < 3) continue;
    // "…, and when did she set it": the second part points back at what the first asks about.
    const pointsBack = afterWords.some((w) => POINTERS.test(w));
    const borrowed = beforeWords.filter(
      (w, i) =>
        (pointsBack ? !(i === 0 && ASKING.test(w)) : CONTEXT.test(w) || knownPlace(w)) && !afterWords.includes(w),
    );
    return [before, borrowed.length ? `${after.replace(/[?!.]+$/, '')} ${borrowed.join(' ')}` : after];
  }
  return [question];
}
