/**
 * The names and descriptions Discord shows for every command, subcommand and option, in English
 * and Dutch. Definitions are filled from here (`src/core/command-text.ts`), so a command's
 * wording is edited in one place; the English name of each entry is also its key, the name the
 * handlers read options by.
 */

const version = {
  name: 'version',
  description: 'Refuse the change if the data is no longer at this version (from /data validate)',
} as const;
const rowId = { name: 'id', description: 'Row id' } as const;
const source = { name: 'source', description: 'Source URL' } as const;
const source2 = { name: 'source2', description: 'A second source URL' } as const;

const en = {
  about: {
    name: 'about',
    description: "Jutta Leerdam's background: early life, career, teams, personal life, ...",
    options: { topic: { name: 'topic', description: 'Which part of her background' } },
  },
  ask: {
    name: 'ask',
    description: 'Ask a question about Jutta Leerdam; answered from the dataset, with sources',
    options: { question: { name: 'question', description: 'For example: When did she win Olympic gold?' } },
  },
  conflict: { name: 'conflict', description: 'Where the sources disagree (buttons only)' },
  data: {
    name: 'data',
    description: 'Moderators: check and edit the dataset',
    options: {
      validate: { name: 'validate', description: 'Check the data file and show its version' },
      reload: {
        name: 'reload',
        description: 'Load the data file now (changes are picked up by themselves within 2 s)',
      },
      show: { name: 'show', description: 'Show a row with its field names and values', options: { id: rowId } },
      add: {
        name: 'add',
        description: 'Add a row of any kind, in a form',
        options: {
          kind: { name: 'kind', description: 'What to add' },
          date: {
            name: 'date',
            description: 'Date, YYYY-MM-DD (or YYYY-MM, YYYY); "as of" for a background fact or figure',
          },
          event: { name: 'event', description: 'Distance or event (results and records)' },
        },
      },
      'add-quote': {
        name: 'add-quote',
        description: 'Add a quote',
        options: {
          text: { name: 'text', description: 'The quote, word for word' },
          language: { name: 'language', description: 'Language of the quote' },
          occasion: { name: 'occasion', description: 'Where or when she said it (English)' },
          date: { name: 'date', description: 'Date, YYYY-MM-DD (or YYYY-MM, YYYY)' },
          topics: { name: 'topics', description: 'Comma-separated topics, e.g. olympics,pressure' },
          source,
          translation: { name: 'translation', description: 'English translation (required for Dutch quotes)' },
          occasion_nl: { name: 'occasion_nl', description: 'Occasion in Dutch (defaults to the English text)' },
          source2,
          version,
        },
      },
      'add-medal': {
        name: 'add-medal',
        description: 'Add a medal',
        options: {
          competition: { name: 'competition', description: 'Competition' },
          event: { name: 'event', description: 'Event' },
          medal: { name: 'medal', description: 'Medal' },
          year: { name: 'year', description: 'Year' },
          date: { name: 'date', description: 'Date, YYYY-MM-DD' },
          venue: { name: 'venue', description: 'Venue (English), e.g. "Milan, Italy"' },
          source,
          result: { name: 'result', description: 'Time or points, English notation: 1:12.31' },
          venue_nl: { name: 'venue_nl', description: 'Venue in Dutch (defaults to the English text)' },
          source2,
          version,
        },
      },
      edit: {
        name: 'edit',
        description: 'Change one field of a row, by id',
        options: {
          id: rowId,
          field: { name: 'field', description: 'Field, e.g. result, venue.nl, sources (comma list), topics' },
          value: {
            name: 'value',
            description: 'New value (text, number, comma list, or JSON; null removes an optional field)',
          },
          version,
        },
      },
      remove: { name: 'remove', description: 'Remove a row, by id', options: { id: rowId, version } },
      history: {
        name: 'history',
        description: 'Recent changes: who, when, each value old → new',
        options: { id: { name: 'id', description: 'Only the changes of this row' } },
      },
      reports: { name: 'reports', description: 'Open reports of mistakes sent by members' },
      undo: { name: 'undo', description: 'Revert the last change', options: { version } },
      restore: {
        name: 'restore',
        description: 'Bring back a snapshot from history/ (or the last good data), on every host',
        options: {
          snapshot: {
            name: 'snapshot',
            description: 'Snapshot from history/ (empty: the last good data the bot serves)',
          },
          version,
        },
      },
    },
  },
  help: { name: 'help', description: 'What this bot can do' },
  medals: {
    name: 'medals',
    description: "Jutta Leerdam's medals: a tally and the list, newest first",
    options: {
      competition: { name: 'competition', description: 'Olympics, World Championships, European Championships, ...' },
      event: { name: 'event', description: '500 m, 1000 m, team sprint, ...' },
      year: { name: 'year', description: 'Only medals from this year' },
      medal: { name: 'medal', description: 'Gold, silver or bronze' },
      chart: { name: 'chart', description: 'Add a chart of the medals per year' },
    },
  },
  progression: {
    name: 'progression',
    description: "A chart of Jutta Leerdam's times at one distance over the years",
    options: { distance: { name: 'distance', description: '500 m, 1000 m or 1500 m' } },
  },
  quote: {
    name: 'quote',
    description: 'A random quote from Jutta Leerdam, with its occasion, date and source',
    options: { topic: { name: 'topic', description: 'Only quotes on this topic' } },
  },
  records: {
    name: 'records',
    description: "Jutta Leerdam's personal bests and records; with a distance, how that best fell",
    options: {
      distance: {
        name: 'distance',
        description: 'Show every personal best on this distance, oldest first: 500 m, 1000 m, ...',
      },
    },
  },
  report: { name: 'report', description: 'Report a mistake (buttons and forms only)' },
  results: {
    name: 'results',
    description: 'Every championship and World Cup race of Jutta Leerdam: her place, time, podium and margin',
    options: {
      competition: {
        name: 'competition',
        description: 'Olympics, World Championships, European Championships, World Cup, ...',
      },
      season: { name: 'season', description: 'A season (2022/23) or a year (2023)' },
      event: { name: 'event', description: '500 m, 1000 m, team sprint, sprint all-round, ...' },
      place: { name: 'place', description: 'Her place: a win, 2nd, 3rd, the podium or off it' },
    },
  },
  timeline: {
    name: 'timeline',
    description: "Milestones in Jutta Leerdam's life and career, oldest first",
    options: { year: { name: 'year', description: 'Only this year' } },
  },
} as const;

