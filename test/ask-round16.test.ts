import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';
import { parse } from '../src/search/parse.ts';

const { index, lead } = askReplies(loadView(REAL_DATA));
const query = (question: string) => parse(index.lexicon, question);

describe('a coach or team claimed for a race or a year is judged by who it was then', () => {
  it('"when she won" inside a yes/no question says which race, it does not ask when', () => {
    const q = query('Was Jac Orie her coach when she won gold in Milan?');
    expect(q.intent).toBe('yesno');
    expect(q.answer).toBeUndefined();
    // "When she was 20" is no race: the question still asks when.
    expect(query('Did she win gold when she was 20?').answer).toBe('when');
  });

  it('the wrong coach is a "no" with the coach of that race first', () => {
    const wrong = lead('Jac Orie was her coach when she won Olympic gold in Milan, right?');
    expect(wrong).toMatch(/^No: /);
    expect(wrong).toContain('Kosta Poltavets (since July 2024)');
    expect(lead('Trainde ze bij Orie toen ze zilver won in Peking?', 'nl')).toMatch(/^Nee: .*Kosta Poltavets/);
  });

  it('the right coach or team is a "yes"', () => {
    expect(lead('Poltavets was her coach when she won Olympic gold in Milan, right?')).toMatch(
      /^\*\*Yes:\*\* .*Poltavets/,
    );
    expect(lead('Was Orie her coach in 2023?')).toMatch(/^\*\*Yes:\*\* .*Jac Orie/);
    expect(lead('reed ze in 2023 voor Jumbo-Visma?', 'nl')).toMatch(/^\*\*Ja:\*\* .*Jumbo-Visma/);
  });

  it('a team she had left is a "no" with the teams of that year', () => {
    const no = lead('reed ze in 2025 voor Jumbo-Visma?', 'nl');
    expect(no).toMatch(/^Nee: /);
    expect(no).not.toContain('Jumbo-Visma');
  });

  it('"reden" as a verb is riding, not a reason', () => {
    expect(query('reden ze samen in 2023 voor Jumbo-Visma?').answer).toBeUndefined();
    expect(query('wat was de reden dat ze wegging bij Jumbo').answer).toBe('why');
  });
});
