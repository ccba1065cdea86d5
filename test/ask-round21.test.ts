import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { lead } = askReplies(loadView(REAL_DATA));

// Round 21: a kind of failure of the twelfth held-out set's first run (eval/results/heldout-12-first-run.md).
describe('teammates in a team race the Dutch won', () => {
  it('the others in her team lead, even misspelt; a team race is never "she herself won it"', () => {
    expect(lead('who were her teamates when the dutch won the very first world team sprint title in 2019?')).toBe(
      '**With Janine Smit and Letitia de Jong.**',
    );
    expect(lead('who won the team sprint at the 2019 world single distances?')).not.toMatch(/herself/);
    expect(lead('who won the european sprint 2023?')).toBe('**Jutta Leerdam herself won it.**');
  });
});