/** The English tree with every text widened to `string`: the shape each language fills in. */
type Texts<T> = { readonly [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
type CommandTexts = Texts<typeof en>;

const versie = {
  name: 'versie',
  description: 'Weiger de wijziging als de gegevens niet meer op deze versie zijn (uit /gegevens controleer)',
};
const rijId = { name: 'id', description: 'Id van de rij' };
const bron = { name: 'bron', description: 'Bron-URL' };
const bron2 = { name: 'bron2', description: 'Een tweede bron-URL' };

const nl: CommandTexts = {
  about: {
    name: 'over',
    description: 'Achtergrond van Jutta Leerdam: jeugd, carrière, ploegen, privéleven, ...',
    options: { topic: { name: 'onderwerp', description: 'Welk deel van haar achtergrond' } },
  },
  ask: {
    name: 'vraag',
    description: 'Stel een vraag over Jutta Leerdam; antwoord uit de dataset, met bronnen',
    options: { question: { name: 'vraag', description: 'Bijvoorbeeld: Waar is ze geboren?' } },
  },
  conflict: { name: 'conflict', description: 'Waar de bronnen het oneens zijn (alleen knoppen)' },
  data: {
    name: 'gegevens',
    description: 'Moderators: de dataset controleren en bewerken',
    options: {
      validate: { name: 'controleer', description: 'Controleer het gegevensbestand en toon de versie' },
      reload: {
        name: 'herlaad',
        description: 'Laad het gegevensbestand nu (wijzigingen komen binnen 2 s vanzelf door)',
      },
      show: { name: 'toon', description: 'Toon een rij met de namen en waarden van de velden', options: { id: rijId } },
      add: {
        name: 'toevoegen',
        description: 'Voeg een rij van elke soort toe, in een formulier',
        options: {
          kind: { name: 'soort', description: 'Wat je toevoegt' },
          date: {
            name: 'datum',
            description: 'Datum, JJJJ-MM-DD (of JJJJ-MM, JJJJ); "stand van" bij een achtergrondfeit of cijfer',
          },
          event: { name: 'afstand', description: 'Afstand of onderdeel (uitslagen en records)' },
        },
      },
      'add-quote': {
        name: 'citaat-toevoegen',
        description: 'Voeg een citaat toe',
        options: {
          text: { name: 'tekst', description: 'Het citaat, woord voor woord' },
          language: { name: 'taal', description: 'Taal van het citaat' },
          occasion: { name: 'gelegenheid', description: 'Waar of wanneer ze het zei (Engels)' },
          date: { name: 'datum', description: 'Datum, JJJJ-MM-DD (of JJJJ-MM, JJJJ)' },
          topics: { name: 'onderwerpen', description: "Onderwerpen met komma's ertussen, bv. olympics,pressure" },
          source: bron,
          translation: { name: 'vertaling', description: 'Engelse vertaling (verplicht bij Nederlandse citaten)' },
          occasion_nl: {
            name: 'gelegenheid_nl',
            description: 'Gelegenheid in het Nederlands (standaard de Engelse tekst)',
          },
          source2: bron2,
          version: versie,
        },
      },
      'add-medal': {
        name: 'medaille-toevoegen',
        description: 'Voeg een medaille toe',
        options: {
          competition: { name: 'kampioenschap', description: 'Kampioenschap' },
          event: { name: 'afstand', description: 'Afstand of onderdeel' },
          medal: { name: 'medaille', description: 'Medaille' },
          year: { name: 'jaar', description: 'Jaar' },
          date: { name: 'datum', description: 'Datum, JJJJ-MM-DD' },
          venue: { name: 'plaats', description: 'Plaats (Engels), bv. "Milan, Italy"' },
          source: bron,
          result: { name: 'resultaat', description: 'Tijd of punten, Engelse notatie: 1:12.31' },
          venue_nl: { name: 'plaats_nl', description: 'Plaats in het Nederlands (standaard de Engelse tekst)' },
          source2: bron2,
          version: versie,
        },
      },
      edit: {
        name: 'wijzig',
        description: 'Wijzig één veld van een rij, op id',
        options: {
          id: rijId,
          field: { name: 'veld', description: "Veld, bv. result, venue.nl, sources (lijst met komma's), topics" },
          value: {
            name: 'waarde',
            description:
              "Nieuwe waarde (tekst, getal, lijst met komma's of JSON; null haalt een niet-verplicht veld weg)",
          },
          version: versie,
        },
      },
      remove: { name: 'verwijder', description: 'Verwijder een rij, op id', options: { id: rijId, version: versie } },
      history: {
        name: 'geschiedenis',
        description: 'Recente wijzigingen: wie, wanneer, elke waarde oud → nieuw',
        options: { id: { name: 'id', description: 'Alleen de wijzigingen van deze rij' } },
      },
      reports: { name: 'meldingen', description: 'Open meldingen van fouten, van leden' },
      undo: { name: 'ongedaan-maken', description: 'Maak de laatste wijziging ongedaan', options: { version: versie } },
      restore: {
        name: 'herstel',
        description: 'Zet een momentopname uit history/ (of de laatste goede gegevens) terug, op elke host',
        options: {
          snapshot: {
            name: 'momentopname',
            description: 'Momentopname uit history/ (leeg: de laatste goede gegevens die de bot gebruikt)',
          },
          version: versie,
        },
      },
    },
  },
  help: { name: 'hulp', description: 'Wat deze bot kan' },
  medals: {
    name: 'medailles',
    description: 'De medailles van Jutta Leerdam: een telling en de lijst, nieuwste eerst',
    options: {
      competition: { name: 'kampioenschap', description: 'Olympische Spelen, WK, EK, ...' },
      event: { name: 'afstand', description: '500 m, 1000 m, teamsprint, ...' },
      year: { name: 'jaar', description: 'Alleen medailles uit dit jaar' },
      medal: { name: 'medaille', description: 'Goud, zilver of brons' },
      chart: { name: 'grafiek', description: 'Voeg een grafiek van de medailles per jaar toe' },
    },
  },
  progression: {
    name: 'progressie',
    description: 'Een grafiek van de tijden van Jutta Leerdam op één afstand door de jaren heen',
    options: { distance: { name: 'afstand', description: '500 m, 1000 m of 1500 m' } },
  },
  quote: {
    name: 'citaat',
    description: 'Een willekeurig citaat van Jutta Leerdam, met gelegenheid, datum en bron',
    options: { topic: { name: 'onderwerp', description: 'Alleen citaten over dit onderwerp' } },
  },
  records: {
    name: 'records',
    description: 'Persoonlijke records en records van Jutta Leerdam; met een afstand: hoe dat record viel',
    options: {
      distance: {
        name: 'afstand',
        description: 'Toon elk persoonlijk record op deze afstand, oudste eerst: 500 m, 1000 m, ...',
      },
    },
  },
  report: { name: 'melding', description: 'Een fout melden (alleen knoppen en formulieren)' },
  results: {
    name: 'uitslagen',
    description: 'Elke kampioenschaps- en wereldbekerrace van Jutta Leerdam: plaats, tijd, podium en verschil',
    options: {
      competition: { name: 'wedstrijd', description: 'Olympische Spelen, WK, EK, wereldbeker, ...' },
      season: { name: 'seizoen', description: 'Een seizoen (2022/23) of een jaar (2023)' },
      event: { name: 'afstand', description: '500 m, 1000 m, teamsprint, sprintvierkamp, ...' },
      place: { name: 'plaats', description: 'Haar plaats: winst, 2e, 3e, het podium of daarbuiten' },
    },
  },
  timeline: {
    name: 'tijdlijn',
    description: 'Mijlpalen in het leven en de carrière van Jutta Leerdam, oudste eerst',
    options: { year: { name: 'jaar', description: 'Alleen dit jaar' } },
  },
};

export const commandTexts = { en, nl };
