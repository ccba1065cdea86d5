import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The /ask evaluation sets were written blind from the fact sheets; editing a question to fit the
 * engine would make its score meaningless. Their hashes are pinned here (see eval/README.md).
 */
const FROZEN: Record<string, { sha256: string; questions: number }> = {
  'eval/ask-dev.jsonl': { sha256: '6945c1037888bd7a0c9d07df7b111a1333fe0df3f4c162aac78cd1a19174c1bb', questions: 244 },
  'eval/ask-dev-2.jsonl': {
    sha256: 'd3d73052498ad60bbc333c115835621f54d45a761029c4d32421fbece7820950',
    questions: 160,
  },
  'eval/ask-heldout.jsonl': {
    sha256: '6dba2fc0b02d34d5ff7b10c12264d67c8f08dd1fd8fc1d9b851f6388056ffbcb',
    questions: 100,
  },
  'eval/ask-heldout-2.jsonl': {
    sha256: 'a0758870a58def4c65ace2e27054f22d828461fb753e3fcac6adb3d769b92bea',
    questions: 100,
  },
  'eval/ask-heldout-3.jsonl': {
    sha256: 'ec6deae534bbe10b037ffe95878d44d8f9bb28087698fba541305abc5b8076fd',
    questions: 100,
  },
  'eval/ask-heldout-4.jsonl': {
    sha256: '612b1495b5634cde5323b5e46c324c0bbd0e79059538d9fa654819bb33940453',
    questions: 100,
  },
  'eval/ask-heldout-5.jsonl': {
    sha256: 'a33b0348fab1bf948afbe50600bbcd7b8ab6bf162a7f5d570d40f51ff1d1625d',
    questions: 100,
  },
  'eval/ask-heldout-6.jsonl': {
    sha256: 'f9fa3107316647482174b1ccb5adfdbadd33bf9aaf7bd3960af5513376fa6944',
    questions: 100,
  },
  'eval/ask-heldout-7.jsonl': {
    sha256: 'e50bf3f27962490213d1ba9d988234d055b7dca2119d83ec597c01f9bd774151',
    questions: 100,
  },
  'eval/ask-heldout-8.jsonl': {
    sha256: '0376a3663206ca4d999cfc0b0f5600a8df29e4f32e61070d75d823d071ce1734',
    questions: 100,
  },
  'eval/ask-heldout-9.jsonl': {
    sha256: 'c50db41adc88bfdd77552b696a2e1cbef11f79fcfc5b9690e7a99e21b00511e3',
    questions: 100,
  },
  'eval/ask-heldout-10.jsonl': {
    sha256: '2bccbe91490c9598fc3a477ceff64c0a9da9ae38545ed9f1140abe9a2fe55d9a',
    questions: 100,
  },
  'eval/ask-heldout-11.jsonl': {
    sha256: '0b485861158842ef89921c779b531e098c0b5a65984e9e82f2e2a4fcdfe58bb0',
    questions: 100,
  },
  'eval/ask-heldout-12.jsonl': {
    sha256: 'a385a0ed12d1923b36f942d1fe6de1f132fd4f43c9574de0e7729b6af1d40e87',
    questions: 100,
  },
};

describe('frozen /ask evaluation sets', () => {
  for (const [file, pinned] of Object.entries(FROZEN)) {
    it(`${file} is unchanged and well-formed`, () => {
      const text = readFileSync(file, 'utf8');
      expect(createHash('sha256').update(text).digest('hex')).toBe(pinned.sha256);
      const rows = text
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as { id: string; lang: string; kind: string; must_include: unknown });
      expect(rows).toHaveLength(pinned.questions);
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
      for (const row of rows) {
        expect(['en', 'nl']).toContain(row.lang);
        expect(['answer', 'false_premise', 'unanswerable']).toContain(row.kind);
        expect(Array.isArray(row.must_include)).toBe(true);
      }
    });
  }
});
