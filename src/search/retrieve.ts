import MiniSearch from 'minisearch';
import type { FactDoc } from './documents.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { closeSpelling, stems, words } from './normalize.ts';

/**
 * Stage 5 of /ask: narrative rows (timeline, background, quotes, and any row as a fallback) by
 * BM25 over stems. A hit must carry most of the question's information: the IDF mass of the
 * words it matches over the IDF mass of all the question's content words. A word no row holds
 * ("weight", "dog") carries the most information, so a question about it finds nothing.
 */

export interface Retriever {
  search: MiniSearch<FactDoc>;
  /** How many rows hold each stem, in any field. */
  df: Map<string, number>;
  /**
   * How many rows hold each stem in their text or keywords, not counting the thesaurus concepts: what a
   * word's information is weighed by, so the fans' words a row is also found by ("onderscheiding" for
   * a knighthood) do not make a word common.
   */
  ownDf: Map<string, number>;
  /** Every word of the rows, for the spelling tolerance. */
  vocabulary: string[];
  total: number;
}

export function buildRetriever(docs: readonly FactDoc[]): Retriever {
  // Each field is tokenized once: the index and the document frequencies read the same words.
  const tokensOf = new Map<string, string[]>();
  const tokenize = (text: string) => {
    let out = tokensOf.get(text);
    if (!out) tokensOf.set(text, (out = words(text)));
    return out;
  };
  const search = new MiniSearch<FactDoc>({
    fields: ['text', 'keywords', 'concepts'],
    storeFields: [],
    tokenize,
    processTerm: (term) => (FUNCTION_WORDS.has(term) ? null : [...stems(term)]),
    searchOptions: { boost: { keywords: 1.5, text: 1, concepts: 1 }, combineWith: 'OR' },
  });
  search.addAll(docs);
  const df = new Map<string, number>();
  const ownDf = new Map<string, number>();
  const vocabulary = new Set<string>();
  const count = (into: Map<string, number>, seen: Set<string>) => {
    for (const s of seen) into.set(s, (into.get(s) ?? 0) + 1);
  };
  for (const doc of docs) {
    const own = new Set<string>();
    const seen = new Set<string>();
    for (const w of [...tokenize(doc.text), ...tokenize(doc.keywords)]) {
      if (w.length >= 5) vocabulary.add(w);
      for (const s of stems(w)) own.add(s);
    }
    for (const w of doc.concepts ? tokenize(doc.concepts) : []) for (const s of stems(w)) seen.add(s);
    for (const s of own) seen.add(s);
    count(df, seen);
    count(ownDf, own);
  }
  return { search, df, ownDf, vocabulary: [...vocabulary], total: docs.length };
}

export interface Retrieved {
  hits: FactDoc[];
  /** Share of the question's information the best hit matched, 0–1. */
  mass: number;
  /** The first twenty rows found, each with its share, for a re-ranking by what the question asks. */
  ranked?: { doc: FactDoc; mass: number }[];
}

const idf = (r: Retriever, df: number) => Math.log(1 + (r.total - df + 0.5) / (df + 0.5));

/** A typed word no row holds, mended to the row word it is one slip from ("wolrd" → "world"). */
function mend(r: Retriever, word: string): string {
  if (word.length < 5 || stems(word).some((s) => r.df.has(s))) return word;
  return r.vocabulary.find((v) => closeSpelling(word, v)) ?? word;
}

/** The words no row holds in any form ("officer", "twin"): what the answer below cannot speak to. */
export function unheard(r: Retriever, content: readonly string[]): string[] {
  return content.filter((w) => !stems(mend(r, w)).some((s) => r.df.has(s)) && !r.vocabulary.some((v) => akin(w, v)));
}

/**
 * Another form of a row's word that the stemmers do not join: "ukrainian" and "Ukraine" (a shared
 * start of six letters), or a Dutch compound holding it ("schaatsseizoen" holds "seizoen").
 */
function akin(word: string, known: string): boolean {
  if (word.length >= 6 && known.startsWith(word.slice(0, 6))) return true;
  return word.length > known.length + 2 && (word.endsWith(known) || word.startsWith(known));
}

export function retrieve(
  r: Retriever,
  byId: ReadonlyMap<string, FactDoc>,
  content: readonly string[],
  kinds?: readonly FactDoc['kind'][],
  /** Rows the question's structured qualifiers allow (a year, a month), checked before ranking. */
  allowed?: (doc: FactDoc) => boolean,
): Retrieved {
  const mended = content.map((w) => mend(r, w));
  if (mended.length === 0) return { hits: [], mass: 0 };
  const weightOf = (w: string) => Math.max(...stems(w).map((s) => idf(r, r.ownDf.get(s) ?? r.df.get(s) ?? 0)));
  const total = mended.reduce((sum, w) => sum + weightOf(w), 0);
  const results = r.search.search(mended.join(' '), {
    ...(kinds || allowed
      ? {
          filter: (x) => {
            const doc = byId.get(x.id as string)!;
            return (!kinds || kinds.includes(doc.kind)) && (!allowed || allowed(doc));
          },
        }
      : {}),
    boostDocument: (id) => byId.get(id as string)?.weight ?? 1,
  });
  const massOf = (res: (typeof results)[number]) => {
    const matched = new Set(res.queryTerms);
    return mended.filter((w) => stems(w).some((s) => matched.has(s))).reduce((sum, w) => sum + weightOf(w), 0) / total;
  };
  const scored = results.slice(0, 20).map((res) => ({ res, mass: massOf(res) }));
  const best = Math.max(0, ...scored.map((s) => s.mass));
  const top = scored.filter((s) => s.mass >= best - 1e-9);
  const lead = top[0];
  if (!lead) return { hits: [], mass: 0 };
  const hits = top.filter((s) => s.res.score >= lead.res.score * 0.6).slice(0, 3);
  const docsOf = hits.map((s) => byId.get(s.res.id as string)!);
  // Her words rank high on the words of an event she spoke about; the row that tells of the event,
  // matching as much of the question, is kept beside them.
  if (docsOf.every((d) => d.kind === 'quote')) {
    const fact = top.map((s) => byId.get(s.res.id as string)!).find((d) => d.kind !== 'quote');
    if (fact) docsOf.push(fact);
  }
  return {
    hits: docsOf,
    mass: best,
    ranked: scored.map((x) => ({ doc: byId.get(x.res.id as string)!, mass: x.mass })),
  };
}
