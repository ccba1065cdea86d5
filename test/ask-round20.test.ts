import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { lead, reply } = askReplies(loadView(REAL_DATA));

// Round 20: the kinds of failure of the eleventh held-out set's first run (eval/results/heldout-11-first-run.md).
describe('a head-to-head count names the races it counted', () => {
  it('the competitions, distance and time the question named are in the sentence', () => {
    expect(lead('before the 500m at the 2024 euros, how many of their head to heads had kok won?')).toMatch(
      /^\*\*In the 1 race at the European Championships \(single distances\) or European Sprint Championships in the 500 m before 2024 in the dataset that place them both: /,
    );
    expect(lead('hoe vaak won kok van haar op de 500?', 'nl')).toMatch(
      /^\*\*In de \d+ races op de 500 m in de dataset waarin ze allebei een plaats hebben: /,
    );
    // Nothing narrowed: all of them, said so.
    expect(lead("what's her head to head against kok?")).toMatch(
      /^\*\*In the \d+ races in the dataset that place them both: /,
    );
  });
});

describe('how far short of a place', () => {
  it('"tekort voor de wereldbeker" is short of it, not before it', () => {
    expect(lead('hoeveel punten kwam ze tekort voor de wereldbeker 1000m in 2022/23?', 'nl')).toBe(
      '**Ze eindigde 1 pnt achter Miho Takagi (2e; Miho Takagi 1e).**',
    );
  });

  it('"hoeveel kwam ze tekort voor goud" is a gap, not a count of races', () => {
    expect(lead('hoeveel kwam ze tekort voor goud in peking?', 'nl')).toBe(
      '**Ze eindigde 0,64 s achter Miho Takagi (2e; Miho Takagi 1e).**',
    );
  });

  it('the gap is to whoever took the place she missed', () => {
    expect(lead('how much did she miss bronze by in the 500 in beijing?')).toBe(
      '**She finished 0.13 s behind Golikova (5th; Golikova 3rd).**',
    );
    expect(lead('hoeveel kwam ze tekort voor zilver op de 1000 m bij het wk afstanden in calgary 2024', 'nl')).toBe(
      '**Ze eindigde 0,01 s achter Mei Han (3e; Mei Han 2e).**',
    );
  });
});

describe('a world championship said to be the juniors', () => {
  it('"het WK allround voor junioren" is the World Junior Championships, and "voor" is no bound there', () => {
    expect(lead('wie versloeg jutta bij het wk allround voor junioren in 2018?', 'nl')).toBe(
      '**Joy Beune werd 1e (153,776 pnt).**',
    );
    expect(lead('who beat her at the 2018 world junior allround?')).toBe('**Joy Beune was 1st (153.776 pts).**');
  });
});

describe('a streak said as one word, and a team named among those of its time', () => {
  it('"winstreak" is a streak: the race that ended it, whose note holds the 18, comes first', () => {
    expect(lead('how long was her winning streak on the 1000 before takagi ended it?')).toMatch(
      /An 18-race 1000 m winning streak/,
    );
    expect(
      reply('hoe lang was haar winstreak op de 1000m voordat takagi er in 2023 een eind aan maakte?', 'nl'),
    ).toContain('reeks van 18 gewonnen 1000 meters');
  });

  it('of the teams of a time, the one the question names leads', () => {
    expect(lead('who joined team kafra in may 2025?')).toMatch(/^\*\*Team: KaFra Housing \/ Team Kafra/);
    expect(lead('what team is she on now?')).toMatch(/^\*\*Team: Team Novus/);
  });
});
