import { describe, expect, it } from 'vitest';
import { applyChange, type Json } from '../src/data/change.ts';
import { rawJson, MINI_DATA } from './helpers.ts';

/** The pure part of the editor: no files, no Redis. */
describe('applyChange', () => {
  const dataset = rawJson(MINI_DATA) as unknown as Json;
  const rows = (data: Json, section: string) => data[section] as Json[];

  it('adds a row to any array section, leaving the input untouched', () => {
    const before = JSON.stringify(dataset);
    const outcome = applyChange(dataset, { op: 'add', section: 'quotes', row: { id: 'quote-new', text: 'New' } });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(rows(outcome.dataset, 'quotes').at(-1)).toEqual({ id: 'quote-new', text: 'New' });
    expect(outcome.summary).toMatchObject({ op: 'add', id: 'quote-new', section: 'quotes' });
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('finds a row by id in any section, nested ones too, with no list of sections', () => {
    const social = (dataset.profile as { social: Json[] }).social[0]!;
    const outcome = applyChange(dataset, { op: 'remove', id: String(social.id) });
    expect(outcome.ok && outcome.summary.section).toBe('profile.social');
    const medal = applyChange(dataset, { op: 'remove', id: 'medal-3' });
    expect(medal.ok && rows(medal.dataset, 'results').some((row) => row.id === 'medal-3')).toBe(false);
  });

  it('edits with coercion: JSON, comma lists for lists, numbers for numbers, null removes, dotted paths', () => {
    const edit = (field: string, value: string) => {
      const outcome = applyChange(dataset, { op: 'edit', id: 'medal-0', field, value });
      if (!outcome.ok) throw new Error(outcome.refusal.reason);
      return rows(outcome.dataset, 'results').find((row) => row.id === 'medal-0')!;
    };
    expect(edit('sources', 'https://a.example, https://b.example').sources).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(edit('sources', '["https://c.example"]').sources).toEqual(['https://c.example']);
    expect(edit('place', '2').place).toBe(2);
    expect(edit('venue.nl', 'Inzell (DE)').venue).toMatchObject({ nl: 'Inzell (DE)' });
    expect('result' in edit('result', 'null')).toBe(false);
  });

  it('refuses with a reason and the parameters its message needs', () => {
    expect(applyChange(dataset, { op: 'remove', id: 'nope' })).toEqual({
      ok: false,
      refusal: { reason: 'not-found', params: { id: 'nope' } },
    });
    expect(applyChange(dataset, { op: 'edit', id: 'medal-0', field: '__proto__.polluted', value: '1' })).toEqual({
      ok: false,
      refusal: { reason: 'bad-field', params: { field: '__proto__.polluted', id: 'medal-0' } },
    });
    expect(applyChange(dataset, { op: 'edit', id: 'medal-0', field: 'venue.en.deeper', value: 'x' })).toMatchObject({
      ok: false,
      refusal: { reason: 'bad-field' },
    });
    expect(applyChange(dataset, { op: 'add', section: 'nothing', row: { id: 'x' } })).toEqual({
      ok: false,
      refusal: { reason: 'no-section', params: { section: 'nothing' } },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
