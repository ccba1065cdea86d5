import { describe, expect, it } from 'vitest';
import { loadView, REAL_DATA } from './helpers.ts';
import { askReplies } from './support/ask-replies.ts';

const { reply, lead } = askReplies(loadView(REAL_DATA));

describe('a team joined or left in a year its dates do not give', () => {
  it('says no, when she did join, and who she was with in the year claimed', () => {
    const en = lead('Why did she sign for Team Reggeborgh in 2022?');
    expect(en).toMatch(/^No: she joined Team Reggeborgh in 2019, not then\./);
    expect(en).toContain('Jumbo-Visma');
    const nl = lead('Waarom ging ze in 2019 naar Jumbo-Visma, koos ze daar toen voor?', 'nl');
    expect(nl).toMatch(/^Nee: ze ging in april 2022 naar Team Jumbo-Visma, niet toen\./);
    expect(nl).toContain('Reggeborgh');
  });

  it('a departure is judged by the end date', () => {
    expect(lead('Why did she leave Jumbo-Visma in 2023?')).toMatch(/^No: she left Team Jumbo-Visma on 22 Apr 2024/);
    expect(lead('Waarom vertrok ze in 2021 bij Team Reggeborgh?', 'nl')).toMatch(
      /^Nee: ze vertrok in april 2020 bij Team Reggeborgh/,
    );
  });

  it('a claim the dates hold is answered as before, not rejected', () => {
    expect(lead('Why did she leave Jumbo-Visma in 2024?')).not.toMatch(/^No/);
    expect(lead('Waarom koos ze in 2022 voor Jumbo-Visma?', 'nl')).not.toMatch(/^Nee/);
  });
});

describe('a free-text fact claimed with someone its rows do not name', () => {
  it('says no and shows the rows about that fact, with whom it was', () => {
    const en = reply('When did she get engaged to Koen Verweij?');
    expect(en.split('\n')[0]).toBe('No: no source in the dataset says that with “Koen”, “Verweij”. What it does say:');
    expect(en).toContain('Jake Paul');
    const nl = reply('Wanneer heeft ze zich verloofd met Koen Verweij?', 'nl');
    expect(nl.split('\n')[0]).toBe(
      'Nee: geen bron in de dataset zegt dat met „Koen”, „Verweij”. Wat de bronnen wel zeggen:',
    );
    expect(nl).toContain('Jake Paul');
  });

  it('the same claim with the one the rows name is answered', () => {
    expect(lead('When did she get engaged to Jake Paul?')).not.toMatch(/^No/);
    expect(lead('Wanneer verloofde ze zich met Jake Paul?', 'nl')).not.toMatch(/^Nee/);
  });
});

describe('a claim about a race that the text tells of another meeting', () => {
  it('leads with the race named, then the other meeting', () => {
    const en = reply('Why did Jutta fall in the Olympic 1000m in Milan?');
    expect(en.split('\n')[0]).toBe(
      'No: the sources tell of that at another meeting, not at this one. This one, then the other:',
    );
    expect(en.split('\n')[1]).toContain('1:12.31');
    expect(en).toContain('trials');
    const nl = reply('Waarom viel Jutta op de olympische 1000 meter in Milaan?', 'nl');
    expect(nl.split('\n')[0]).toMatch(/^Nee: de bronnen vertellen dat over een andere wedstrijd/);
    expect(nl.split('\n')[1]).toContain('1.12,31');
  });
});

describe('a past event the sources place after the newest data', () => {
  it('is not yet, with the row that plans it', () => {
    const en = reply('When did Jutta and Jake Paul get married?');
    expect(en.split('\n')[0]).toBe('No: not as of 9 Mar 2026, the newest data: the sources place it later.');
    expect(en.split('\n')[1]).toContain('2027');
    const nl = reply('Wanneer zijn Jutta en Jake Paul getrouwd?', 'nl');
    expect(nl.split('\n')[0]).toBe('Nee: niet tot 9 mrt 2026, de nieuwste gegevens: de bronnen plaatsen het later.');
    expect(nl.split('\n')[1]).toContain('2027');
  });

  it('a question about when it will be is answered, not rejected', () => {
    expect(lead('When is the wedding?')).not.toMatch(/^No/);
    expect(lead('Wanneer is de bruiloft?', 'nl')).not.toMatch(/^Nee/);
  });
});

describe('an amount the counted rows do not hold', () => {
  it('is no count: the rows are the closest facts', () => {
    const en = reply('how much prize money did she get for her olympic gold');
    expect(en.split('\n')[0]).toMatch(/doesn't hold an answer that matches the whole question/);
    expect(en).not.toMatch(/in the dataset\*\*/);
    const nl = reply('Hoeveel prijzengeld kreeg ze voor haar olympische gouden medaille?', 'nl');
    expect(nl).toMatch(/Geen bron in de dataset noemt „prijzengeld”/);
    expect(nl).not.toMatch(/in de dataset\*\*/);
  });

  it('a count of rows is still a count', () => {
    expect(lead('How many Olympic medals did she win?')).toMatch(/^\*\*3 medals at the Olympic Games in the dataset/);
  });
});

describe('a word that describes what the rows hold otherwise', () => {
  it('is a no, with the rows of the rest of the question', () => {
    const en = reply("How old is Jutta's twin sister?");
    expect(en.split('\n')[0]).toBe('No: no source in the dataset mentions “twin”. What it does hold:');
    expect(en).toContain('Beaudine');
    const nl = reply('Van welke borstkanker is de moeder van Jutta genezen?', 'nl');
    expect(nl.split('\n')[0]).toMatch(/^Nee: geen bron in de dataset noemt „borstkanker”/);
    expect(nl).toContain('slokdarmkanker');
  });

  it('a figure the rows lack is not recorded, not a no', () => {
    expect(reply("what's jutta's 5000m pb?")).toMatch(/I'm not sure/);
  });
});

describe('a claim the rows match but for one word', () => {
  it('is a no, with the row that holds the other version', () => {
    const en = reply('When was Jutta made Officer in the Order of Orange-Nassau?');
    expect(en.split('\n')[0]).toMatch(/^No: no source in the dataset mentions “officer”/);
    expect(en).toMatch(/Knight/);
    const nl = reply('Wanneer werd Jutta officier in de Orde van Oranje-Nassau?', 'nl');
    expect(nl.split('\n')[0]).toMatch(/^Nee: geen bron in de dataset noemt „officier”/);
    expect(nl).toMatch(/Ridder/);
  });
});

describe('"when she joined <team>" is the time of a figure', () => {
  it('reads the team start as the month of the follower figure', () => {
    expect(lead('Hoeveel volgers had ze toen ze naar Jumbo-Visma overstapte?', 'nl')).toContain('3,4 miljoen');
    expect(lead('How many followers did she have when she joined Jumbo-Visma?')).toContain('3.4 million');
  });
});
