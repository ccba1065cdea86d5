import { describe, expect, expectTypeOf, it } from 'vitest';
import { medals } from '../commands/medals.ts';
import { results } from '../commands/results.ts';
import { data } from '../commands/data.ts';
import type { OptionsOf, RequestOf } from '../src/core/command-options.ts';
import { validateOptions } from '../src/core/options.ts';
import { request } from './helpers.ts';

// Checked by `npm run typecheck` (CI): a handler's options follow its definition.
describe('options typed from the definition', () => {
  it('a string option with choices is one of them; integers are numbers; booleans booleans', () => {
    type Medals = OptionsOf<typeof medals.definition>;
    expectTypeOf<Medals['medal']>().toEqualTypeOf<'gold' | 'silver' | 'bronze' | undefined>();
    expectTypeOf<Medals['year']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Medals['chart']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Medals['competition']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Medals>().not.toHaveProperty('distance');
    // What the types promise is what the responder enforces at run time.
    const checked = validateOptions(medals.definition, request('medals', { medal: 'gold', year: '2026' }), 'en');
    expect(checked).toEqual({ ok: true, options: { medal: 'gold', year: 2026 } });
  });

  it('every option of a definition is a key of its type, and nothing else', () => {
    type Results = OptionsOf<typeof results.definition>;
    expectTypeOf<keyof Results>().toEqualTypeOf<'competition' | 'season' | 'event' | 'place'>();
    expect((results.definition.options ?? []).map((o) => o.name).sort()).toEqual(
      ['competition', 'event', 'place', 'season'].sort(),
    );
  });
});

describe('a request typed from a definition with subcommands', () => {
  it('narrows the options by subcommand, and the required ones are always there', () => {
    type DataRequest = RequestOf<typeof data.definition>;
    type Medal = Extract<DataRequest, { subcommand: 'add-medal' }>['options'];
    expectTypeOf<Medal['year']>().toEqualTypeOf<number>();
    expectTypeOf<Medal['medal']>().toEqualTypeOf<'gold' | 'silver' | 'bronze'>();
    expectTypeOf<Medal['venue_nl']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Extract<DataRequest, { subcommand: 'add' }>['options']['kind']>().toEqualTypeOf<
      'result' | 'record' | 'quote' | 'timeline' | 'background' | 'social'
    >();
    expectTypeOf<Extract<DataRequest, { subcommand: 'show' }>['options']>().not.toHaveProperty('field');
    // The responder enforces the same: a required option missing is refused before the handler runs.
    const missing = validateOptions(data.definition, request('data', { id: 'x' }, { subcommand: 'edit' }), 'en');
    expect(missing.ok).toBe(false);
  });
});
