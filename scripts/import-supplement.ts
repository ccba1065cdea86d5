/**
 * One-off import (issue 11) of research/leerdam-facts-extra.md, the supplement to the fact sheet,
 * into data/leerdam.json after scripts/migrate-results.ts: podiums and margins of championship
 * races, non-medal placings, World Cup races and season classifications, personal-best
 * progressions, teams and coaches by period, family and early sport, and every conflict the
 * supplement lists (plus the three it finds with the main sheet).
 *
 * Sources are named by a unique piece of their URL and looked up in the two sheets, so every URL
 * written is one the sheets print (test/provenance.test.ts checks the file again). Margins and
 * sprint points that no source prints are worked out here from the times and marked `derived`;
 * the schema recomputes each on every load.
 *
 *   npx tsx scripts/import-supplement.ts [data/leerdam.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDataset } from '../src/data/load.ts';
import { decimalThousandths, decimalsOf, printThousandths, thousandths } from '../src/data/times.ts';

type Json = Record<string, unknown>;
type Localized = { en: string; nl: string };
type Placing = Json & {
  place?: number;
  name: string;
  result?: string;
  points?: { value: string; basis: string };
  members?: { name: string }[];
};
type Row = Json & { id: string; place?: number; result?: string; placings?: Placing[]; margins?: Json[] };

const L = (en: string, nl: string): Localized => ({ en, nl });
const HER = 'Jutta Leerdam';

const SHEETS = ['research/leerdam-facts.md', 'research/leerdam-facts-extra.md'].map((f) => readFileSync(f, 'utf8'));
const SHEET_URLS = [
  ...new Set(SHEETS.flatMap((s) => [...s.matchAll(/https?:\/\/[^\s)|;\]]+/g)].map((m) => m[0].replace(/[.,]+$/, '')))),
];

/** The one URL in the sheets that contains `fragment`. */
function u(fragment: string): string {
  const hits = SHEET_URLS.filter((url) => url.includes(fragment));
  if (hits.length !== 1) throw new Error(`"${fragment}" matches ${hits.length} URLs in the sheets`);
  return hits[0]!;
}
const us = (...fragments: string[]) => fragments.map(u);

// Venues as the data already writes them; a country only where the sheets or the earlier data give one.
const V = {
  heerenveen: L('Heerenveen, Netherlands (Thialf)', 'Heerenveen, Nederland (Thialf)'),
  saltLake: L('Salt Lake City, USA', 'Salt Lake City, Verenigde Staten'),
  saltLakeOval: L('Salt Lake City, USA (Utah Olympic Oval)', 'Salt Lake City, Verenigde Staten (Utah Olympic Oval)'),
  calgary: L('Calgary, Canada', 'Calgary, Canada'),
  calgaryOval: L('Calgary, Canada (Olympic Oval)', 'Calgary, Canada (Olympic Oval)'),
  hamar: L('Hamar, Norway', 'Hamar, Noorwegen'),
  inzell: L('Inzell, Germany', 'Inzell, Duitsland'),
  inzellArena: L('Inzell, Germany (Max Aicher Arena)', 'Inzell, Duitsland (Max Aicher Arena)'),
  stavanger: L('Stavanger, Norway', 'Stavanger, Noorwegen'),
  tomaszow: L('Tomaszów Mazowiecki, Poland', 'Tomaszów Mazowiecki, Polen'),
  obihiro: L('Obihiro, Japan', 'Obihiro, Japan'),
  beijing: L('Beijing, China', 'Peking, China'),
  beijingOval: L('Beijing, China (National Speed Skating Oval)', 'Peking, China (National Speed Skating Oval)'),
  helsinki: L('Helsinki, Finland', 'Helsinki, Finland'),
  collalbo: L('Collalbo (outdoor rink)', 'Collalbo (buitenbaan)'),
  tomakomai: L('Tomakomai', 'Tomakomai'),
  minsk: L('Minsk', 'Minsk'),
  nurSultan: L('Nur-Sultan', 'Nur-Sultan'),
  nagano: L('Nagano', 'Nagano'),
  milwaukee: L('Milwaukee', 'Milwaukee'),
};

const span = (en: string, nl: string) => ({ dateLabel: L(en, nl) });

/** A placing; her own carries no time (the row's is hers). */
const p = (place: number | undefined, name: string, result?: string, extra: Json = {}): Placing => ({
  ...(place === undefined ? {} : { place }),
  name,
  ...(result ? { result } : {}),
  ...extra,
});
const her = (place: number | undefined, extra: Json = {}): Placing =>
  p(place, HER, undefined, { country: 'NED', ...extra });
const team = (place: number | undefined, members: string[], laps = false, extra: Json = {}): Placing => ({
  ...(place === undefined ? {} : { place }),
  name: 'Netherlands',
  country: 'NED',
  members: members.map((name, i) => ({ name, ...(laps ? { lap: i + 1 } : {}) })),
  ...extra,
});
const note = (en: string, nl: string) => ({ note: L(en, nl) });
const given = (place: number, value: string, extra: Json = {}) => ({ place, value, basis: 'given', ...extra });
const pts = (value: string, basis: 'given' | 'derived' = 'derived') => ({ value, basis });
const conflict = (noteEn: string, noteNl: string, ...versions: [Localized, string[]][]) => ({
  confidence: 'conflict',
  conflict: { note: L(noteEn, noteNl), versions: versions.map(([claim, sources]) => ({ claim, sources })) },
});

// --- Championship results (sections A and B) ----------------------------------------------------

/** Changes to rows that exist: merged over them (sources are added to the row's own). */
const RESULT_UPDATES: Record<string, Json> = {
  'og-2022-1000m': {
    placings: [
      p(1, 'Miho Takagi', '1:13.19', note('Olympic record', 'olympisch record')),
      her(2),
      p(3, 'Brittany Bowe', '1:14.61'),
      p(4, 'Golikova', '1:14.71'),
      p(5, 'A. de Jong', '1:14.92'),
      p(6, 'Ireen Wüst', '1:15.11'),
      p(7, 'Goetz', '1:15.40'),
      p(8, 'Herzog', '1:15.64'),
    ],
    margins: [given(1, '0.64')],
    ...note(
      "Takagi's Olympic record broke Jorien ter Mors's 1:13.56.",
      'Takagi verbrak met haar olympisch record de 1.13,56 van Jorien ter Mors.',
    ),
    sources: us('nu.nl/olympische-spelen/6184631', 'volkskrant.nl/sport/goud-voor-takagi'),
  },
  'og-2026-1000m': {
    placings: [
      her(1),
      p(2, 'Femke Kok', '1:12.59'),
      p(3, 'Miho Takagi', '1:13.95'),
      p(4, 'Brittany Bowe', '1:14.55'),
      p(5, 'Lamarche', '1:14.73'),
      p(25, 'Vigl', '1:17.15', { country: 'ITA' }),
      p(undefined, 'Suzanne Schulting', '1:15.46', note('pair 1', 'rit 1')),
    ],
    margins: [given(2, '0.28'), given(3, '1.64')],
    ...note(
      'Olympic record. Pair 15 (the last), outer lane, against Takagi. Splits: 200 m in 17.6 (Kok 17.4); laps of 26.5 and 28.6, both the fastest of the field.',
      'Olympisch record. Rit 15 (de laatste), buitenbaan, tegen Takagi. Doorkomsttijden: 200 m in 17,6 (Kok 17,4); ronden van 26,5 en 28,6, allebei de snelste van het veld.',
    ),
    ...conflict(
      'Sources name different pair-mates for Femke Kok (pair 13).',
      'Bronnen noemen verschillende ritgenotes voor Femke Kok (rit 13).',
      [L('Rio Yamada (ANP, at the draw)', 'Rio Yamada (ANP, bij de loting)'), us('leerdam-op-1000-meter-in-slotrit')],
      [
        L(
          'Brittany Bowe (sportnieuws.nl live blog; Nemzeti Sport race report)',
          'Brittany Bowe (liveblog sportnieuws.nl; wedstrijdverslag Nemzeti Sport)',
        ),
        us('live-olympische-1000-meter-vrouwen', 'nemzetisport.hu'),
      ],
    ),
    sources: us('oasport.it', 'sportface.it', 'japannews.yomiuri', 'nbcolympics.com/post/320051'),
  },
  'og-2026-500m': {
    placings: [
      p(1, 'Femke Kok', '36.49', note('Olympic record', 'olympisch record')),
      her(2),
      p(3, 'Miho Takagi', '37.27'),
      p(4, 'Serena Pergher', undefined, {
        country: 'ITA',
        ...note('0.03 slower than Takagi', '0,03 langzamer dan Takagi'),
      }),
      p(5, 'Jackson', '37.32'),
      p(6, 'Ziomek-Nogal', '37.39'),
    ],
    margins: [given(1, '0.66')],
    ...note(
      'She had the fastest full lap of the field (26.57).',
      'Ze reed de snelste volle ronde van het veld (26,57).',
    ),
    ...conflict(
      'Sources number her pair differently.',
      'Bronnen nummeren haar rit verschillend.',
      [
        L('12th of 15 pairs (AP; Xinhua)', '12e van 15 ritten (AP; Xinhua)'),
        us('mymotherlode.com', 'chinaview.cn/20260216/99548665'),
      ],
      [L('Pair ("rit") 13 (sportnieuws.nl)', 'Rit 13 (sportnieuws.nl)'), us('check-hier-hoe-femke-kok')],
    ),
    sources: us('mymotherlode.com', 'sport.err.ee'),
  },
  'wsd-2019-team-sprint': {
    placings: [
      team(1, ['Janine Smit', HER, 'Letitia de Jong'], true),
      p(2, 'Canada', '1:27.21', { country: 'CAN' }),
      p(3, 'Russia', '1:27.26', { country: 'RUS' }),
    ],
    margins: [given(2, '0.92', { sources: us('omroepwest.nl/nieuws/3765890') })],
    ...note(
      'First world championship in the event; track record and Dutch record. The Dutch team skated the last pair, against Italy. Omroep West gives the winning margin as 0.92; the printed times give 0.93.',
      'Eerste wereldkampioenschap op het onderdeel; baanrecord en Nederlands record. De Nederlandse ploeg reed de laatste rit, tegen Italië. Omroep West noemt een verschil van 0,92; de gedrukte tijden geven 0,93.',
    ),
  },
  'wsd-2020-team-sprint': {
    placings: [
      team(1, ['Letitia de Jong', HER, 'Femke Kok']),
      p(2, 'Russia', '1:24.50', { country: 'RUS' }),
      p(3, 'Poland', '1:25.37', { country: 'POL' }),
    ],
    margins: [given(2, '0.48', { sources: us('nieuws.nl/sport/20200214') })],
    ...note(
      'A world record at the time (1:24.02 in the nieuws.nl report, 1:24.029 on nu.nl). Russia finished about 0.48 behind. Only four teams started.',
      'Een wereldrecord op dat moment (1.24,02 in het verslag van nieuws.nl, 1.24,029 op nu.nl). Rusland eindigde ongeveer 0,48 erachter. Er startten maar vier ploegen.',
    ),
    sources: us('nieuws.nl/sport/20200214'),
  },
  'wsd-2020-1000m': {
    placings: [
      her(1),
      p(2, 'Fatkulina', '1:12.33'),
      p(3, 'Miho Takagi', '1:12.34'),
      p(4, 'Ireen Wüst', '1:12.64', note('personal best', 'persoonlijk record')),
      p(8, 'Brittany Bowe'),
      p(9, 'Letitia de Jong', '1:12.99', note('personal best', 'persoonlijk record')),
    ],
    ...note(
      "Dutch record. The only skater under 1:12, 0.23 outside Bowe's world record (1:11.61).",
      'Nederlands record. Als enige onder de 1.12, 0,23 boven het wereldrecord van Bowe (1.11,61).',
    ),
  },
  'wsd-2021-1000m': {
    placings: [
      p(1, 'Brittany Bowe', '1:14.12'),
      her(2),
      p(3, 'Elizaveta Golubeva', '1:14.84', { country: 'RUS', ...note('personal best', 'persoonlijk record') }),
      p(4, 'Fatkulina', '1:15.03'),
      p(5, 'Jorien ter Mors', '1:15.27'),
      p(8, 'Suzanne Schulting', '1:16.03'),
    ],
    margins: [given(1, '0.55')],
    ...note('Head-to-head with Bowe, in the penultimate pair.', 'Rechtstreeks tegen Bowe, in de voorlaatste rit.'),
    sources: us('nu.nl/schaatsen/6116232', 'nieuws.nl/sport/20210213', 'nhnieuws.nl/nieuws/n27974'),
  },
  'wsd-2023-500m': {
    placings: [
      p(1, 'Femke Kok', '37.28'),
      p(2, 'Herzog', '37.33'),
      her(3),
      p(4, 'Kim Min-sun', '37.56', note('her pair-mate', 'haar ritgenote')),
      p(7, 'M. de Jong', '37.86'),
    ],
    margins: [given(1, '0.26')],
    ...note('She opened in 10.55.', 'Ze opende in 10,55.'),
    sources: us('nu.nl/schaatsen/6253842', 'earthpressnews.com/de/?p=183064'),
  },
  'wsd-2023-1000m': {
    placings: [
      her(1),
      p(2, 'Rijpma-de Jong', '1:14.26'),
      p(3, 'Miho Takagi', '1:14.37'),
      p(4, 'Goetz', '1:14.48', note('her pair-mate, in the last pair', 'haar ritgenote, in de laatste rit')),
      p(10, 'M. de Jong', '1:15.67'),
    ],
    margins: [given(2, '1.23')],
    ...note(
      "NH Nieuws: 'het grootste verschil ooit op de WK afstanden' (the biggest margin ever at the World Single Distances). Splits 17.64, 26.57, 28.8.",
      "NH Nieuws: 'het grootste verschil ooit op de WK afstanden'. Doorkomsttijden 17,64, 26,57, 28,8.",
    ),
    sources: us(
      'nhnieuws.nl/nieuws/n107829',
      'isu.org/speed-skating/news/news-ssk/14520',
      'archief.wos.nl/sportarchief/bericht/20230304',
    ),
  },
  'wsd-2024-1000m': {
    placings: [p(1, 'Miho Takagi', '1:12.83'), p(2, 'Mei Han', '1:13.27'), her(3)],
    extraDerived: [2],
    note: undefined,
  },
  'wsd-2025-team-sprint': {
    placings: [
      team(1, [HER, 'Suzanne Schulting', 'Angel Daleman'], true),
      p(2, 'Canada', undefined, { country: 'CAN', ...note('more than 1.5 s behind', 'ruim 1,5 s erachter') }),
      p(3, 'Poland', undefined, { country: 'POL', ...note('more than 2 s behind', 'ruim 2 s erachter') }),
    ],
    ...note(
      'Track record according to one source (thesportsdaily). Her fourth world team-sprint title: she was in all four Dutch wins (2019, 2020, 2022, 2025). Her first-ever first lap in a team sprint; the line-up, without Kok, was the choice of national coach Rintje Ritsma.',
      'Baanrecord volgens één bron (thesportsdaily). Haar vierde wereldtitel op de teamsprint: ze zat in alle vier de Nederlandse zeges (2019, 2020, 2022, 2025). Haar eerste openingsronde ooit in een teamsprint; de opstelling, zonder Kok, was de keuze van bondscoach Rintje Ritsma.',
    ),
    ...conflict(
      'Sources give two different winning times.',
      'Bronnen geven twee verschillende winnende tijden.',
      [
        L('1:25.57 (sportnieuws.nl; thesportsdaily)', '1.25,57 (sportnieuws.nl; thesportsdaily)'),
        us('jutta-leerdam-haalt-met-debutanten', 'thesportsdaily.com'),
      ],
      [
        L(
          '1:25.49, "de tweede snelste teamsprint ooit van het Nederlands team", against Norway (NH Nieuws/NOS)',
          '1.25,49, "de tweede snelste teamsprint ooit van het Nederlands team", tegen Noorwegen (NH Nieuws/NOS)',
        ),
        us('nhnieuws.nl/nieuws/n179555'),
      ],
    ),
    sources: us('nederlandse-schaatssters-gaan-in-op-afwezigheid', 'nhnieuws.nl/nieuws/n179555'),
  },
  'wsd-2025-500m': {
    placings: [p(1, 'Femke Kok', '37.50'), her(2), p(3, 'Kim Min-sun', '37.73'), p(undefined, 'Jackson', '37.95')],
    margins: [given(1, '0.19')],
    ...note('She skated pair 8, against Lee Na-hyun.', 'Ze reed rit 8, tegen Lee Na-hyun.'),
    ...conflict(
      'Sources give two different winning times for Femke Kok.',
      'Bronnen geven twee verschillende winnende tijden voor Femke Kok.',
      [
        L(
          '37.50 (Hart van Nederland and ANP; agrees with the 0.19 gap in sportnieuws.nl)',
          '37,50 (Hart van Nederland en ANP; klopt met het verschil van 0,19 bij sportnieuws.nl)',
        ),
        us('femke-kok-jenning-de-boo-goud', 'kok-voor-de-derde-keer-op-rij', 'jutta-leerdam-houdt-dubbel-gevoel'),
      ],
      [L('37.590 (thesportsdaily)', '37,590 (thesportsdaily)'), us('thesportsdaily.com')],
    ),
    sources: us('femke-kok-jenning-de-boo-goud', 'kok-voor-de-derde-keer-op-rij', 'jutta-leerdam-houdt-dubbel-gevoel'),
  },
  'wsd-2025-1000m': {
    placings: [p(1, 'Miho Takagi', '1:14.75'), p(2, 'Femke Kok', '1:14.98'), her(3)],
    extraDerived: [2],
    note: undefined,
  },
  'ws-2022-allround': {
    points: pts('151.140'),
    placings: [
      her(1),
      p(2, 'Femke Kok', undefined, note('"maar net" (only just) behind her', '"maar net" achter haar')),
      p(3, 'Herzog'),
      p(6, 'M. de Jong'),
    ],
    ...note(
      "After day 1 she led with 75.550 points, Kok 0.07 behind and Herzog 0.59; after the second 500 m Kok led by 0.22 (in 1000 m seconds). Takagi (who chose the all-round), Jackson and Bowe were absent, and Russian and Belarusian skaters had been barred by the ISU after the invasion of Ukraine. Points worked out from her race times (no source prints them); the supplement also works out Kok's 151.215, a margin of 0.075, taking Kok's first 500 m from the day-1 standings.",
      'Na dag 1 leidde ze met 75,550 punten, Kok op 0,07 en Herzog op 0,59; na de tweede 500 meter leidde Kok met 0,22 (in 1000 meter-seconden). Takagi (die voor het allroundtoernooi koos), Jackson en Bowe ontbraken, en Russische en Wit-Russische schaatsers waren na de inval in Oekraïne door de ISU uitgesloten. Punten berekend uit haar rittijden (geen bron drukt ze af); het supplement berekent ook de 151,215 van Kok, een verschil van 0,075, met Koks eerste 500 meter afgeleid uit de stand na dag 1.',
    ),
    sources: us(
      'nu.nl/schaatsen/6187441',
      'nieuws.nl/sport/20220304',
      'volkskrant.nl/sport/schaatsster-jutta-leerdam-pakt-de-wereldtitel',
    ),
  },
  'ws-2022-team-sprint': {
    placings: [
      team(1, [HER, 'Femke Kok', 'Dione Voskamp']),
      p(2, 'Poland', '1:29.51', { country: 'POL' }),
      p(3, 'Norway', '1:34.92', { country: 'NOR' }),
    ],
    ...note(
      'Filed under the World Sprint Championships by Wikipedia and the ISU biography; nu.nl calls it the defence of the world team-sprint title. Only three teams started.',
      'Door Wikipedia en de ISU-biografie bij het WK sprint ingedeeld; nu.nl noemt het de verdediging van de wereldtitel teamsprint. Er startten maar drie ploegen.',
    ),
    ...conflict(
      'Two nu.nl pages give different times.',
      'Twee pagina’s van nu.nl geven verschillende tijden.',
      [
        L(
          '1:27.85; Poland 1:29.51; Norway 1:34.92 (nu.nl report)',
          '1.27,85; Polen 1.29,51; Noorwegen 1.34,92 (verslag nu.nl)',
        ),
        us('nu.nl/schaatsen/6187760'),
      ],
      [
        L(
          '1:27.42; Poland 1:29.09; Norway 1:34.92 (nu.nl results page)',
          '1.27,42; Polen 1.29,09; Noorwegen 1.34,92 (uitslagenpagina nu.nl)',
        ),
        us('nu.nl/schaatsen/6187293'),
      ],
    ),
  },
  'ws-2024-allround': {
    points: pts('148.265'),
    placings: [
      p(1, 'Miho Takagi', undefined, { points: pts('147.545') }),
      p(2, 'Femke Kok', undefined, { points: pts('148.100') }),
      her(3),
    ],
    extraDerived: [2],
    ...note(
      'Kok finished 0.33 s (in 1000 m time) ahead of her. Points worked out from the race times (no source prints them).',
      'Kok eindigde 0,33 s (in 1000 meter-tijd) voor haar. Punten berekend uit de rittijden (geen bron drukt ze af).',
    ),
    sources: us(
      'nieuws.nl/sport/20240307/schaatsster-leerdam-derde',
      'isu.org/speed-skating/news/news-ssk/14968',
      'taketonews.com',
    ),
  },
  'ec-2020-1000m': {
    placings: [
      her(1),
      p(2, 'Daria Kachanova', '1:13.90', note('personal best', 'persoonlijk record')),
      p(3, 'Shikhova'),
      p(4, 'Letitia de Jong', '1:14.64'),
      p(5, 'Ireen Wüst', '1:14.81'),
    ],
    margins: [given(2, '0.23')],
    ...note(
      'Her first international senior title, in a personal best; Omroep West calls it the second-fastest time ever at Thialf. She had withdrawn from the team sprint (Friday) and the 500 m (Saturday) with a groin strain.',
      'Haar eerste internationale titel bij de senioren, in een persoonlijk record; Omroep West noemt het de op één na snelste tijd ooit in Thialf. Ze had zich met een liesblessure afgemeld voor de teamsprint (vrijdag) en de 500 meter (zaterdag).',
    ),
    ...conflict(
      "Sources give two different times for Shikhova's bronze.",
      'Bronnen geven twee verschillende tijden voor het brons van Shikhova.',
      [L('1:14.48 (Omroep West)', '1.14,48 (Omroep West)'), us('omroepwest.nl/nieuws/3984875')],
      [L('1:14.98 (nu.nl)', '1.14,98 (nu.nl)'), us('nu.nl/schaatsen/6023341')],
    ),
    sources: us('een-hip-meisje-dat-de-schaatswereld'),
  },
  'ec-2022-1000m': {
    placings: [
      her(1),
      p(2, 'Femke Kok', '1:14.80'),
      p(3, 'Daria Kachanova', '1:14.94'),
      p(6, 'M. de Jong', '1:15.68'),
      p(undefined, 'Golikova', '1:15.54'),
    ],
    margins: [given(2, '1.20', { sources: us('nieuws.nl/sport/20220109') })],
    ...note(
      'Laps of 26.75 and 28.9. NH Nieuws gives the gap to Kok as 1.19. She had skipped the 500 m the day before, to save energy for Beijing.',
      'Ronden van 26,75 en 28,9. NH Nieuws noemt een verschil met Kok van 1,19. Ze sloeg de 500 meter een dag eerder over, om energie te sparen voor Peking.',
    ),
    ...conflict(
      'Sources rank her time among all Thialf times differently.',
      'Bronnen plaatsen haar tijd verschillend tussen alle tijden in Thialf.',
      [
        L('"de derde tijd ooit in Thialf" (NH Nieuws)', '"de derde tijd ooit in Thialf" (NH Nieuws)'),
        us('nhnieuws.nl/nieuws/n66277'),
      ],
      [L('"de vierde tijd ooit" (HBVL)', '"de vierde tijd ooit" (HBVL)'), us('hbvl.be/cnt/dmf20220109')],
    ),
    sources: us('zeelandnet.nl/nieuws/schaatsster-leerdam-opnieuw', 'nu.nl/schaatsen/6177211'),
  },
  'ec-2024-500m': {
    placings: [p(1, 'Femke Kok', '37.28'), her(2), p(3, 'Herzog', '37.89'), p(4, 'Fledderus', '38.00')],
    margins: [given(1, '0.42')],
    ...note(
      'Head-to-head with Kok in the last pair; openers Kok 10.40, Leerdam 10.64. Before this race Kok had won 11 of their 13 head-to-head 500 m races.',
      'Rechtstreeks tegen Kok in de laatste rit; openingen Kok 10,40, Leerdam 10,64. Voor deze race had Kok 11 van hun 13 onderlinge 500 meters gewonnen.',
    ),
    sources: us('nhnieuws.nl/nieuws/n137282'),
  },
  'ec-2024-1000m': {
    placings: [her(1), p(2, 'Rijpma-de Jong', '1:15.04', { resultBasis: 'derived' }), p(3, 'Herzog'), p(4, 'Grevelt')],
    margins: [given(2, '0.59')],
    sources: us('nhnieuws.nl/nieuws/n137366'),
  },
  'es-2021-allround': {
    points: pts('149.385'),
    placings: [
      her(1),
      p(2, 'Golikova'),
      p(3, 'Femke Kok', undefined, note('0.025 short of silver', '0,025 tekort voor zilver')),
      p(4, 'Jorien ter Mors'),
    ],
    ...note(
      'Points worked out from her race times (no source prints them).',
      'Punten berekend uit haar rittijden (geen bron drukt ze af).',
    ),
    sources: us('nu.nl/schaatsen/6102487', 'leerdam-pakt-europese-sprinttitel-kok-debuteert'),
  },
  'es-2023-allround': {
    points: pts('149.960'),
    placings: [her(1), p(2, 'Femke Kok', undefined, { points: pts('151.290') }), p(3, 'Herzog'), p(4, 'Fledderus')],
    ...note(
      'Points worked out from the race times (no source prints them).',
      'Punten berekend uit de rittijden (geen bron drukt ze af).',
    ),
  },
  'es-2025-allround': {
    points: pts('150.060'),
    placings: [her(1), p(2, 'Femke Kok', undefined, { points: pts('150.100') }), p(3, 'Suzanne Schulting')],
    margins: [given(2, '0.040', { unit: 'pts', sources: us('leerdam-keeps-kok-at-bay') })],
    ...note(
      'Her third European sprint title, by 0.04 over Femke Kok; the ISU gives the margin as 0.040 points. Points worked out from the race times (no source prints them).',
      'Haar derde Europese sprinttitel, met 0,04 voor Femke Kok; de ISU noemt een verschil van 0,040 punten. Punten berekend uit de rittijden (geen bron drukt ze af).',
    ),
    sources: us('leerdam-keeps-kok-at-bay', 'nhnieuws.nl/nieuws/n173822'),
  },
  'wj-2017-500m': {
    date: '2017-02-17',
    placings: [p(1, 'Daria Kachanova', '39.90'), p(2, 'Sun Nan', undefined, { country: 'CHN' }), her(3)],
    ...note(
      'Held outdoors on wet ice, 17–18 February 2017. The ISU biography lists about 11 World Junior medals; only these five could be placed by year (see /about career).',
      'Buiten verreden op nat ijs, 17–18 februari 2017. De ISU-biografie noemt ongeveer 11 medailles op het WK junioren; alleen deze vijf konden aan een jaar worden gekoppeld (zie /over carrière).',
    ),
    sources: us('juniorspeedskating.fi/news/first-gold-medal', 'sport-express.net'),
  },
  'wj-2017-1500m': {
    date: '2017-02-17',
    placings: [her(1), p(2, "Sanne In 't Hof"), p(3, 'Daria Kachanova')],
    sources: us('sport-express.net'),
  },
  'wj-2017-3000m': {
    dateLabel: L('17–18 Feb 2017', '17–18 feb 2017'),
    placings: [
      p(1, 'Joy Beune', '4:35.90'),
      p(2, "Sanne In 't Hof", undefined, note('1.24 behind Beune', '1,24 achter Beune')),
      her(3),
    ],
    ...note(
      'Her time was not found. The ISU biography lists about 11 World Junior medals; only these five could be placed by year (see /about career).',
      'Haar tijd is niet gevonden. De ISU-biografie noemt ongeveer 11 medailles op het WK junioren; alleen deze vijf konden aan een jaar worden gekoppeld (zie /over carrière).',
    ),
  },
  'wj-2017-allround': {
    dateLabel: L('17–18 Feb 2017', '17–18 feb 2017'),
    placings: [her(1), p(2, 'Joy Beune'), p(3, "Sanne In 't Hof")],
    ...note(
      'Points total not found. She won after the leader, Daria Kachanova, skipped the 3000 m. The Dutch team leader was Jetske Wiersma. The ISU biography lists about 11 World Junior medals; only these five could be placed by year (see /about career).',
      'Puntentotaal niet gevonden. Ze won nadat leidster Daria Kachanova de 3000 meter oversloeg. Teamleider van de Nederlandse ploeg was Jetske Wiersma. De ISU-biografie noemt ongeveer 11 medailles op het WK junioren; alleen deze vijf konden aan een jaar worden gekoppeld (zie /over carrière).',
    ),
  },
  'wj-2018-allround': {
    dateLabel: L('about 9–11 Mar 2018', 'rond 9–11 mrt 2018'),
    placings: [
      p(1, 'Joy Beune', undefined, { points: pts('153.776', 'given') }),
      her(2),
      p(3, 'Dul', undefined, { points: pts('157.306', 'given') }),
    ],
    margins: [given(1, '0.642', { unit: 'pts' })],
    ...note(
      'Beune won the 1000, 1500 and 3000 m in junior world records and was 5th in the 500 m. The ISU biography lists about 11 World Junior medals; only these five could be placed by year (see /about career).',
      'Beune won de 1000, 1500 en 3000 meter in juniorenwereldrecords en werd 5e op de 500 meter. De ISU-biografie noemt ongeveer 11 medailles op het WK junioren; alleen deze vijf konden aan een jaar worden gekoppeld (zie /over carrière).',
    ),
  },
  // World Cup wins that were rows already.
  'wc-2020-03-heerenveen': { placings: [her(1), p(2, 'Brittany Bowe', '1:13.98'), p(3, 'Miho Takagi', '1:13.99')] },
  'wc-2022-11-stavanger': {
    placings: [her(1), p(2, 'Kim Min-sun', '1:15.82'), p(3, 'Miho Takagi')],
    margins: [given(3, '0.80')],
    ...note('Takagi lost time on the crossing.', 'Takagi verloor tijd op de kruising.'),
    sources: us('isu.org/isu-news/news/130-wc-speed-skating-news/14313'),
  },
  'wc-2022-11-heerenveen': {
    placings: [her(1), p(2, 'Miho Takagi', '1:13.92'), p(3, 'Grevelt', '1:14.54')],
    sources: us('bndestem.nl/sport/goud-jutta-leerdam'),
  },
  'wc-2022-12-calgary-1': {
    placings: [her(1), p(2, 'Goetz'), p(3, 'Herzog', '1:13.56'), p(4, 'Miho Takagi', '1:13.57')],
    margins: [given(2, '0.71')],
    sources: us('nu.nl/schaatsen/6241571'),
  },
  'wc-2022-12-calgary-2': {
    date: '2022-12-18',
    placings: [her(1), p(2, 'Miho Takagi', '1:13.19'), p(3, 'Goetz', '1:13.58')],
    margins: [given(2, '0.66')],
    ...note(
      'Her fifth World Cup 1000 m win; among Dutch women only Marianne Timmer (10) had won more, according to NH Nieuws.',
      'Haar vijfde wereldbekerzege op de 1000 meter; van de Nederlandse vrouwen had volgens NH Nieuws alleen Marianne Timmer (10) er meer.',
    ),
    ...conflict(
      "Sources give two times for Goetz's 3rd place.",
      'Bronnen geven twee tijden voor de derde plaats van Goetz.',
      [
        L('1:13.58 (nu.nl; NH Nieuws)', '1.13,58 (nu.nl; NH Nieuws)'),
        us('nu.nl/schaatsen/6242934', 'nhnieuws.nl/nieuws/n100578'),
      ],
      [
        L(
          "1:13.59 (implied by AD: 0.02 faster than Rijpma-de Jong's 1:13.61)",
          '1.13,59 (volgens AD: 0,02 sneller dan de 1.13,61 van Rijpma-de Jong)',
        ),
        us('ad.nl/schaatsen/jutta-leerdam-wint-bij-wereldbeker-calgary'),
      ],
    ),
    sources: us('nu.nl/schaatsen/6242934'),
  },
  'wc-2023-02-tomaszow': { placings: [her(1), p(2, 'Goetz', '1:15.54'), p(3, 'Miho Takagi', '1:15.67')] },
  'wc-2023-12-stavanger': {
    placings: [her(1), p(2, 'Miho Takagi', '1:15.52'), p(3, 'Rijpma-de Jong', '1:15.74')],
    ...note(
      'First lap 27.15 (27.1 according to the ISU). The win brought her level with Takagi at the top of the World Cup standings; she planned to skip the next round, in Poland.',
      'Openingsronde 27,15 (27,1 volgens de ISU). Met de zege kwam ze gelijk met Takagi aan kop van het wereldbekerklassement; ze wilde de volgende wedstrijd, in Polen, overslaan.',
    ),
    sources: us('isu.org/speed-skating/news/news-ssk/14789'),
  },
  'wc-2025-11-salt-lake-city': {
    ...note(
      "She called it 'best wel dicht bij het wereldrecord' (quite close to the world record).",
      "Ze noemde het 'best wel dicht bij het wereldrecord'.",
    ),
  },
  'wc-2025-12-heerenveen': {
    placings: [her(1), p(2, 'Miho Takagi', '1:14.29'), p(3, 'Femke Kok', '1:14.46'), p(4, 'Brittany Bowe', '1:14.55')],
    ...note(
      'Won after she was hit by a car during bike training in early December 2025. The win put her 1 point ahead of Kok in the World Cup 1000 m standings.',
      'Gewonnen nadat ze begin december 2025 tijdens een fietstraining door een auto was geraakt. Met de zege stond ze 1 punt voor Kok in het wereldbekerklassement 1000 meter.',
    ),
    sources: us('kurir.rs'),
  },
  'wc-2026-01-inzell': {
    placings: [her(1), p(2, 'Miho Takagi', '1:13.43'), p(3, 'Femke Kok', '1:13.67')],
    ...note(
      'Track record. She started on a discretionary KNSB place (Naomi Verkerk had dropped out of the ranking matrix). She and Kok skipped the second 500 m (25 January).',
      'Baanrecord. Ze startte op een aanwijsplek van de KNSB (Naomi Verkerk was uit de matrix gevallen). Zij en Kok sloegen de tweede 500 meter over (25 januari).',
    ),
    sources: us('upday.com/nl/binnenland/de-goudwinnares', 'live-world-cup-schaatsen-inzell'),
  },
};

/** A new results row; `partOf` rows are the races of a sprint classification (no medals). */
function row(
  id: string,
  competition: string,
  season: string,
  date: string,
  venue: Localized,
  event: string,
  place: number | undefined,
  result: string | undefined,
  sources: string[],
  extra: Json = {},
): Row {
  return {
    id,
    competition,
    season,
    date,
    ...(extra.dateLabel ? { dateLabel: extra.dateLabel } : {}),
    venue,
    event,
    ...(extra.race ? { race: extra.race } : {}),
    ...(extra.partOf ? { partOf: extra.partOf } : {}),
    ...(place === undefined ? {} : { place }),
    ...(extra.tied ? { tied: true } : {}),
    ...(result ? { result } : {}),
    ...(extra.resultBasis ? { resultBasis: extra.resultBasis } : {}),
    ...(extra.points ? { points: extra.points } : {}),
    ...(extra.margins ? { margins: extra.margins } : {}),
    ...(extra.placings ? { placings: extra.placings } : {}),
    sources,
    confidence: extra.confidence ?? (sources.length > 1 ? 'confirmed' : 'single-source'),
    ...(extra.conflict ? { conflict: extra.conflict } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  } as Row;
}

const sprintRace = (partOf: string, race: number) => ({ partOf, race });

/** Rows that are new: each goes in after the row named (or at the end of the championship rows). */
const NEW_RESULTS: Row[] = [
  // Olympics
  row(
    'og-2022-500m',
    'olympics',
    '2021/22',
    '2022-02-13',
    V.beijingOval,
    '500m',
    5,
    '37.34',
    us(
      'nieuws.nl/sport/20220213/nederlandse-schaatssters',
      'nu.nl/olympische-spelen/6183875',
      'eurosport.nl/schaatsen/beijing-2022/2022/beijing-2022-goud-voor-erin-jackson',
      'pzc.nl/olympische-spelen',
      'gemengde-gevoelens',
    ),
    {
      placings: [
        p(1, 'Jackson', '37.04'),
        p(2, 'Miho Takagi', '37.12'),
        p(3, 'Golikova', '37.21'),
        p(13, 'M. de Jong', '37.97'),
      ],
      margins: [given(3, '0.13')],
      ...note(
        "Her Olympic debut. Pair 7, against Jin Jingzhu (CHN). Her lap of 26.76 was second only to Takagi's 26.71.",
        'Haar olympische debuut. Rit 7, tegen Jin Jingzhu (CHN). Haar ronde van 26,76 was alleen langzamer dan die van Takagi (26,71).',
      ),
      ...conflict(
        "Sources give slightly different times, hers and Femke Kok's.",
        'Bronnen geven net andere tijden, voor haar en voor Femke Kok.',
        [
          L('Leerdam 37.34, Kok 37.39 (nu.nl)', 'Leerdam 37,34, Kok 37,39 (nu.nl)'),
          us('nu.nl/olympische-spelen/6183875'),
        ],
        [
          L('Leerdam 37.34, Kok 37.40 (ANP, Eurosport)', 'Leerdam 37,34, Kok 37,40 (ANP, Eurosport)'),
          us(
            'nieuws.nl/sport/20220213/nederlandse-schaatssters',
            'eurosport.nl/schaatsen/beijing-2022/2022/beijing-2022-goud-voor-erin-jackson',
          ),
        ],
        [
          L(
            'Leerdam 37.33, "0.11 off her personal best" (PZC)',
            'Leerdam 37,33, "0,11 van haar persoonlijk record" (PZC)',
          ),
          us('pzc.nl/olympische-spelen'),
        ],
      ),
    },
  ),
  // World Single Distances
  row(
    'wsd-2019-500m',
    'world-single-distances',
    '2018/19',
    '2019-02-08',
    V.inzellArena,
    '500m',
    16,
    '38.34',
    us('herzog-verrast-kodaira'),
    {
      placings: [p(1, 'Herzog', '37.12')],
    },
  ),
  row(
    'wsd-2020-500m',
    'world-single-distances',
    '2019/20',
    '2020-02-14',
    V.saltLake,
    '500m',
    8,
    '37.30',
    us('kodaira-herovert-wereldtitel'),
    {
      placings: [p(1, 'Kodaira', '36.69'), p(2, 'Golikova', '36.74'), p(3, 'Fatkulina', '36.78')],
      ...note(
        'A personal best, 0.45 faster than her previous one.',
        'Een persoonlijk record, 0,45 sneller dan haar vorige.',
      ),
    },
  ),
  row(
    'wsd-2021-500m',
    'world-single-distances',
    '2020/21',
    '2021-02-12',
    V.heerenveen,
    '500m',
    4,
    '37.61',
    us('nhnieuws.nl/nieuws/n27879', 'nu.nl/schaatsen/6116089', 'archief.wos.nl/nieuwsarchief/bericht/20210212'),
    {
      placings: [p(1, 'Golikova', '37.14'), p(2, 'Femke Kok', '37.28'), p(3, 'Fatkulina', '37.45')],
      ...note('Last pair, against Kok; a poor start.', 'Laatste rit, tegen Kok; een slechte start.'),
    },
  ),
  row(
    'wsd-2023-1500m',
    'world-single-distances',
    '2022/23',
    '2023-03-05',
    V.heerenveen,
    '1500m',
    7,
    '1:55.32',
    us('nu.nl/schaatsen/6254019'),
    {
      placings: [p(1, 'Rijpma-de Jong', '1:53.54')],
    },
  ),
  row(
    'wsd-2024-500m',
    'world-single-distances',
    '2023/24',
    '2024-02-16',
    V.calgaryOval,
    '500m',
    6,
    '37.42',
    us('femke-kok-met-waanzinnige-500-meter', 'nieuws.nl/sport/20240216'),
    {
      placings: [
        p(1, 'Femke Kok', '36.83', note('Dutch record', 'Nederlands record')),
        p(2, 'Kim Min-sun', '37.19'),
        p(3, 'Goetz', '37.21'),
        p(4, 'Tian Ruining', '37.24'),
        p(5, 'Jackson', '37.25'),
      ],
      ...note(
        'The first Dutch skater to start; she had ankle trouble.',
        'De eerste Nederlandse die startte; ze had last van haar enkel.',
      ),
    },
  ),
  // World Sprint 2019, 2020 (no medal), and the races of 2022 and 2024
  row(
    'ws-2019-500m-1',
    'world-sprint',
    '2018/19',
    '2019-02-23',
    V.heerenveen,
    '500m',
    16,
    '38.58',
    us('kodaira-wint-eerste-500-meter'),
    sprintRace('ws-2019-allround', 1),
  ),
  row(
    'ws-2019-1000m-1',
    'world-sprint',
    '2018/19',
    '2019-02-23',
    V.heerenveen,
    '1000m',
    6,
    '1:15.31',
    us('nu.nl/schaatsen/5758470'),
    {
      ...sprintRace('ws-2019-allround', 1),
      ...note('She was 11th after day 1.', 'Na dag 1 stond ze 11e.'),
    },
  ),
  row(
    'ws-2019-1000m-2',
    'world-sprint',
    '2018/19',
    '2019-02-24',
    V.heerenveen,
    '1000m',
    4,
    '1:15.03',
    us('nu.nl/schaatsen/5759406', 'nuis-haalt-derde-plek'),
    sprintRace('ws-2019-allround', 2),
  ),
  row(
    'ws-2019-allround',
    'world-sprint',
    '2018/19',
    '2019-02-24',
    V.heerenveen,
    'sprint-allround',
    10,
    undefined,
    us('nu.nl/schaatsen/5759406', 'nuis-haalt-derde-plek', 'nu.nl/schaatsen/6034248'),
    {
      ...span('23–24 Feb 2019', '23–24 feb 2019'),
      placings: [p(1, 'Kodaira'), p(2, 'Miho Takagi'), p(3, 'Brittany Bowe')],
      ...note('Her World Sprint debut.', 'Haar debuut op het WK sprint.'),
    },
  ),
  row(
    'ws-2020-500m-1',
    'world-sprint',
    '2019/20',
    '2020-02-28',
    V.hamar,
    '500m',
    14,
    '38.30',
    us('telegraaf.nl/sport/1142519217'),
    sprintRace('ws-2020-allround', 1),
  ),
  row(
    'ws-2020-1000m-1',
    'world-sprint',
    '2019/20',
    '2020-02-28',
    V.hamar,
    '1000m',
    2,
    '1:14.53',
    us('telegraaf.nl/sport/1142519217'),
    {
      ...sprintRace('ws-2020-allround', 1),
      resultBasis: 'derived',
      placings: [p(1, 'Miho Takagi', '1:13.75', note('track record', 'baanrecord')), her(2)],
      margins: [given(1, '0.78')],
      ...note(
        'She was 6th after day 1. Her time is worked out from the printed gap to Takagi.',
        'Na dag 1 stond ze 6e. Haar tijd is berekend uit het gedrukte verschil met Takagi.',
      ),
    },
  ),
  row(
    'ws-2020-500m-2',
    'world-sprint',
    '2019/20',
    '2020-02-29',
    V.hamar,
    '500m',
    7,
    '38.03',
    us('bndestem.nl/sport/podium-ver-weg'),
    {
      ...sprintRace('ws-2020-allround', 2),
      ...note('She needed 1.19 s on Fatkulina for bronze.', 'Ze had 1,19 s op Fatkulina nodig voor brons.'),
    },
  ),
  row(
    'ws-2020-1000m-2',
    'world-sprint',
    '2019/20',
    '2020-02-29',
    V.hamar,
    '1000m',
    2,
    '1:14.47',
    us('nieuws.nl/sport/20200229/wk-goud', 'nu.nl/schaatsen/6034178'),
    {
      ...sprintRace('ws-2020-allround', 2),
      placings: [p(1, 'Miho Takagi', '1:13.93', note('track record', 'baanrecord')), her(2)],
    },
  ),
  row(
    'ws-2020-allround',
    'world-sprint',
    '2019/20',
    '2020-02-29',
    V.hamar,
    'sprint-allround',
    5,
    undefined,
    us('nieuws.nl/sport/20200229/wk-goud', 'nu.nl/schaatsen/6034178', 'nu.nl/schaatsen/6034248'),
    {
      ...span('28–29 Feb 2020', '28–29 feb 2020'),
      placings: [p(1, 'Miho Takagi'), p(2, 'Kodaira'), p(3, 'Fatkulina')],
    },
  ),
  row(
    'ws-2022-500m-1',
    'world-sprint',
    '2021/22',
    '2022-03-03',
    V.hamar,
    '500m',
    5,
    '38.11',
    us('nu.nl/schaatsen/6187441'),
    {
      ...sprintRace('ws-2022-allround', 1),
      placings: [p(1, 'Femke Kok')],
    },
  ),
  row(
    'ws-2022-1000m-1',
    'world-sprint',
    '2021/22',
    '2022-03-03',
    V.hamar,
    '1000m',
    1,
    '1:14.88',
    us('nu.nl/schaatsen/6187441', 'ad.nl/schaatsen/jutta-leerdam-en-femke-kok-na-eerste-dag'),
    {
      ...sprintRace('ws-2022-allround', 1),
      placings: [
        her(1),
        p(undefined, 'Femke Kok', '1:15.68'),
        p(undefined, 'Goetz', '1:15.89'),
        p(undefined, 'Herzog', '1:16.42'),
      ],
      ...note('First lap 27.0.', 'Openingsronde 27,0.'),
    },
  ),
  row(
    'ws-2022-500m-2',
    'world-sprint',
    '2021/22',
    '2022-03-04',
    V.hamar,
    '500m',
    4,
    '38.11',
    us('nieuws.nl/sport/20220304'),
    {
      ...sprintRace('ws-2022-allround', 2),
      placings: [p(1, 'Femke Kok', '37.93'), p(2, 'Wójcik', '38.00'), p(3, 'Herzog', '38.05')],
      ...note('The same time as on day 1.', 'Dezelfde tijd als op dag 1.'),
    },
  ),
  row(
    'ws-2022-1000m-2',
    'world-sprint',
    '2021/22',
    '2022-03-04',
    V.hamar,
    '1000m',
    1,
    '1:14.96',
    us('nu.nl/schaatsen/6187647', 'ad.nl/schaatsen/nils-van-der-poel'),
    {
      ...sprintRace('ws-2022-allround', 2),
      placings: [her(1), p(undefined, 'Femke Kok', '1:15.33'), p(undefined, 'Herzog', '1:16.07')],
    },
  ),
  row(
    'ws-2024-500m-1',
    'world-sprint',
    '2023/24',
    '2024-03-07',
    V.inzell,
    '500m',
    5,
    '37.41',
    us('schaatsster-kok-opent-wk-sprint'),
    {
      ...sprintRace('ws-2024-allround', 1),
      placings: [
        p(1, 'Femke Kok', '37.07', note('track record', 'baanrecord')),
        p(2, 'Miho Takagi', '37.13'),
        p(3, 'Kim Min-sun', '37.36'),
        p(4, 'Jackson', '37.40'),
      ],
      ...conflict(
        "Sources give two times for Femke Kok's winning 500 m.",
        'Bronnen geven twee tijden voor de winnende 500 meter van Femke Kok.',
        [
          L('37.07 (nieuws.nl, NH Nieuws, ISU)', '37,07 (nieuws.nl, NH Nieuws, ISU)'),
          us('nhnieuws.nl/nieuws/n143373', 'schaatsster-kok-opent-wk-sprint'),
        ],
        [L('37.06 (sportnieuws.nl)', '37,06 (sportnieuws.nl)'), us('wk-sprint-2024-or-weergaloze')],
      ),
    },
  ),
  row(
    'ws-2024-1000m-1',
    'world-sprint',
    '2023/24',
    '2024-03-07',
    V.inzell,
    '1000m',
    2,
    '1:13.71',
    us('schaatsster-leerdam-derde-na-eerste-dag', 'isu.org/speed-skating/news/news-ssk/14968'),
    {
      ...sprintRace('ws-2024-allround', 1),
      placings: [
        p(1, 'Miho Takagi', '1:13.32', note('track record', 'baanrecord')),
        her(2),
        p(undefined, 'Femke Kok', '1:14.35'),
      ],
      ...note('She was 3rd after day 1.', 'Na dag 1 stond ze 3e.'),
    },
  ),
  row(
    'ws-2024-500m-2',
    'world-sprint',
    '2023/24',
    '2024-03-08',
    V.inzell,
    '500m',
    6,
    '37.57',
    us('wk-sprint-or-femke-kok-wint-tweede'),
    {
      ...sprintRace('ws-2024-allround', 2),
      placings: [
        p(undefined, 'Femke Kok', '37.07'),
        p(undefined, 'Kim Min-sun', '37.11'),
        p(undefined, 'Jackson', '37.13'),
        p(undefined, 'Miho Takagi', '37.19'),
      ],
      ...note(
        'Standings after three races: Takagi 110.980, Kok 111.315, Leerdam 111.835.',
        'Stand na drie afstanden: Takagi 110,980, Kok 111,315, Leerdam 111,835.',
      ),
    },
  ),
  row(
    'ws-2024-1000m-2',
    'world-sprint',
    '2023/24',
    '2024-03-08',
    V.inzell,
    '1000m',
    1,
    '1:12.86',
    us('taketonews.com', 'femke-kok-tweede-op-wk-sprint'),
    {
      ...sprintRace('ws-2024-allround', 2),
      placings: [her(1), p(undefined, 'Miho Takagi', '1:13.13'), p(undefined, 'Femke Kok', '1:13.57')],
      ...note('A track record.', 'Een baanrecord.'),
    },
  ),
  // European Sprint 2019 (no medal) and the races of 2021, 2023, 2025
  row(
    'es-2019-500m-1',
    'european-sprint',
    '2018/19',
    '2019-01-12',
    V.collalbo,
    '500m',
    4,
    '38.55',
    us('herzog-neemt-meteen-afstand'),
    sprintRace('es-2019-allround', 1),
  ),
  row(
    'es-2019-1000m-1',
    'european-sprint',
    '2018/19',
    '2019-01-12',
    V.collalbo,
    '1000m',
    2,
    '1:15.82',
    us('leerdam-sterk-op-1000-meter-op-ek-sprint'),
    {
      ...sprintRace('es-2019-allround', 1),
      placings: [p(1, 'Daria Kachanova', '1:15.79'), her(2)],
    },
  ),
  row(
    'es-2019-500m-2',
    'european-sprint',
    '2018/19',
    '2019-01-13',
    V.collalbo,
    '500m',
    4,
    '38.45',
    us('herzog-wint-opnieuw-leerdam-blijft-vierde'),
    sprintRace('es-2019-allround', 2),
  ),
  row(
    'es-2019-1000m-2',
    'european-sprint',
    '2018/19',
    '2019-01-13',
    V.collalbo,
    '1000m',
    2,
    '1:15.76',
    us('herzog-pakt-europese-titel-leerdam-vierde'),
    {
      ...sprintRace('es-2019-allround', 2),
      placings: [p(1, 'Daria Kachanova', '1:15.21'), her(2)],
      ...conflict(
        "Sources give two times for Kachanova's winning 1000 m.",
        'Bronnen geven twee tijden voor de winnende 1000 meter van Kachanova.',
        [L('1:15.21 (ANP)', '1.15,21 (ANP)'), us('herzog-pakt-europese-titel-leerdam-vierde')],
        [
          L('1:15.22, "an outdoor world record" (NRC)', '1.15,22, "een wereldrecord op een buitenbaan" (NRC)'),
          us('ek-geen-medailles-nederlandse-sprintdames'),
        ],
      ),
    },
  ),
  row(
    'es-2019-allround',
    'european-sprint',
    '2018/19',
    '2019-01-13',
    V.collalbo,
    'sprint-allround',
    4,
    undefined,
    us('herzog-pakt-europese-titel-leerdam-vierde', 'omroepwest.nl/nieuws/3755272', 'nu.nl/schaatsen/6023341'),
    {
      ...span('12–13 Jan 2019', '12–13 jan 2019'),
      points: pts('152.790'),
      placings: [p(1, 'Herzog'), p(undefined, 'Daria Kachanova'), p(undefined, 'Fatkulina')],
      ...note(
        'Her European Sprint debut, for Team IKO, on an outdoor rink. After three races she was 2.82 s behind Herzog. Points worked out from her race times (no source prints them).',
        'Haar debuut op het EK sprint, voor Team IKO, op een buitenbaan. Na drie afstanden stond ze 2,82 s achter Herzog. Punten berekend uit haar rittijden (geen bron drukt ze af).',
      ),
      ...conflict(
        'Sources give the silver and bronze behind Herzog in opposite order.',
        'Bronnen geven zilver en brons achter Herzog in omgekeerde volgorde.',
        [
          L('Kachanova silver, Fatkulina bronze (nieuws.nl/ANP)', 'Kachanova zilver, Fatkulina brons (nieuws.nl/ANP)'),
          us('herzog-pakt-europese-titel-leerdam-vierde'),
        ],
        [
          L(
            'Fatkulina silver, Kachanova bronze (NRC; Omroep West)',
            'Fatkulina zilver, Kachanova brons (NRC; Omroep West)',
          ),
          us('ek-geen-medailles-nederlandse-sprintdames', 'omroepwest.nl/nieuws/3755272'),
        ],
      ),
    },
  ),
  row(
    'es-2021-500m-1',
    'european-sprint',
    '2020/21',
    '2021-01-16',
    V.heerenveen,
    '500m',
    4,
    '37.70',
    us('nu.nl/schaatsen/6102359'),
    {
      ...sprintRace('es-2021-allround', 1),
      placings: [p(1, 'Golikova', '37.27'), p(2, 'Femke Kok', '37.52'), p(3, 'Herzog', '37.56')],
      ...note('A poor start.', 'Een slechte start.'),
    },
  ),
  row(
    'es-2021-1000m-1',
    'european-sprint',
    '2020/21',
    '2021-01-16',
    V.heerenveen,
    '1000m',
    2,
    '1:14.15',
    us('telegraaf.nl/sport/2048037007'),
    {
      ...sprintRace('es-2021-allround', 1),
      placings: [p(1, 'Jorien ter Mors'), her(2)],
      margins: [given(1, '0.05')],
      ...note('After day 1 Golikova led her by 0.17.', 'Na dag 1 leidde Golikova met 0,17 op haar.'),
    },
  ),
  row(
    'es-2021-500m-2',
    'european-sprint',
    '2020/21',
    '2021-01-17',
    V.heerenveen,
    '500m',
    undefined,
    '37.61',
    us('russin-golikova-wint-ook-tweede-500-meter'),
    {
      ...sprintRace('es-2021-allround', 2),
      placings: [p(undefined, 'Golikova', '37.41'), p(undefined, 'Femke Kok', '37.48')],
      ...note(
        'After it Golikova led her by 0.72 and Kok by 0.57.',
        'Daarna leidde Golikova met 0,72 op haar en 0,57 op Kok.',
      ),
    },
  ),
  row(
    'es-2021-1000m-2',
    'european-sprint',
    '2020/21',
    '2021-01-17',
    V.heerenveen,
    '1000m',
    undefined,
    '1:14.00',
    us('leerdam-pakt-europese-sprinttitel-kok-debuteert', 'nu.nl/schaatsen/6102487'),
    {
      ...sprintRace('es-2021-allround', 2),
      placings: [
        p(undefined, 'Jorien ter Mors', '1:14.46'),
        p(undefined, 'Femke Kok', '1:15.12'),
        p(undefined, 'Golikova', '1:15.66'),
      ],
      ...note('Paired with ter Mors.', 'In een rit met ter Mors.'),
    },
  ),
  row(
    'es-2023-500m-1',
    'european-sprint',
    '2022/23',
    '2023-01-06',
    V.hamar,
    '500m',
    undefined,
    '37.61',
    us('schaatsster-kok-troeft-leerdam-op-ek-sprint'),
    {
      ...sprintRace('es-2023-allround', 1),
      placings: [
        p(undefined, 'Femke Kok', '37.55'),
        p(undefined, 'Herzog', '38.15'),
        p(undefined, 'Fledderus', '38.20'),
      ],
    },
  ),
  row(
    'es-2023-1000m-1',
    'european-sprint',
    '2022/23',
    '2023-01-06',
    V.hamar,
    '1000m',
    undefined,
    '1:14.38',
    us('schaatsster-leerdam-neemt-afstand', 'tubantia.nl/sport/jutta-leerdam-staat-er-na-twee-afstanden'),
    {
      ...sprintRace('es-2023-allround', 1),
      placings: [p(undefined, 'Femke Kok', '1:15.68'), p(undefined, 'Herzog', '1:16.80')],
      ...note(
        'The third-fastest 1000 m ever in the Vikingskipet; her hands were bleeding.',
        'De derde 1000 meter ooit in het Vikingskipet; haar handen bloedden.',
      ),
      ...conflict(
        "Sources give two times for Femke Kok's first 1000 m.",
        'Bronnen geven twee tijden voor de eerste 1000 meter van Femke Kok.',
        [
          L('1:15.68 (nieuws.nl, nu.nl)', '1.15,68 (nieuws.nl, nu.nl)'),
          us('schaatsster-leerdam-neemt-afstand', 'nu.nl/schaatsen/6246045'),
        ],
        [
          L('1:15.69 (Tubantia)', '1.15,69 (Tubantia)'),
          us('tubantia.nl/sport/jutta-leerdam-staat-er-na-twee-afstanden'),
        ],
      ),
    },
  ),
  row(
    'es-2023-500m-2',
    'european-sprint',
    '2022/23',
    '2023-01-07',
    V.hamar,
    '500m',
    undefined,
    '37.76',
    us('nu.nl/schaatsen/6246045'),
    {
      ...sprintRace('es-2023-allround', 2),
      placings: [p(undefined, 'Femke Kok', '37.87')],
      ...note('Before the last race she led by 1.40 s.', 'Voor de laatste afstand leidde ze met 1,40 s.'),
    },
  ),
  row(
    'es-2023-1000m-2',
    'european-sprint',
    '2022/23',
    '2023-01-07',
    V.hamar,
    '1000m',
    undefined,
    '1:14.80',
    us('gelderlander.nl/schaatsen/jutta-leerdam-oppermachtig'),
    {
      ...sprintRace('es-2023-allround', 2),
      placings: [
        p(undefined, 'Femke Kok', '1:16.06'),
        p(undefined, 'Herzog', '1:17.20'),
        p(undefined, 'Fledderus', '1:17.39'),
      ],
    },
  ),
  row(
    'es-2025-500m-1',
    'european-sprint',
    '2024/25',
    '2025-01-10',
    V.heerenveen,
    '500m',
    undefined,
    '37.77',
    us('dutch-trio-sweep-podium', 'schaatsster-kok-begint-ek-sprint'),
    {
      ...sprintRace('es-2025-allround', 1),
      placings: [
        p(undefined, 'Femke Kok', '37.58'),
        p(undefined, 'Suzanne Schulting', '37.82'),
        p(undefined, 'Ziomek-Nogal', '37.92'),
      ],
      ...conflict(
        "Sources give two times for Femke Kok's first 500 m.",
        'Bronnen geven twee tijden voor de eerste 500 meter van Femke Kok.',
        [
          L(
            '37.58 (ISU; NH Nieuws; the ANP day-1 report; agrees with the 0.19 gap)',
            '37,58 (ISU; NH Nieuws; het ANP-verslag van dag 1; klopt met het verschil van 0,19)',
          ),
          us('dutch-trio-sweep-podium', 'nhnieuws.nl/nieuws/n173770', 'leerdam-grijpt-leiding-op-ek-sprint'),
        ],
        [
          L('37.52 (an ANP flash on the 500 m)', '37,52 (een ANP-flits over de 500 meter)'),
          us('schaatsster-kok-begint-ek-sprint'),
        ],
      ),
    },
  ),
  row(
    'es-2025-1000m-1',
    'european-sprint',
    '2024/25',
    '2025-01-10',
    V.heerenveen,
    '1000m',
    undefined,
    '1:14.21',
    us('leerdam-grijpt-leiding-op-ek-sprint', 'nhnieuws.nl/nieuws/n173770'),
    {
      ...sprintRace('es-2025-allround', 1),
      placings: [
        p(undefined, 'Femke Kok', '1:14.97'),
        p(undefined, 'Suzanne Schulting', '1:15.40'),
        p(undefined, 'Bosiek', '1:16.09'),
      ],
      ...note('After day 1 she led by 0.19 points.', 'Na dag 1 leidde ze met 0,19 punt.'),
    },
  ),
  row(
    'es-2025-500m-2',
    'european-sprint',
    '2024/25',
    '2025-01-11',
    V.heerenveen,
    '500m',
    3,
    '37.96',
    us('leerdam-keeps-kok-at-bay', 'nhnieuws.nl/nieuws/n173822'),
    {
      ...sprintRace('es-2025-allround', 2),
      tied: true,
      placings: [
        p(1, 'Femke Kok', '37.53'),
        p(2, 'Ziomek-Nogal', '37.65'),
        her(3, { tied: true }),
        p(3, 'Suzanne Schulting', '37.96', { tied: true }),
      ],
      ...note(
        'She and Schulting both opened in 10.52. Kok then led by 0.48 s.',
        'Zij en Schulting openden allebei in 10,52. Daarna leidde Kok met 0,48 s.',
      ),
    },
  ),
  row(
    'es-2025-1000m-2',
    'european-sprint',
    '2024/25',
    '2025-01-11',
    V.heerenveen,
    '1000m',
    undefined,
    '1:14.45',
    us('leerdam-keeps-kok-at-bay', 'nhnieuws.nl/nieuws/n173822'),
    {
      ...sprintRace('es-2025-allround', 2),
      placings: [p(undefined, 'Femke Kok', '1:15.01'), p(undefined, 'Suzanne Schulting', '1:15.31')],
    },
  ),
  // World Junior
  row(
    'wj-2017-1000m',
    'world-junior',
    '2016/17',
    '2017-02-18',
    V.helsinki,
    '1000m',
    undefined,
    undefined,
    us('pzls.pl'),
    {
      placings: [p(1, 'Daria Kachanova'), p(2, 'Joy Beune'), p(3, 'Lamarche')],
      ...note('Not on the podium; her place was not found.', 'Niet op het podium; haar plaats is niet gevonden.'),
    },
  ),
  row(
    'wj-2017-team-sprint',
    'world-junior',
    '2016/17',
    '2017-02',
    V.helsinki,
    'team-sprint',
    undefined,
    undefined,
    us('new-junior-world-records-in-team-sprint'),
    {
      placings: [
        p(1, 'China', '1:34.86', { country: 'CHN', ...note('junior world record', 'juniorenwereldrecord') }),
        p(2, 'Italy', undefined, { country: 'ITA' }),
        p(3, 'Korea', undefined, { country: 'KOR' }),
      ],
      ...note(
        'No Dutch medal: "Jutta Leerdam from the Netherlands fell right after the start".',
        'Geen Nederlandse medaille: "Jutta Leerdam from the Netherlands fell right after the start".',
      ),
    },
  ),
  row(
    'wj-2018-3000m',
    'world-junior',
    '2017/18',
    '2018-03-10',
    V.saltLakeOval,
    '3000m',
    undefined,
    '4:05.19',
    us('isu.html.infostradasports.com'),
    {
      ...note(
        'Her 3000 m personal best; only the ISU biography gives this time, and no place.',
        'Haar persoonlijk record op de 3000 meter; alleen de ISU-biografie noemt deze tijd, zonder plaats.',
      ),
    },
  ),
];

const WC = 'world-cup';
const NEW_WORLD_CUP: Row[] = [
  row(
    'wc-2018-11-tomakomai-team-sprint',
    WC,
    '2018/19',
    '2018-11-25',
    V.tomakomai,
    'team-sprint',
    1,
    '1:32.10',
    us('goud-voor-vrouwenploeg-op-teamsprint'),
    {
      placings: [
        team(1, ['Janine Smit', HER, 'Letitia de Jong']),
        p(2, 'Italy', undefined, { country: 'ITA' }),
        p(3, 'Canada', undefined, { country: 'CAN' }),
      ],
      margins: [given(2, '0.02')],
      ...note(
        'The Dutch women had won bronze in the round a week earlier (line-up not named).',
        'De Nederlandse vrouwen wonnen een week eerder brons (opstelling niet genoemd).',
      ),
    },
  ),
  row(
    'wc-2019-11-minsk-team-sprint',
    WC,
    '2019/20',
    '2019-11-15',
    V.minsk,
    'team-sprint',
    1,
    '1:29.22',
    us('nu.nl/schaatsen/6011272', 'ed.nl/schaatsen/nederlandse-mannen-en-vrouwen-heersen'),
    {
      placings: [
        team(1, ['M. de Jong', HER, 'Letitia de Jong']),
        p(2, 'Russia', '1:29.950', { country: 'RUS' }),
        p(3, 'Japan', '1:30.086', { country: 'JPN' }),
      ],
    },
  ),
  row(
    'wc-2019-11-tomaszow-team-sprint',
    WC,
    '2019/20',
    '2019-11-22',
    V.tomaszow,
    'team-sprint',
    2,
    '1:29.34',
    us('zilver-voor-schaatssters-op-teamsprint'),
    {
      placings: [
        p(1, 'Russia', '1:27.65', { country: 'RUS' }),
        team(2, [HER, 'M. de Jong', 'De Neeling']),
        p(3, 'Japan', '1:29.65', { country: 'JPN' }),
      ],
    },
  ),
  row(
    'wc-2019-12-nur-sultan-1000m',
    WC,
    '2019/20',
    '2019-12',
    V.nurSultan,
    '1000m',
    6,
    '1:15.585',
    us('nu.nl/schaatsen/6016025'),
  ),
  row(
    'wc-2021-01-heerenveen-500m-1',
    WC,
    '2020/21',
    '2021-01',
    V.heerenveen,
    '500m',
    6,
    undefined,
    us('nhnieuws.nl/nieuws/n26090'),
    {
      ...span('22–24 Jan 2021', '22–24 jan 2021'),
      race: 1,
      ...note(
        'Her first World Cup in the Heerenveen bubble; she then missed the second one there with a bruised foot.',
        'Haar eerste wereldbeker in de Heerenveense bubbel; de tweede daar miste ze met een gekneusde voet.',
      ),
    },
  ),
  row(
    'wc-2021-01-heerenveen-1000m',
    WC,
    '2020/21',
    '2021-01',
    V.heerenveen,
    '1000m',
    4,
    '1:14.15',
    us('nhnieuws.nl/nieuws/n26090', 'nieuws.nl/sport/20210124'),
    {
      ...span('22–24 Jan 2021', '22–24 jan 2021'),
      placings: [p(undefined, 'Brittany Bowe', '1:13.60', note('her pair-mate', 'haar ritgenote'))],
    },
  ),
  row(
    'wc-2021-11-tomaszow-500m-1',
    WC,
    '2021/22',
    '2021-11',
    V.tomaszow,
    '500m',
    12,
    '38.52',
    us('schaatsster-jackson-wint-ook-tweede-500-m'),
    { ...span('12–13 Nov 2021', '12–13 nov 2021'), race: 1 },
  ),
  row(
    'wc-2021-11-tomaszow-500m-2',
    WC,
    '2021/22',
    '2021-11',
    V.tomaszow,
    '500m',
    12,
    '38.33',
    us('schaatsster-jackson-wint-ook-tweede-500-m'),
    { ...span('12–13 Nov 2021', '12–13 nov 2021'), race: 2 },
  ),
  row(
    'wc-2021-11-tomaszow-1000m',
    WC,
    '2021/22',
    '2021-11',
    V.tomaszow,
    '1000m',
    5,
    '1:16.34',
    us('nederlandse-schaatssters-ook-op-1000-meter-buiten-medailles'),
    {
      ...span('12–13 Nov 2021', '12–13 nov 2021'),
      ...note('She skated alone because Fatkulina withdrew.', 'Ze reed alleen, omdat Fatkulina zich had afgemeld.'),
    },
  ),
  row(
    'wc-2021-11-stavanger-500m-1',
    WC,
    '2021/22',
    '2021-11',
    V.stavanger,
    '500m',
    7,
    '38.06',
    us('nu.nl/schaatsen/6169032'),
    { race: 1 },
  ),
  row(
    'wc-2021-11-stavanger-500m-2',
    WC,
    '2021/22',
    '2021-11',
    V.stavanger,
    '500m',
    4,
    '37.94',
    us('nu.nl/schaatsen/6169032'),
    { race: 2 },
  ),
  row(
    'wc-2021-11-stavanger-1000m',
    WC,
    '2021/22',
    '2021-11',
    V.stavanger,
    '1000m',
    4,
    undefined,
    us('nieuws.nl/sport/20211119'),
  ),
  row(
    'wc-2021-12-salt-lake-city-500m-1',
    WC,
    '2021/22',
    '2021-12-03',
    V.saltLake,
    '500m',
    7,
    '37.22',
    us('nu.nl/schaatsen/6171272'),
    { race: 1 },
  ),
  row(
    'wc-2021-12-salt-lake-city-500m-2',
    WC,
    '2021/22',
    '2021-12-04',
    V.saltLake,
    '500m',
    20,
    '45.53',
    us('nu.nl/schaatsen/6171442', 'nhnieuws.nl/nieuws/n63015', 'bndestem.nl/sport/kok-eerste-nederlandse-vrouw'),
    {
      race: 2,
      ...note(
        'She stopped at the start, thinking it was a false start, then finished last (20th).',
        'Ze stopte bij de start omdat ze een valse start dacht te horen, en werd daarna laatste (20e).',
      ),
      ...conflict(
        'Sources give two times for this race.',
        'Bronnen geven twee tijden voor deze race.',
        [
          L('45.53 (nu.nl; NH Nieuws)', '45,53 (nu.nl; NH Nieuws)'),
          us('nu.nl/schaatsen/6171442', 'nhnieuws.nl/nieuws/n63015'),
        ],
        [
          L('45.63 (BN DeStem/De Stentor)', '45,63 (BN DeStem/De Stentor)'),
          us('bndestem.nl/sport/kok-eerste-nederlandse-vrouw'),
        ],
      ),
    },
  ),
  row(
    'wc-2021-12-salt-lake-city-1000m',
    WC,
    '2021/22',
    '2021-12-04',
    V.saltLake,
    '1000m',
    2,
    '1:12.25',
    us('nieuws.nl/sport/20211204', 'nu.nl/schaatsen/6171442'),
    {
      placings: [p(1, 'Miho Takagi', '1:11.83'), her(2), p(3, 'Brittany Bowe', '1:12.60')],
      ...note(
        'She called it "pas mijn tweede medaille" (only her second World Cup medal).',
        'Ze noemde het "pas mijn tweede medaille" in de wereldbeker.',
      ),
    },
  ),
  row(
    'wc-2022-11-stavanger-500m',
    WC,
    '2022/23',
    '2022-11-11',
    V.stavanger,
    '500m',
    2,
    '38.06',
    us('nieuws.nl/sport/20221111', 'earthpressnews.com/de/?p=128261'),
    {
      placings: [p(1, 'Kim Min-sun', '37.55'), her(2), p(3, 'Miho Takagi', '38.17')],
    },
  ),
  row(
    'wc-2022-11-heerenveen-500m',
    WC,
    '2022/23',
    '2022-11-20',
    V.heerenveen,
    '500m',
    3,
    '37.51',
    us('nu.nl/schaatsen/6237350', 'earthpressnews.com/de/?p=128261'),
    {
      placings: [p(1, 'Kim Min-sun', '37.21'), p(2, 'Herzog', '37.48'), her(3)],
    },
  ),
  row(
    'wc-2022-12-calgary-1-500m',
    WC,
    '2022/23',
    '2022-12',
    V.calgary,
    '500m',
    3,
    '37.356',
    us('nu.nl/schaatsen/6240522'),
    {
      ...span('9–11 Dec 2022', '9–11 dec 2022'),
      placings: [p(1, 'Kim Min-sun', '36.97'), p(2, 'Herzog', '37.26'), her(3), p(4, 'Femke Kok', '37.359')],
      ...note('The first of two Calgary rounds.', 'De eerste van twee wedstrijden in Calgary.'),
    },
  ),
  row(
    'wc-2022-12-calgary-2-500m',
    WC,
    '2022/23',
    '2022-12-16',
    V.calgary,
    '500m',
    5,
    '37.41',
    us('nieuws.nl/sport/20221216'),
    {
      ...note(
        '"De eerste keer deze winter dat ze niet bij de eerste drie zat op de 500 meter" (the first time that winter she was not in the top three on the 500 m).',
        '"De eerste keer deze winter dat ze niet bij de eerste drie zat op de 500 meter."',
      ),
    },
  ),
  row(
    'wc-2023-02-tomaszow-500m',
    WC,
    '2022/23',
    '2023-02-17',
    V.tomaszow,
    '500m',
    3,
    '38.14',
    us(
      'schaatsster-leerdam-derde-op-500-meter-herzog-klopt-kim',
      'nu.nl/schaatsen/6251817',
      'nhnieuws.nl/nieuws/n106288',
    ),
    {
      placings: [p(1, 'Herzog', '37.96'), p(2, 'Kim Min-sun', '38.08'), her(3)],
      ...note(
        'The final round; her fourth World Cup 500 m podium of the season. NH Nieuws says she shared 3rd with Goetz (38.14).',
        'De laatste wedstrijd; haar vierde wereldbekerpodium op de 500 meter van het seizoen. Volgens NH Nieuws deelde ze de derde plaats met Goetz (38,14).',
      ),
    },
  ),
  row(
    'wc-2023-11-obihiro-500m-1',
    WC,
    '2023/24',
    '2023-11-10',
    V.obihiro,
    '500m',
    10,
    '38.43',
    us('schaatsster-kok-begint-wereldbeker-500-meter', 'takagi-beeindigt-ongeslagen-reeks'),
    {
      race: 1,
      ...note(
        'She wobbled in a corner. In Japan she spoke of "familieomstandigheden" (family circumstances).',
        'Ze wankelde in een bocht. In Japan sprak ze over "familieomstandigheden".',
      ),
    },
  ),
  row(
    'wc-2023-11-obihiro-500m-2',
    WC,
    '2023/24',
    '2023-11-11',
    V.obihiro,
    '500m',
    2,
    '38.00',
    us('wereldkampioene-kok-wint-tweede-500-meter', 'nhnieuws.nl/nieuws/n132298'),
    {
      race: 2,
      placings: [p(1, 'Femke Kok', '37.89'), her(2), p(3, 'Goetz')],
    },
  ),
  row(
    'wc-2023-11-beijing-500m-1',
    WC,
    '2023/24',
    '2023-11-17',
    V.beijing,
    '500m',
    4,
    '38.01',
    us('leerdam-grijpt-net-naast-brons-op-500-meter'),
    {
      race: 1,
      margins: [given(3, '0.01')],
    },
  ),
  row(
    'wc-2023-11-beijing-1000m',
    WC,
    '2023/24',
    '2023-11-18',
    V.beijing,
    '1000m',
    3,
    '1:14.88',
    us('takagi-beeindigt-ongeslagen-reeks'),
    {
      placings: [p(1, 'Miho Takagi', '1:14.44'), p(2, 'Goetz'), her(3)],
      ...note(
        'The end of her 18-race 1000 m winning streak in all competitions.',
        'Het einde van haar reeks van 18 gewonnen 1000 meters in alle wedstrijden.',
      ),
    },
  ),
  row(
    'wc-2023-11-beijing-500m-2',
    WC,
    '2023/24',
    '2023-11-19',
    V.beijing,
    '500m',
    3,
    '37.88',
    us('schaatsster-leerdam-pakt-brons-op-tweede-500-meter'),
    {
      race: 2,
      placings: [p(1, 'Jackson', '37.54'), p(2, 'Kim Min-sun', '37.85'), her(3)],
    },
  ),
  row(
    'wc-2023-12-stavanger-500m',
    WC,
    '2023/24',
    '2023-12',
    V.stavanger,
    '500m',
    12,
    '38.64',
    us('schaatsster-kok-pakt-brons-op-500-meter-in-stavanger'),
    span('1–3 Dec 2023', '1–3 dec 2023'),
  ),
  row(
    'wc-2024-01-salt-lake-city-1000m-1',
    WC,
    '2023/24',
    '2024-01',
    V.saltLake,
    '1000m',
    11,
    '1:14.65',
    us('nhnieuws.nl/nieuws/n139154'),
    {
      ...span('26–27 Jan 2024', '26–27 jan 2024'),
      race: 1,
      ...note(
        'Ankle trouble: "ik rijd op zestig procent" (I\'m skating at sixty percent).',
        'Enkelklachten: "ik rijd op zestig procent".',
      ),
    },
  ),
  row(
    'wc-2024-01-salt-lake-city-500m',
    WC,
    '2023/24',
    '2024-01',
    V.saltLake,
    '500m',
    11,
    '37.70',
    us('nhnieuws.nl/nieuws/n139267'),
    span('26–27 Jan 2024', '26–27 jan 2024'),
  ),
  row(
    'wc-2024-01-salt-lake-city-1000m-2',
    WC,
    '2023/24',
    '2024-01-28',
    V.saltLake,
    '1000m',
    2,
    '1:13.17',
    us('leerdam-herstelt-zich-met-zilver'),
    {
      race: 2,
      placings: [p(1, 'Goetz', '1:13.08'), her(2), p(3, 'Femke Kok', '1:13.21')],
    },
  ),
  row(
    'wc-2024-11-nagano-1000m',
    WC,
    '2024/25',
    '2024-11',
    V.nagano,
    '1000m',
    2,
    '1:14.96',
    us('leerdam-moet-alleen-takagi-voor-zich-dulden'),
    {
      placings: [p(1, 'Miho Takagi', '1:14.60'), her(2), p(3, 'Brittany Bowe', '1:15.17')],
    },
  ),
  row(
    'wc-2024-beijing-1000m',
    WC,
    '2024/25',
    '2024',
    V.beijing,
    '1000m',
    6,
    undefined,
    us('schaatsster-leerdam-pakt-zilver-op-1000-meter'),
    span('Nov–Dec 2024', 'nov–dec 2024'),
  ),
  row(
    'wc-2025-01-calgary-1000m',
    WC,
    '2024/25',
    '2025-01-24',
    V.calgary,
    '1000m',
    2,
    '1:13.46',
    us('schaatsster-leerdam-pakt-zilver-op-1000-meter', 'takagi-draws-level'),
    {
      placings: [p(1, 'Miho Takagi', '1:13.10'), her(2), p(3, 'Mei Han', '1:13.58')],
      ...note('She said she was back on her old boots.', 'Ze zei dat ze weer op haar oude schoenen reed.'),
    },
  ),
  row(
    'wc-2025-milwaukee-1000m',
    WC,
    '2024/25',
    '2025',
    V.milwaukee,
    '1000m',
    undefined,
    undefined,
    us('polsatsport.pl'),
    {
      ...span('31 Jan–1 Feb 2025', '31 jan–1 feb 2025'),
      ...note(
        'She fell about five seconds after the start (she caught the tip of her skate in the ice) and finished last; she dropped from 2nd to 4th in the World Cup standings.',
        'Ze viel zo’n vijf seconden na de start (ze bleef met de punt van haar schaats in het ijs haken) en werd laatste; in het wereldbekerklassement zakte ze van de 2e naar de 4e plaats.',
      ),
    },
  ),
  row(
    'wc-2025-milwaukee-500m',
    WC,
    '2024/25',
    '2025',
    V.milwaukee,
    '500m',
    8,
    '37.82',
    us('nhnieuws.nl/nieuws/n176049'),
    span('31 Jan–1 Feb 2025', '31 jan–1 feb 2025'),
  ),
  row(
    'wc-2025-11-calgary-1000m',
    WC,
    '2025/26',
    '2025-11-21',
    V.calgary,
    '1000m',
    4,
    '1:13.34',
    us('schaatsster-kok-wint-in-calgary'),
  ),
  row(
    'wc-2025-11-calgary-500m',
    WC,
    '2025/26',
    '2025-11-23',
    V.calgary,
    '500m',
    2,
    '37.01',
    us('kok-wint-vierde-500-meter-op-rij', 'jutta-leerdam-beloont-verloofde'),
    {
      ...note('A personal best.', 'Een persoonlijk record.'),
    },
  ),
  row(
    'wc-2025-12-heerenveen-500m',
    WC,
    '2025/26',
    '2025-12-07',
    V.heerenveen,
    '500m',
    2,
    '37.36',
    us('femke-kok-deelt-flinke-tik-uit', 'veerkrachtige-jutta-leerdam'),
    {
      resultBasis: 'derived',
      placings: [p(1, 'Femke Kok', '37.00'), her(2), p(3, 'Fledderus')],
      margins: [given(1, '0.36')],
      ...note(
        'Head-to-head with Kok; an all-Dutch podium. Her time is worked out from the printed gap to Kok.',
        'Rechtstreeks tegen Kok; een volledig Nederlands podium. Haar tijd is berekend uit het gedrukte verschil met Kok.',
      ),
    },
  ),
  row(
    'wc-2026-01-inzell-500m-1',
    WC,
    '2025/26',
    '2026-01-23',
    V.inzellArena,
    '500m',
    2,
    '37.22',
    us('kok-keeps-up-winning-ways', 'terugblik-dag-1-world-cup-inzell'),
    {
      race: 1,
      placings: [
        p(1, 'Femke Kok', '36.87', note('track record', 'baanrecord')),
        her(2),
        p(
          undefined,
          'Ziomek-Nogal',
          '37.22',
          note('the same time, 0.002 slower on the photo finish', 'dezelfde tijd, 0,002 langzamer op de finishfoto'),
        ),
      ],
      margins: [given(1, '0.35')],
    },
  ),
];

const STANDINGS: Json[] = [
  {
    id: 'wcs-2019-20-team-sprint',
    season: '2019/20',
    event: 'team-sprint',
    place: 1,
    placings: [p(1, 'Netherlands', undefined, { country: 'NED' })],
    sources: us('nieuws.nl/sport/20200110', 'telegraaf.nl/sport/1260408418'),
    confidence: 'confirmed',
    ...note(
      'The Netherlands won the (non-Olympic) team-sprint World Cup; she was in two of its three winning races (nieuws.nl). The third win, in Nagano, was without her.',
      'Nederland won de (niet-olympische) wereldbeker teamsprint; zij reed mee in twee van de drie gewonnen races (nieuws.nl). De derde zege, in Nagano, was zonder haar.',
    ),
  },
  {
    id: 'wcs-2019-20-1000m',
    season: '2019/20',
    event: '1000m',
    place: 4,
    sources: us('eerste-wereldbekerzege-voor-leerdam', 'nu.nl/schaatsen/6035794'),
    confidence: 'confirmed',
  },
  {
    id: 'wcs-2022-23-1000m',
    season: '2022/23',
    event: '1000m',
    place: 2,
    points: pts('300', 'given'),
    placings: [p(1, 'Miho Takagi', undefined, { points: pts('301', 'given') })],
    sources: us(
      'welingelichtekringen.nl/sport/3916873',
      'pzc.nl/schaatsen/live-schaatsen',
      'isu.org/speed-skating/news/news-ssk/14498',
      'nu.nl/schaatsen/6241571',
      'nu.nl/schaatsen/6242934',
      'nhnieuws.nl/nieuws/n106496',
    ),
    confidence: 'confirmed',
    ...note(
      "35 points ahead of Takagi after Calgary I and 41 after Calgary II, she skipped the 5th round (Tomaszów, won by Goetz in 1:16.00) on coach Jac Orie's advice and lost the World Cup by one point.",
      'Na Calgary I stond ze 35 punten voor Takagi en na Calgary II 41; ze sloeg op advies van coach Jac Orie de vijfde wedstrijd over (Tomaszów, gewonnen door Goetz in 1.16,00) en verloor de wereldbeker met één punt.',
    ),
  },
  {
    id: 'wcs-2022-23-500m',
    season: '2022/23',
    event: '500m',
    place: 4,
    placings: [p(1, 'Kim Min-sun'), p(2, 'Herzog'), p(3, 'Jackson')],
    sources: us('schaatsster-leerdam-derde-op-500-meter-herzog-klopt-kim'),
    confidence: 'single-source',
  },
  {
    id: 'wcs-2023-24-1000m',
    season: '2023/24',
    event: '1000m',
    placings: [p(1, 'Miho Takagi')],
    sources: us('takagi-klopt-kok-en-grevelt'),
    confidence: 'single-source',
    ...note(
      "After Quebec, which she skipped for a training block before the World Championships, Takagi had 348 points to Goetz's 307. Her own final rank was not found.",
      'Na Quebec, dat ze oversloeg voor een trainingsblok voor het WK, had Takagi 348 punten tegen 307 voor Goetz. Haar eigen eindklassering is niet gevonden.',
    ),
  },
  {
    id: 'wcs-2024-25-1000m',
    season: '2024/25',
    event: '1000m',
    place: 4,
    placings: [p(1, 'Miho Takagi', undefined, note('won the first five races', 'won de eerste vijf races'))],
    sources: us(
      'wiklund-nor-seals',
      'polsatsport.pl',
      'queonnda.com',
      'nhnieuws.nl/nieuws/n177493',
      'nhnieuws.nl/nieuws/n177984',
    ),
    confidence: 'single-source',
    ...note(
      'Her final 4th comes only from one low-quality page; she was 2nd in the standings before Milwaukee and 4th after it (Polsat). She skipped the Tomaszów round (February 2025) to prepare for the World Championships.',
      'Haar 4e plaats in de eindstand komt alleen van één onbetrouwbare pagina; voor Milwaukee stond ze 2e en daarna 4e (Polsat). De wedstrijd in Tomaszów (februari 2025) sloeg ze over ter voorbereiding op het WK.',
    ),
  },
  {
    id: 'wcs-2025-26-1000m',
    season: '2025/26',
    event: '1000m',
    placings: [
      p(
        1,
        'Femke Kok',
        undefined,
        note(
          'her first; on the podium in all five 1000 m races, one of them won',
          'haar eerste; op het podium in alle vijf de 1000 meters, waarvan één gewonnen',
        ),
      ),
    ],
    sources: us(
      'leerdam-verslaat-takagi-en-kok-op-1000-meter-in-inzell',
      'nbcolympics.com/post/320051',
      'kurir.rs',
      'programma-world-cup-schaatsen-in-hamar',
    ),
    confidence: 'confirmed',
    ...note(
      'She led by one point after Heerenveen (December 2025); her final rank was not found. She skipped the Hamar round (12–14 December 2025).',
      'Na Heerenveen (december 2025) leidde ze met één punt; haar eindklassering is niet gevonden. De wedstrijd in Hamar (12–14 december 2025) sloeg ze over.',
    ),
  },
];

// --- Personal-best progression (section D) -------------------------------------------------------

const step = (id: string, event: string, fields: Json, sources: string[], extra: Json = {}): Json => ({
  id,
  event,
  ...fields,
  pbClaim: extra.pbClaim ?? 'stated',
  sources,
  confidence: extra.confidence ?? (sources.length > 1 ? 'confirmed' : 'single-source'),
  ...(extra.conflict ? { conflict: extra.conflict } : {}),
  ...(extra.note ? { note: extra.note } : {}),
});
const NK_SPRINT_JUNIORS = L('Dutch sprint championships, A-juniors (day 1)', 'NK sprint A-junioren (dag 1)');
const NK_SPRINT_DAY1 = L('Dutch sprint championships (day 1)', 'NK sprint (dag 1)');

function personalBests(old: Json[]): Json[] {
  const kept = new Map(old.map((r) => [r.id as string, r]));
  const pb1500 = kept.get('pb-1500m')!;
  return [
    step(
      'pb-500m-2017-westland',
      '500m',
      {
        result: '39.15',
        before: '2017-12-15',
        competition: L(
          'A Westland record, shared with Dione Voskamp',
          'Een Westlands record, gedeeld met Dione Voskamp',
        ),
      },
      us('20171215-jutta-leerdam-supersnel'),
      { pbClaim: 'implied' },
    ),
    step(
      'pb-500m-2017-12-15',
      '500m',
      { result: '38.82', date: '2017-12-15', venue: V.heerenveen, competition: NK_SPRINT_JUNIORS },
      us('20171215-jutta-leerdam-supersnel'),
      {
        pbClaim: 'implied',
        ...note(
          'A new Westland record; she won both distances that day. Her final result was not found.',
          'Een nieuw Westlands record; ze won die dag beide afstanden. Haar eindresultaat is niet gevonden.',
        ),
      },
    ),
    step(
      'pb-500m-2017-12-okt',
      '500m',
      {
        result: '38.70',
        date: '2017-12',
        venue: V.heerenveen,
        competition: L('Dutch Olympic trials (7th)', 'OKT (7e)'),
      },
      us('omroepwest.nl/nieuws/3566490'),
    ),
    step(
      'pb-500m-2019-before',
      '500m',
      { result: '38.18', before: '2019-01-26' },
      us('20190126-jutta-leerdam-keihard'),
      {
        ...note(
          'Her best before 26 January 2019; its date and venue were not found.',
          'Haar record van voor 26 januari 2019; datum en plaats zijn niet gevonden.',
        ),
      },
    ),
    step(
      'pb-500m-2019-01-26',
      '500m',
      { result: '38.01', date: '2019-01-26', venue: V.heerenveen, competition: NK_SPRINT_DAY1 },
      us('20190126-jutta-leerdam-keihard'),
    ),
    step(
      'pb-500m-2019-12',
      '500m',
      { race: 'nk-2019-500m' },
      us('omroepwest.nl/nieuws/3980136', 'schaatsster-leerdam-wint-500-meter-op-nk'),
    ),
    step('pb-500m-2020-02-14', '500m', { race: 'wsd-2020-500m' }, us('kodaira-herovert-wereldtitel'), {
      ...note(
        '"Haalde 0,45 van haar persoonlijke record af" (took 0.45 off her best).',
        '"Haalde 0,45 van haar persoonlijke record af".',
      ),
    }),
    step(
      'pb-500m-2021-12-03',
      '500m',
      { race: 'wc-2021-12-salt-lake-city-500m-1' },
      us('nu.nl/schaatsen/6171272', 'pzc.nl/olympische-spelen'),
      {
        pbClaim: 'implied',
        ...note(
          'Called her best only indirectly: PZC said her Beijing 37.33 was "0,11 seconde van haar persoonlijke record" (0.11 off her best).',
          'Alleen indirect haar record genoemd: volgens PZC was haar 37,33 in Peking "0,11 seconde van haar persoonlijke record".',
        ),
      },
    ),
    step(
      'pb-500m-2022-12-27',
      '500m',
      {
        result: '37.14',
        date: '2022-12-27',
        venue: V.heerenveen,
        competition: L('Dutch sprint championships', 'NK sprint'),
      },
      us('6244464/kok-verslaat-leerdam', 'hbvl.be/cnt/dmf20221227', '6244464/jutta-leerdam-leidt'),
    ),
    {
      ...kept.get('pb-500m'),
      result: undefined,
      date: undefined,
      venue: undefined,
      race: 'wc-2025-11-calgary-500m',
      ...note(
        'The 37.14 of December 2022 had stood for nearly three years, even on the altitude tracks.',
        'De 37,14 van december 2022 had bijna drie jaar standgehouden, zelfs op de hooglandbanen.',
      ),
    },
    step(
      'pb-1000m-2017-11',
      '1000m',
      {
        result: '1:17.02',
        date: '2017-11',
        venue: V.inzell,
        competition: L(
          'Junior World Cup (won; a Westland record)',
          'Junioren-wereldbeker (gewonnen; een Westlands record)',
        ),
      },
      us('passionpvss.blogspot.com/2017/11', '20171215-jutta-leerdam-supersnel'),
      { pbClaim: 'implied' },
    ),
    step(
      'pb-1000m-2017-12-15',
      '1000m',
      { result: '1:16.15', date: '2017-12-15', venue: V.heerenveen, competition: NK_SPRINT_JUNIORS },
      us('20171215-jutta-leerdam-supersnel'),
      {
        pbClaim: 'implied',
        ...note('A new Westland record.', 'Een nieuw Westlands record.'),
      },
    ),
    step('pb-1000m-2019-01-12', '1000m', { race: 'es-2019-1000m-1' }, us('leerdam-sterk-op-1000-meter-op-ek-sprint'), {
      pbClaim: 'none',
    }),
    step('pb-1000m-2019-01-13', '1000m', { race: 'es-2019-1000m-2' }, us('herzog-pakt-europese-titel-leerdam-vierde'), {
      pbClaim: 'none',
    }),
    step(
      'pb-1000m-2019-01-26',
      '1000m',
      { result: '1:14.47', date: '2019-01-26', venue: V.heerenveen, competition: NK_SPRINT_DAY1 },
      us('20190126-jutta-leerdam-keihard', 'nrc.nl/nieuws/2019/01/27'),
      {
        confidence: 'single-source',
        ...note(
          'NRC: at this tournament she won three of four races, with "drie keer een persoonlijk record" (three personal bests).',
          'NRC: op dit toernooi won ze drie van de vier afstanden, met "drie keer een persoonlijk record".',
        ),
      },
    ),
    step('pb-1000m-2019-12', '1000m', { race: 'nk-2019-1000m' }, us('omroepwest.nl/nieuws/3980136'), {
      pbClaim: 'none',
    }),
    step(
      'pb-1000m-2020-01-12',
      '1000m',
      { race: 'ec-2020-1000m' },
      us('nu.nl/schaatsen/6023341', 'omroepwest.nl/nieuws/3984875'),
    ),
    {
      ...kept.get('pb-1000m'),
      result: undefined,
      date: undefined,
      venue: undefined,
      race: 'wsd-2020-1000m',
      sources: [
        ...(kept.get('pb-1000m')!.sources as string[]),
        ...us('nieuws.nl/sport/20211204', 'leerdam-troeft-kok-af-op-1000-meter'),
      ],
      ...note(
        'Still her best after 2020: her fastest times since — 1:12.25 (Salt Lake City, 4 December 2021), 1:12.35 (Salt Lake City, 14 November 2025, "best wel dicht bij het wereldrecord") and the Olympic record 1:12.31 (Milan, 9 February 2026) — are all slower.',
        'Na 2020 nog steeds haar record: haar snelste tijden sindsdien — 1.12,25 (Salt Lake City, 4 december 2021), 1.12,35 (Salt Lake City, 14 november 2025, "best wel dicht bij het wereldrecord") en het olympisch record 1.12,31 (Milaan, 9 februari 2026) — zijn allemaal langzamer.',
      ),
    },
    {
      ...pb1500,
      venue: V.heerenveen,
      competition: L('Dutch single distances championships (bronze)', 'NK afstanden (brons)'),
      sources: [
        ...(pb1500.sources as string[]),
        ...us('destentor.nl/sport/spektakel-op-1500-meter', 'nu.nl/schaatsen/6254019'),
      ],
      ...note(
        '"Ruim onder haar persoonlijk record" (well under her previous best, which the report does not name); she opened in 24.74. No later best was found: her later times, 1:55.39 (Dutch championships, February 2023) and 1:55.32 (World Single Distances, 5 March 2023), are slower.',
        '"Ruim onder haar persoonlijk record" (het vorige record noemt het verslag niet); ze opende in 24,74. Een later record is niet gevonden: haar latere tijden, 1.55,39 (NK, februari 2023) en 1.55,32 (WK afstanden, 5 maart 2023), zijn langzamer.',
      ),
    },
    {
      ...kept.get('pb-3000m'),
      result: undefined,
      date: undefined,
      venue: undefined,
      race: 'wj-2018-3000m',
      ...note(
        'Still the only 3000 m best found; only the ISU biography gives it.',
        'Nog steeds het enige record op de 3000 meter dat gevonden is; alleen de ISU-biografie noemt het.',
      ),
    },
  ];
}

// --- Teams, coaches, family, early sport (section F) ---------------------------------------------

const AFFILIATION_UPDATES: Record<string, Json> = {
  'aff-team-iko-2019': {
    from: '2018-06',
    detail: L(
      'Signed in June 2018 by the sprint team of the brothers Martin and Erwin ten Hove, with Jorien ter Mors and Letitia de Jong; she skated for IKO in 2018/19, until spring 2019.',
      'In juni 2018 gecontracteerd door de sprintploeg van de broers Martin en Erwin ten Hove, samen met Jorien ter Mors en Letitia de Jong; ze reed in 2018/19 voor IKO, tot het voorjaar van 2019.',
    ),
    sources: us('rtvdrenthe.nl/nieuws/135641', 'nhnieuws.nl/nieuws/244690', 'jutta-leerdam-hakt-knoop-door'),
    confidence: 'confirmed',
  },
  'aff-reggeborgh': {
    detail: L(
      'Season 2019/20; her contract was not extended in April 2020. She joined together with Koen Verweij; the sprint group included Ntab, Verbij and the Mulder brothers.',
      'Seizoen 2019/20; haar contract werd in april 2020 niet verlengd. Ze kwam samen met Koen Verweij; in de sprintgroep zaten onder anderen Ntab, Verbij en de broers Mulder.',
    ),
    sources: us('telegraaf.nl/sport/3494669', 'nhnieuws.nl/nieuws/244690'),
  },
  'aff-nxtgen-worldstream': {
    detail: L(
      'Her own team with Koen Verweij (his idea), started in June 2020 after turning down Jumbo-Visma; she had trained with Poltavets during the first Covid period before choosing it. Named NXTGEN in August 2020; Worldstream (an IT company) became main sponsor and the team got a KNSB top-team licence in autumn 2020; Corendon joined as co-main sponsor in October 2021. Dissolved when she left in April 2022.',
      'Haar eigen ploeg met Koen Verweij (zijn idee), begonnen in juni 2020 nadat ze Jumbo-Visma had afgewezen; ze had in de eerste coronaperiode al met Poltavets getraind. In augustus 2020 NXTGEN genoemd; Worldstream (een IT-bedrijf) werd hoofdsponsor en de ploeg kreeg in het najaar van 2020 een KNSB-licentie als topteam; Corendon kwam in oktober 2021 als tweede hoofdsponsor. Opgeheven toen ze in april 2022 vertrok.',
    ),
    sources: us('nieuws.nl/sport/20200814', 'bd.nl/schaatsen/verweij-probeert', 'telegraaf.nl/sport/431845895'),
  },
  'aff-coach-bos': {
    to: '2022-04',
    detail: L(
      'Assistant coach of NXTGEN / Team Worldstream from August 2020 until the team ended in April 2022.',
      'Assistent-coach van NXTGEN / Team Worldstream vanaf augustus 2020 tot de ploeg in april 2022 ophield.',
    ),
    sources: us('nieuws.nl/sport/20200814', 'bd.nl/schaatsen/verweij-probeert'),
    confidence: 'confirmed',
  },
  'aff-coach-tijssen': {
    to: '2022-04',
    detail: L(
      'Coach of her own team in the run-up to Beijing 2022, according to the ISU; he celebrated her world sprint title with her in Hamar (March 2022). The team ended in April 2022.',
      'Coach van haar eigen ploeg in de aanloop naar Peking 2022, volgens de ISU; hij vierde haar wereldtitel sprint met haar in Hamar (maart 2022). De ploeg hield in april 2022 op.',
    ),
    sources: us('volkskrant.nl/sport/schaatsster-jutta-leerdam-pakt-de-wereldtitel'),
    confidence: 'confirmed',
  },
  'aff-jumbo-visma': {
    detail: L(
      'Two-year contract from April 2022, which ran out on 1 April 2024; she left on 22 April 2024 after contract talks stopped.',
      'Tweejarig contract vanaf april 2022, dat op 1 april 2024 afliep; ze vertrok op 22 april 2024 nadat de contractgesprekken waren gestopt.',
    ),
    sources: us('world-today-news.com', 'overstap-jutta-leerdam-naar-het-team-van-joy-beune'),
  },
  'aff-team-novus': {
    detail: L(
      'Trains part-time with this international team (Daniel Greig, Michel Mulder; team manager Lieuwe Krol). In March 2025: she pays her own staff and trains part-time with Team Novus.',
      'Traint parttime met deze internationale ploeg (Daniel Greig, Michel Mulder; teammanager Lieuwe Krol). In maart 2025: ze betaalt haar eigen staf en traint parttime bij Team Novus.',
    ),
    sources: us('jutta-leerdam-inspireert-uit-beeld'),
  },
  'aff-kafra': {
    detail: L(
      'KaFra Housing became the "launching partner" of her individual route in July 2024; in 2025 reported as her "own Team Kafra". For the Olympic season (May 2025) Kai Verbij (world sprint champion 2017) and Ted Dalrymple (21, from short track) joined; on 1 March 2026 she was still "schaatsster van Team KaFra".',
      'KaFra Housing werd in juli 2024 de "launching partner" van haar individuele route; in 2025 beschreven als haar "eigen Team Kafra". Voor het olympische seizoen (mei 2025) kwamen Kai Verbij (wereldkampioen sprint 2017) en Ted Dalrymple (21, uit het shorttrack) erbij; op 1 maart 2026 was ze nog "schaatsster van Team KaFra".',
    ),
    sources: us(
      'leerdam-voegt-verbij-en-dalrymple-toe',
      'verrast-binnen-eigen-team',
      'kiest-niet-voor-rust-na-vroeg-seizoenseinde',
    ),
  },
};

const NEW_AFFILIATIONS: Json[] = [
  {
    id: 'aff-coach-wiersma',
    kind: 'national-coach',
    name: 'Jetske Wiersma',
    from: '2015',
    ended: true,
    detail: L(
      'Junior national coach from 2015 ("een vrij sterke meid", a fairly strong girl, whose technique still needed work); the Dutch team leader at the 2017 World Junior Championships.',
      'Bondscoach van de junioren vanaf 2015 ("een vrij sterke meid", wier techniek nog beter moest); teamleider van de Nederlandse ploeg op het WK junioren van 2017.',
    ),
    sources: us('nrc.nl/nieuws/2019/01/27', 'netherlands-clears-the-table'),
    confidence: 'confirmed',
  },
  {
    id: 'aff-rtc-zuidwest',
    kind: 'training-centre',
    name: 'RTC Zuidwest (regional training centre)',
    from: '2017',
    to: '2018',
    detail: L(
      'Trainer Arnold van der Poel: "Ze heeft de schaatsbeweging helemaal moeten leren" (she had to learn the skating movement from scratch). She was trained as an all-rounder.',
      'Trainer Arnold van der Poel: "Ze heeft de schaatsbeweging helemaal moeten leren". Ze werd als allrounder opgeleid.',
    ),
    sources: us('nrc.nl/nieuws/2019/01/27'),
    confidence: 'single-source',
  },
  {
    id: 'aff-coach-van-der-poel',
    kind: 'coach',
    name: 'Arnold van der Poel',
    from: '2017',
    to: '2018',
    detail: L('Her trainer at RTC Zuidwest.', 'Haar trainer bij RTC Zuidwest.'),
    sources: us('nrc.nl/nieuws/2019/01/27'),
    confidence: 'single-source',
  },
  {
    id: 'aff-coach-verweij',
    kind: 'coach',
    name: 'Koen Verweij (informally)',
    from: '2018',
    to: '2019',
    detail: L(
      'During his 2018/19 sabbatical he often stood at the rink edge coaching her.',
      'Tijdens zijn sabbatical in 2018/19 stond hij vaak langs de baan om haar te coachen.',
    ),
    sources: us('telegraaf.nl/sport/337174188'),
    confidence: 'single-source',
  },
  {
    id: 'aff-national-coach-coopmans',
    kind: 'national-coach',
    name: 'Jan Coopmans',
    from: '2019',
    to: '2022',
    detail: L(
      'National coach for the world team-sprint titles of 2019 to 2022, including the 2022 row over selecting Kok and Van Elst.',
      'Bondscoach bij de wereldtitels teamsprint van 2019 tot en met 2022, ook bij de ophef over de selectie van Kok en Van Elst in 2022.',
    ),
    sources: us('omroepwest.nl/nieuws/3765890', 'nu.nl/schaatsen/6187760'),
    confidence: 'confirmed',
  },
  {
    id: 'aff-national-coach-ritsma',
    kind: 'national-coach',
    name: 'Rintje Ritsma',
    from: '2025',
    to: '2025',
    detail: L(
      'National coach at the 2025 World Single Distances: he picked the team-sprint line-up, without Kok.',
      'Bondscoach op het WK afstanden 2025: hij koos de opstelling voor de teamsprint, zonder Kok.',
    ),
    sources: us('nederlandse-schaatssters-gaan-in-op-afwezigheid'),
    confidence: 'single-source',
  },
];

const FAMILY: Json[] = [
  {
    id: 'fam-ruud',
    relation: 'father',
    name: 'Ruud',
    detail: L(
      'Runs a tomato nursery and a tomato-seed breeding business. He encouraged her to start skating, cycles and trains with her, and voiced her Odido TV advert (January 2026). He was good at kitesurfing, which a January 2026 article links to her name. She called him "beste vader ooit" (best dad ever) on his birthday, Saturday 1 June 2024.',
      'Heeft een tomatenkwekerij en een veredelingsbedrijf van tomatenzaden. Hij moedigde haar aan om te gaan schaatsen, fietst en traint met haar, en sprak haar tv-reclame voor Odido in (januari 2026). Hij was goed in kitesurfen, wat een artikel uit januari 2026 met haar naam verbindt. Op zijn verjaardag, zaterdag 1 juni 2024, noemde ze hem de "beste vader ooit".',
    ),
    sources: us(
      'een-hip-meisje-dat-de-schaatswereld',
      'huldiging-van-jutta-leerdam-in-het-teamnl',
      'viert-verjaardag-van-beste-vader-ooit',
      'zo-kwam-topschaatsster-jutta-leerdam-aan-bijzondere-naam',
      'deelt-prachtige-beelden-van-bijzonder-moment-met-ouders',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'fam-monique',
    relation: 'mother',
    name: 'Monique',
    detail: L(
      'In a Mother\'s Day post (12 May 2024) Jutta wrote that her mother "heeft net stage 3 slokdarmkanker verslagen" (has just beaten stage 3 oesophageal cancer). In November 2023 she had spoken of "familieomstandigheden" (family circumstances), and at her engagement (March 2025) she said: "Last year I was so scared my mom wouldn\'t be able to be here".',
      'In een bericht op Moederdag (12 mei 2024) schreef Jutta dat haar moeder "net stage 3 slokdarmkanker" had verslagen. In november 2023 had ze over "familieomstandigheden" gesproken, en bij haar verloving (maart 2025) zei ze: "Last year I was so scared my mom wouldn\'t be able to be here".',
    ),
    sources: us(
      'een-hip-meisje-dat-de-schaatswereld',
      'emotionele-boodschap-op-speciale-moederdag',
      'takagi-beeindigt-ongeslagen-reeks',
      'si.com/onsi',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'fam-merel',
    relation: 'sister',
    name: 'Merel',
    detail: L(
      'Her older sister, reported as 22 in January 2020, 24 in February 2022 and 27 in October 2024. She chose hockey (and also did ballet, riding, gymnastics, kitesurfing and boxing), took the first skating lessons with Jutta, and taught her the eyeliner "wing".',
      'Haar oudere zus, volgens berichten 22 in januari 2020, 24 in februari 2022 en 27 in oktober 2024. Ze koos voor hockey (en deed ook aan ballet, paardrijden, turnen, kitesurfen en boksen), nam de eerste schaatslessen samen met Jutta en leerde haar de eyeliner-"wing".',
    ),
    sources: us(
      'een-hip-meisje-dat-de-schaatswereld',
      'die-schaatsen-deden-pijn-aan-mijn-voeten',
      'feliciteert-mooiste-meisje-ter-wereld',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'fam-beaudine',
    relation: 'sister',
    name: 'Beaudine',
    detail: L(
      'Her younger sister: she turned 18 in late October 2024 ("zeven jaar jonger", seven years younger, according to sportnieuws.nl) and was 19 in January 2026, when she went skiing in Ischgl.',
      'Haar jongere zus: ze werd eind oktober 2024 18 ("zeven jaar jonger", volgens sportnieuws.nl) en was 19 in januari 2026, toen ze ging skiën in Ischgl.',
    ),
    sources: us(
      'feliciteert-mooiste-meisje-ter-wereld',
      'zusje-19-van-jutta-leerdam',
      'zo-kwam-topschaatsster-jutta-leerdam-aan-bijzondere-naam',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'fam-kjeld',
    relation: 'brother',
    name: 'Kjeld',
    detail: L(
      'Lived in Italy according to a 2020 article; he is rarely on social media. A brother–sister boat day in May 2024.',
      'Woonde volgens een artikel uit 2020 in Italië; hij is zelden op sociale media. Een boottocht van broer en zus in mei 2024.',
    ),
    sources: us('een-hip-meisje-dat-de-schaatswereld', 'vol-ongeloof-op-het-water', 'telegraaf.nl/sport/2027362650'),
    confidence: 'confirmed',
  },
];

const EARLY_SPORT: Json[] = [
  {
    id: 'bg-hockey',
    sport: L('Field hockey', 'Hockey'),
    club: 'Hockey Vereniging Westland',
    place: L('Naaldwijk', 'Naaldwijk'),
    years: 8,
    detail: L(
      'She played until she started skating at about 11, starting at HV Westland in Naaldwijk (according to her father). She was often benched as a punishment for not passing ("Dan stond er iemand helemaal vrij voor de goal, maar wilde ik hem zelf maken": someone would be free in front of goal, but I wanted to score myself); her sister says she excelled at it. She said she was never a team player and likes that in skating the result is fully in her own hands.',
      'Ze hockeyde tot ze rond haar elfde ging schaatsen, te beginnen bij HV Westland in Naaldwijk (volgens haar vader). Ze moest vaak op de bank zitten omdat ze niet overspeelde ("Dan stond er iemand helemaal vrij voor de goal, maar wilde ik hem zelf maken"); volgens haar zus blonk ze erin uit. Ze zei dat ze nooit een teamspeler was en dat ze het fijn vindt dat ze bij het schaatsen het resultaat helemaal zelf in handen heeft.',
    ),
    sources: us(
      'isu.html.infostradasports.com',
      'flying-dutchwoman-jutta-leerdam',
      'telegraaf.nl/sport/2027362650',
      'revu.nl/artikel/491155',
      'een-hip-meisje-dat-de-schaatswereld',
      'nrc.nl/nieuws/2019/01/27',
    ),
    confidence: 'confirmed',
  },
];

// --- Background, timeline, social media, open questions, records (sections C3, E, F) -------------

const BACKGROUND_UPDATES: Record<string, Json> = {
  'bg-start-skating': {
    text: L(
      'She started speed skating at about 11, encouraged by her father: her parents answered a newspaper advert for lessons at De Uithof in The Hague, and her sister Merel took the lessons too.',
      'Ze begon rond haar elfde met schaatsen, aangemoedigd door haar vader: haar ouders reageerden op een advertentie in de krant voor lessen op De Uithof in Den Haag, en haar zus Merel nam ook les.',
    ),
    sources: us('die-schaatsen-deden-pijn-aan-mijn-voeten'),
  },
  'bg-family': {
    text: L(
      'She is the middle one of the three girls of Ruud and Monique; her parents put all four children on skates, and only she continued. See the family above.',
      'Ze is de middelste van de drie meisjes van Ruud en Monique; haar ouders zetten alle vier de kinderen op de schaats, en alleen zij ging door. Zie de familie hierboven.',
    ),
    sources: us(
      'zo-kwam-topschaatsster-jutta-leerdam-aan-bijzondere-naam',
      'dansende-schaatstopper-jutta-leerdam',
      'een-hip-meisje-dat-de-schaatswereld',
    ),
    replaceSources: true,
  },
  'bg-higher-education': {
    appendText: L(
      ' In January 2021, in the Covid bubble hotel in Wolvega, she said it was good for her peace of mind that besides her studies she only had to focus on training.',
      ' In januari 2021, in het bubbelhotel in Wolvega, zei ze dat het goed was voor haar rust dat ze zich naast haar studie alleen op de training hoefde te richten.',
    ),
    sources: us('pzc.nl/schaatsen/leerdam-op-haar-gemak'),
  },
  'bg-world-titles': conflict(
    'Sources count her world titles differently.',
    'Bronnen tellen haar wereldtitels verschillend.',
    [
      L(
        'Seven senior world titles, five at the World Single Distances and two at the World Sprint (this dataset\'s count; SI, March 2025: "seven-time world champion")',
        'Zeven wereldtitels bij de senioren, vijf op het WK afstanden en twee op het WK sprint (telling van deze dataset; SI, maart 2025: "seven-time world champion")',
      ),
      us('wikizero.com/en/Jutta_Leerdam', 'si.com/onsi'),
    ],
    [
      L(
        '"Zesvoudig wereldkampioen" (six-time world champion): her own words, May 2025',
        '"Zesvoudig wereldkampioen": haar eigen woorden, mei 2025',
      ),
      us('verklapt-toekomstplannen-met-jake-paul'),
    ],
  ),
  'bg-streak': conflict(
    'Sources count her 2022/23 1000 m races differently (probably all races against international races only).',
    'Bronnen tellen haar 1000 meters van 2022/23 verschillend (waarschijnlijk alle races tegen alleen de internationale).',
    [
      L(
        '"Alle elf" (all eleven) before the World Championships (De Telegraaf, ED, ANP), so 12 of 12 with them (nu.nl)',
        '"Alle elf" voor het WK (De Telegraaf, ED, ANP), dus 12 van de 12 met het WK erbij (nu.nl)',
      ),
      us(
        'telegraaf.nl/sport/875684049',
        'ed.nl/schaatsen/oppermachtige-jutta-leerdam',
        'welingelichtekringen.nl/sport/3916873',
        'nu.nl/schaatsen/6253923',
      ),
    ],
    [
      L('"All eight of her 1000m races this season" (ISU)', '"All eight of her 1000m races this season" (ISU)'),
      us('isu.org/speed-skating/news/news-ssk/14520'),
    ],
  ),
  'bg-world-cup': {
    text: L(
      "World Cup: 12 World Cup 1000 m race wins found (a count from dated race reports, not a figure printed by one source; NH Nieuws confirms nine as of March 2025), the first on 7 March 2020 in Heerenveen, and two World Cup team-sprint wins (Tomakomai, November 2018; Minsk, November 2019). No World Cup 500 m win and no individual World Cup distance title (season classification) were found: in 2022/23 she lost the 1000 m World Cup to Miho Takagi by one point (300 to 301) after skipping a round on coach Jac Orie's advice, and finished 4th in the 500 m World Cup. In 2019/20 the Netherlands won the (non-Olympic) team-sprint World Cup; she was in two of its three winning races (one source).",
      'Wereldbeker: 12 wereldbekerzeges op de 1000 meter gevonden (geteld uit gedateerde wedstrijdverslagen, geen getal uit één bron; NH Nieuws bevestigt er negen per maart 2025), de eerste op 7 maart 2020 in Heerenveen, en twee wereldbekerzeges op de teamsprint (Tomakomai, november 2018; Minsk, november 2019). Er is geen wereldbekerzege op de 500 meter en geen individueel eindklassement op een afstand gevonden: in 2022/23 verloor ze de wereldbeker 1000 meter met één punt van Miho Takagi (300 tegen 301), nadat ze op advies van coach Jac Orie een wedstrijd had overgeslagen, en werd ze 4e in de wereldbeker 500 meter. In 2019/20 won Nederland de (niet-olympische) wereldbeker teamsprint; zij reed mee in twee van de drie gewonnen races (één bron).',
    ),
    sources: us(
      'goud-voor-vrouwenploeg-op-teamsprint',
      'nu.nl/schaatsen/6011272',
      'schaatsster-leerdam-derde-op-500-meter-herzog-klopt-kim',
    ),
  },
  'bg-other-results': {
    text: L(
      'Championship races without a medal are rows of their own (see /results). At Dutch championships, besides her titles: 500 m and 1000 m bronze at the single distances championships of her first senior season (2018/19), when she qualified for the World Cups; 1500 m bronze on 29 October 2021 (1:53.64, a personal best); 500 m silver in February 2023 and December 2023; 1500 m bronze in February 2023 (1:55.39); and 1000 m bronze in November 2025 (1:14.20, behind Kok and Fledderus, after straining her groin).',
      'Kampioenschapsraces zonder medaille staan elk apart (zie /uitslagen). Op Nederlandse kampioenschappen, naast haar titels: brons op de 500 en 1000 meter op het NK afstanden van haar eerste seniorenseizoen (2018/19), waarmee ze zich voor de wereldbekers plaatste; brons op de 1500 meter op 29 oktober 2021 (1.53,64, een persoonlijk record); zilver op de 500 meter in februari 2023 en december 2023; brons op de 1500 meter in februari 2023 (1.55,39); en brons op de 1000 meter in november 2025 (1.14,20, achter Kok en Fledderus, na een liesblessure).',
    ),
    sources: [
      ...us(
        'nrc.nl/nieuws/2019/01/27',
        'schaatsster-leerdam-wint-500-meter-op-nk',
        'nu.nl/schaatsen/6165009',
        'nieuws.nl/sport/20230203',
      ),
      ...us('opluchting-bij-topschaatsster-jutta-leerdam', 'schaatstopper-femke-kok-maakt-einde-aan-ongekende-reeks'),
    ],
    replaceSources: true,
  },
  'bg-career-status': {
    appendText: L(
      ' The day after her gold she told a Polish site: "Zobaczę latem, co zdecyduję się zrobić" (I\'ll see in the summer what I decide).',
      ' De dag na haar goud zei ze tegen een Poolse site: "Zobaczę latem, co zdecyduję się zrobić" (ik zie in de zomer wel wat ik besluit).',
    ),
    sources: us('plotek.pl'),
    addVersions: [
      [
        L(
          'Pekka Koskela (Finnish expert) expects her to continue (undated, after the Games)',
          'Pekka Koskela (Fins expert) verwacht dat ze doorgaat (zonder datum, na de Spelen)',
        ),
        us('cognicurrent.com'),
      ],
      [
        L(
          'Erben Wennemars (8 March 2026) and Marianne Timmer (6 March 2026) expect her to stop',
          'Erben Wennemars (8 maart 2026) en Marianne Timmer (6 maart 2026) verwachten dat ze stopt',
        ),
        us('erben-wennemars-ziet-opmerkelijk-scenario', 'teamgenoot-jutta-leerdam-krijgt-dringend-advies'),
      ],
      [
        L(
          'Her father thinks she should stop at her peak (a gossip site\'s reading of his comment "Wees zuinig op wie je bent en wat jij zelf wil")',
          'Haar vader vindt dat ze op haar hoogtepunt moet stoppen (de lezing van een roddelsite van zijn opmerking "Wees zuinig op wie je bent en wat jij zelf wil")',
        ),
        us('showblad.nl', 'vader-van-topschaatsster-jutta-leerdam'),
      ],
    ],
  },
  'bg-jake-paul': {
    addVersions: [
      [
        L('Late 2022, public in March 2023 (particle.news)', 'Eind 2022, openbaar in maart 2023 (particle.news)'),
        us('particle.news'),
      ],
      [
        L('After he slipped into her DMs in 2023 (SI)', 'Nadat hij haar in 2023 een DM stuurde (SI)'),
        us('si.com/onsi'),
      ],
      [
        L(
          '"Sinds april 2023 samen" (together since April 2023; sportnieuws.nl)',
          '"Sinds april 2023 samen" (sportnieuws.nl)',
        ),
        us('hint-opnieuw-op-ingrijpende-verhuizing'),
      ],
    ],
  },
  'bg-engagement': {
    appendText: L(
      ' The proposal itself was on 21 March 2025 at Jade Mountain, Saint Lucia, with a 12-carat ring by Gabriel & Co worth about USD 1 million (ringside24, one source).',
      ' Het aanzoek zelf was op 21 maart 2025 in Jade Mountain, Saint Lucia, met een ring van 12 karaat van Gabriel & Co van zo’n 1 miljoen dollar (ringside24, één bron).',
    ),
    sources: us('ringside24.com'),
    ...conflict(
      'Undated clickbait pages claim it is over; their own texts describe an intact relationship.',
      'Clickbaitpagina’s zonder datum beweren dat het uit is; hun eigen tekst beschrijft een relatie die gewoon doorgaat.',
      [
        L('Engaged since March 2025 (every dated source)', 'Verloofd sinds maart 2025 (elke gedateerde bron)'),
        us('geblinddoekt-door-jake-paul', 'associatestimes.com'),
      ],
      [
        L(
          '"Het is uit, huwelijk afgebroken en ring verpatst" (it\'s over, wedding off, ring sold) and "Liefdessprookje ten einde" (fairy tale over): undated, unsourced; rejected',
          '"Het is uit, huwelijk afgebroken en ring verpatst" en "Liefdessprookje ten einde": zonder datum of bron; verworpen',
        ),
        us('verhalenvandaag.nl', 'showroddel.nl'),
      ],
    ),
  },
  'bg-skating-school': {
    appendText: L(
      ' Four later searches (in Dutch, English and Slovak) found no page about such a school. The pages do say the couple founded a team (NXTGEN/Worldstream, 2020–22); Verweij retired in August 2022 with back problems, lived in Amsterdam with his partner Lisa in January 2025, and in August 2025 Jan Ykema said he was "busy with quite different things". Probably a garbled "own team".',
      ' Vier latere zoektochten (in het Nederlands, Engels en Slowaaks) vonden geen pagina over zo’n school. Wel staat er dat het stel een ploeg oprichtte (NXTGEN/Worldstream, 2020–22); Verweij stopte in augustus 2022 met rugklachten, woonde in januari 2025 met zijn partner Lisa in Amsterdam, en in augustus 2025 zei Jan Ykema dat hij "zich bezighoudt met hele andere dingen". Waarschijnlijk een verhaspelde "eigen ploeg".',
    ),
    sources: us(
      'nhnieuws.nl/nieuws/n86955',
      'ex-partner-van-jutta-leerdam-gunt-haar',
      'goede-bekende-hoopt-op-terugkeer',
    ),
  },
  'bg-followers': {
    appendText: L(
      ' An undated BN DeStem birthday piece, from when she lived in Heerenveen, says "meer dan 600.000 volgers" (more than 600,000 followers).',
      ' Een verjaardagsstuk van BN DeStem zonder datum, uit de tijd dat ze in Heerenveen woonde, noemt "meer dan 600.000 volgers".',
    ),
    sources: us('jarige-jutta-leerdam-die-zwarte-eyeliner'),
  },
};

const NEW_BACKGROUND: Json[] = [
  {
    id: 'bg-childhood-sports',
    topic: 'early-life',
    text: L(
      'Her parents signed her up for several sports as a child so she would be calmer at home.',
      'Haar ouders gaven haar als kind op voor verschillende sporten, zodat ze thuis rustiger zou zijn.',
    ),
    sources: us('revu.nl/artikel/491155'),
    confidence: 'single-source',
  },
  {
    id: 'bg-olympic-goal',
    topic: 'early-life',
    text: L(
      'As a teenager asked to write down her goals, she wrote "olympisch kampioen" (Olympic champion) and never changed it (her father); she herself said the goal had been there "sinds mijn twaalfde" (since she was twelve).',
      'Toen ze als tiener haar doelen moest opschrijven, schreef ze "olympisch kampioen" en dat veranderde ze nooit (haar vader); zelf zei ze dat het doel er "sinds mijn twaalfde" was.',
    ),
    sources: us(
      'hln.be/sport/time-out/jutta-leerdam-het-21-jarige-fenomeen',
      'laat-volgers-genieten-van-jaloersmakende-beelden',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'bg-teams-2024',
    topic: 'teams-and-coaches',
    text: L(
      'In April–May 2024 she talked with Team IKO\'s owner and coach Martin ten Hove ("geld drijft haar niet", money doesn\'t drive her), but the talks fell through on 9 May 2024. A SportClash tweet named her management as SEG and a private sponsor as Celsius (one source). With an A-status the KNSB gave her ice and gym time at Thialf in the top-sport hours (technical director Remy de Wit).',
      'In april–mei 2024 sprak ze met eigenaar en coach Martin ten Hove van Team IKO ("geld drijft haar niet"), maar op 9 mei 2024 liepen de gesprekken stuk. Een tweet van SportClash noemde SEG als haar management en Celsius als privésponsor (één bron). Met een A-status kreeg ze van de KNSB ijs- en krachttijd in Thialf tijdens de topsporturen (technisch directeur Remy de Wit).',
    ),
    sources: us(
      'in-gesprek-met-team-iko-de-ploeg-van-joy-beune',
      'teleurstelling-na-keuze-jutta-leerdam',
      'komst-jutta-leerdam-naar-team-iko',
      'overstap-jutta-leerdam-naar-het-team-van-joy-beune',
      'nhnieuws.nl/nieuws/n147997',
    ),
    confidence: 'confirmed',
  },
  {
    id: 'bg-sponsors',
    topic: 'social-media',
    text: L(
      'Brand and sponsor links: the clothing sponsor Nikkie Plessen (November 2022), an Odido TV advert voiced by her father (January 2026) and the cover of Numéro Netherlands (September 2025).',
      'Merken en sponsors: kledingsponsor Nikkie Plessen (november 2022), een tv-reclame voor Odido ingesproken door haar vader (januari 2026) en de cover van Numéro Nederland (september 2025).',
    ),
    sources: us('skatefluencer-jutta-leerdam', 'zusje-19-van-jutta-leerdam', 'siert-in-opvallende-kleding-de-cover'),
    confidence: 'single-source',
    ...note('Each link rests on one source.', 'Elke koppeling berust op één bron.'),
  },
  {
    id: 'bg-in-laws',
    topic: 'personal-life',
    text: L(
      'Jake Paul\'s mother is Pam Stepnick (her "schoonmoeder") and his father Greg Paul. She went to the wedding of Logan Paul and Nina Agdal at Lake Como with her own parents (August 2025).',
      'De moeder van Jake Paul is Pam Stepnick (haar "schoonmoeder"), zijn vader Greg Paul. Ze ging met haar eigen ouders naar de bruiloft van Logan Paul en Nina Agdal aan het Comomeer (augustus 2025).',
    ),
    sources: us(
      'emotionele-boodschap-op-speciale-moederdag',
      'deelt-prachtige-beelden-van-bijzonder-moment-met-ouders',
      'logan-paul-zwager-jutta-leerdam',
    ),
    confidence: 'confirmed',
  },
];

const TIMELINE_UPDATES: Record<string, Json> = {
  'tl-2026-leaves-milan': {
    text: L(
      'Leaves Milan with Jake Paul and skips the second TeamNL ceremony; sources give different reasons.',
      'Vertrekt met Jake Paul uit Milaan en slaat de tweede TeamNL-huldiging over; bronnen geven verschillende redenen.',
    ),
    sources: us('heeft-heimwee-naar-olympische-spelen'),
    ...conflict(
      'Sources give different reasons for her early departure.',
      'Bronnen geven verschillende redenen voor haar vroege vertrek.',
      [
        L('She felt ill (sportnieuws.nl, 19 February 2026)', 'Ze voelde zich ziek (sportnieuws.nl, 19 februari 2026)'),
        us('rekenen-op-gouden-jutta-leerdam'),
      ],
      [
        L(
          'Her own TikTok (about 24 February): "Jake had een kaakoperatie in Miami" (Jake Paul had jaw surgery in Miami; the plates from his December 2025 fight had come loose)',
          'Haar eigen TikTok (rond 24 februari): "Jake had een kaakoperatie in Miami" (de platen van zijn gevecht van december 2025 zaten los)',
        ),
        us('heeft-heimwee-naar-olympische-spelen'),
      ],
      [
        L(
          'NOC*NSF: she left "zoals ze al voor de Spelen had afgesproken" (as agreed before the Games)',
          'NOC*NSF: ze vertrok "zoals ze al voor de Spelen had afgesproken"',
        ),
        us('rekenen-op-gouden-jutta-leerdam'),
      ],
    ),
  },
};

const NEW_TIMELINE: Json[] = [
  {
    id: 'tl-2026-after-games',
    date: '2026-02',
    text: L(
      'Between the Games and her knighthood she is with Jake Paul for his surgery in the US and appears at the PSV–sc Heerenveen football match in Eindhoven.',
      'Tussen de Spelen en haar lintje is ze bij Jake Paul voor zijn operatie in de VS en verschijnt ze bij de voetbalwedstrijd PSV–sc Heerenveen in Eindhoven.',
    ),
    tags: ['personal'],
    sources: us('wordt-dit-de-laatste-wedstrijd-van-jutta-leerdam'),
    confidence: 'single-source',
  },
  {
    id: 'tl-2026-gym',
    date: '2026-03-01',
    text: L(
      'Posts her breakfast on Instagram and a TikTok from the gym, lip-syncing "ik ben niet de persoon die stopt voordat ik heb bereikt wat ik altijd wilde" (I\'m not the person who quits before I\'ve achieved what I always wanted).',
      'Post haar ontbijt op Instagram en een TikTok vanuit de sportschool, waarin ze playbackt op "ik ben niet de persoon die stopt voordat ik heb bereikt wat ik altijd wilde".',
    ),
    tags: ['future'],
    sources: us('kiest-niet-voor-rust-na-vroeg-seizoenseinde'),
    confidence: 'single-source',
  },
  {
    id: 'tl-2026-kafra-future',
    date: '2026-03-06',
    text: L(
      'Team-mate Kai Verbij says at the Dutch sprint championships that he may have to look for a new team; Marianne Timmer reads that as a sign she will stop. Her decision "is nog niet bekend" (is not yet known).',
      'Ploeggenoot Kai Verbij zegt op het NK sprint dat hij misschien een nieuwe ploeg moet zoeken; Marianne Timmer ziet dat als een teken dat ze stopt. Haar besluit "is nog niet bekend".',
    ),
    tags: ['future'],
    sources: us('teamgenoot-jutta-leerdam-krijgt-dringend-advies'),
    confidence: 'single-source',
  },
];

const PLATFORM_NOTE = note(
  'The source does not name the platform; the fact sheets give Instagram figures unless they say otherwise.',
  'De bron noemt het platform niet; de feitenbladen geven Instagram-cijfers tenzij anders vermeld.',
);
const NEW_SOCIAL: Json[] = [
  {
    id: 'ig-2022-11-13',
    platform: 'instagram',
    followers: 3300000,
    asOf: '2022-11-13',
    sources: us('skatefluencer-jutta-leerdam'),
    confidence: 'single-source',
    ...PLATFORM_NOTE,
  },
  {
    id: 'ig-2025-02-01',
    platform: 'instagram',
    followers: 5000000,
    approx: L('about 5 million ("ok. pięć milionów", Polsat)', 'ongeveer 5 miljoen ("ok. pięć milionów", Polsat)'),
    asOf: '2025-02-01',
    sources: us('polsatsport.pl'),
    confidence: 'single-source',
    ...PLATFORM_NOTE,
  },
  {
    id: 'ig-2025-06',
    platform: 'instagram',
    followers: 5000000,
    approx: L('5 million', '5 miljoen'),
    asOf: '2025-06',
    sources: us('zet-bijzonder-persoon-in-het-zonnetje'),
    confidence: 'single-source',
    ...PLATFORM_NOTE,
  },
];

const OPEN_QUESTION_UPDATES: Record<string, Json> = {
  'oq-after-march-2026': {
    detail: L(
      'No stored source dated after about 9 March 2026 was found, also not in a second round of 23 searches (the supplement, section E). Retirement claims by others are not backed by a statement from her.',
      'Er is geen bron gevonden van na ongeveer 9 maart 2026, ook niet in een tweede ronde van 23 zoekopdrachten (het supplement, deel E). Beweringen van anderen dat ze stopt, worden niet gestaafd door een uitspraak van haarzelf.',
    ),
  },
  'oq-world-cup-rankings': {
    detail: L(
      "Found since: 4th in the 2022/23 500 m World Cup, and 4th in the 2024/25 1000 m standings after Milwaukee. Still not found: her final 1000 m ranks in 2020/21, 2021/22, 2023/24 and 2025/26, and a better source than one low-quality page for her final 4th in 2024/25. The total of 12 World Cup 1000 m wins is this dataset's count.",
      'Sindsdien gevonden: 4e in de wereldbeker 500 meter 2022/23, en 4e in de stand van de 1000 meter 2024/25 na Milwaukee. Nog niet gevonden: haar eindklassering op de 1000 meter in 2020/21, 2021/22, 2023/24 en 2025/26, en een betere bron dan één onbetrouwbare pagina voor haar 4e plaats in 2024/25. Het totaal van 12 wereldbekerzeges op de 1000 meter is de telling van deze dataset.',
    ),
    sources: us('polsatsport.pl', 'schaatsster-leerdam-derde-op-500-meter-herzog-klopt-kim'),
  },
  'oq-sprint-points': {
    detail: L(
      'No source prints them. This dataset works her totals out from the race times (marked "worked out") where all four are known: the World Sprint of 2022 and 2024 and the European Sprint of 2019, 2021, 2023 and 2025.',
      'Geen bron drukt ze af. Deze dataset berekent haar totalen uit de rittijden (gemarkeerd als "berekend") waar alle vier bekend zijn: het WK sprint van 2022 en 2024 en het EK sprint van 2019, 2021, 2023 en 2025.',
    ),
  },
  'oq-skating-school': {
    detail: L(
      'Only one Slovak tabloid says so (February 2022); four later searches found no other page. The couple did found a team (NXTGEN/Worldstream); probably a garbled "own team". No business of her own was found.',
      'Alleen één Slowaakse roddelkrant zegt dat (februari 2022); vier latere zoektochten vonden geen andere pagina. Het stel richtte wel een ploeg op (NXTGEN/Worldstream); waarschijnlijk een verhaspelde "eigen ploeg". Een eigen bedrijf is niet gevonden.',
    ),
    sources: us('nhnieuws.nl/nieuws/n86955', 'goede-bekende-hoopt-op-terugkeer'),
  },
  'oq-junior-medals': {
    detail: L(
      'The ISU biography implies about 11; only the five listed by the Wikipedia copy could be placed by year. At the 2017 World Juniors (17–18 February, Helsinki) she fell right after the start of the team sprint, and the Dutch team won no medal there.',
      'De ISU-biografie wijst op ongeveer 11; alleen de vijf uit de Wikipedia-kopie konden aan een jaar worden gekoppeld. Op het WK junioren van 2017 (17–18 februari, Helsinki) viel ze direct na de start van de teamsprint, en de Nederlandse ploeg won daar geen medaille.',
    ),
    sources: us('new-junior-world-records-in-team-sprint'),
  },
  'oq-jake-paul-start': { sources: us('particle.news', 'si.com/onsi', 'hint-opnieuw-op-ingrijpende-verhuizing') },
  'oq-rejected-claims': {
    detail: L(
      'Birth on "July 20, 1998, in Drachten"; a 1500 m best of 1:50.71 and invented junior medals (metrosportsreport); the "Johan Cruyff Academy" as her school; undated clickbait that the engagement is off, that she moved to a "nieuwe thuis" (new home) in Puerto Rico, and that "het liefdessprookje" (the fairy tale) is over. The birth date, the 1500 m best, the school and the break-up claim are recorded as conflicts next to the facts they contradict; the rest is listed nowhere else.',
      'Geboorte op "20 juli 1998 in Drachten"; een record op de 1500 meter van 1.50,71 en verzonnen juniorenmedailles (metrosportsreport); de "Johan Cruyff Academy" als opleiding; clickbait zonder datum dat de verloving uit is, dat ze naar een "nieuwe thuis" in Puerto Rico verhuisde en dat het liefdessprookje voorbij is. De geboortedatum, het record op de 1500 meter, de opleiding en het verhaal over de breuk staan als conflict bij de feiten die ze tegenspreken; de rest staat verder nergens.',
    ),
    sources: us('verhalenvandaag.nl', 'krantjeonline.nl', 'showroddel.nl'),
  },
};

const RECORD_UPDATES: Record<string, Json> = {
  'rec-team-sprint-hamar-2025': conflict(
    'Sources give two different times for this team sprint.',
    'Bronnen geven twee verschillende tijden voor deze teamsprint.',
    [
      L(
        '1:25.57, a track record (thesportsdaily; sportnieuws.nl)',
        '1.25,57, een baanrecord (thesportsdaily; sportnieuws.nl)',
      ),
      us('thesportsdaily.com', 'jutta-leerdam-haalt-met-debutanten'),
    ],
    [L('1:25.49 (NH Nieuws/NOS)', '1.25,49 (NH Nieuws/NOS)'), us('nhnieuws.nl/nieuws/n179555')],
  ),
};

// --- Applying it ----------------------------------------------------------------------------------

const ORDER = [
  'olympics',
  'world-single-distances',
  'world-sprint',
  'european-single-distances',
  'european-sprint',
  'world-junior',
  'world-cup',
];
const CONTROL_KEYS = new Set(['replaceSources', 'appendText', 'addVersions', 'extraDerived']);

function merge(target: Json, update: Json): void {
  for (const [key, value] of Object.entries(update)) {
    if (CONTROL_KEYS.has(key)) continue;
    if (key === 'sources' && !update.replaceSources) {
      target.sources = [...new Set([...(target.sources as string[]), ...(value as string[])])];
    } else if (value === undefined) Reflect.deleteProperty(target, key);
    else target[key] = value;
  }
  const append = update.appendText as Localized | undefined;
  if (append) {
    const text = target.text as Localized;
    target.text = { en: text.en + append.en, nl: text.nl + append.nl };
  }
  const versions = update.addVersions as [Localized, string[]][] | undefined;
  if (versions) {
    const block = target.conflict as { versions: Json[] };
    block.versions.push(...versions.map(([claim, sources]) => ({ claim, sources })));
    target.confidence = 'conflict';
  }
}

function byId<T extends Json>(rows: T[], id: string): T {
  const found = rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

const gap = (a: string, b: string, unit: 's' | 'pts') => {
  const [x, y] = unit === 'pts' ? [decimalThousandths(a), decimalThousandths(b)] : [thousandths(a)!, thousandths(b)!];
  return printThousandths(Math.abs(x - y), Math.max(decimalsOf(a), decimalsOf(b)));
};

/** Sprint points, 500 m + 1000 m ÷ 2, from the times of whoever `pick` finds in each race. */
function sprintTotal(races: Row[], pick: (race: Row) => string | undefined): string {
  let total = 0;
  for (const race of races) {
    const time = thousandths(pick(race));
    if (time === undefined) throw new Error(`no time in ${race.id}`);
    total += race.event === '1000m' ? time / 2 : time;
  }
  return printThousandths(total, 3);
}

/** The supplement's worked-out numbers, recomputed here; a difference stops the import. */
function workOut(results: Row[]): void {
  for (const row of results) {
    const races = results.filter((r) => r.partOf === row.id);
    const points = row.points as { value: string; basis: string } | undefined;
    if (points?.basis === 'derived') {
      const total = sprintTotal(races, (r) => r.result);
      if (total !== points.value) throw new Error(`${row.id}: points ${points.value} but the races give ${total}`);
    }
    for (const placing of row.placings ?? []) {
      if (placing.points?.basis !== 'derived') continue;
      const total = sprintTotal(races, (r) => (r.placings ?? []).find((q) => q.name === placing.name)?.result);
      if (total !== placing.points.value)
        throw new Error(`${row.id}: ${placing.name} ${placing.points.value} vs ${total}`);
    }
    // A margin no source prints: to the winner, or (for a win) to the runner-up, plus any asked for.
    const margins = (row.margins ?? []) as (Json & { place: number })[];
    const unit = row.points ? 'pts' : 's';
    const own = unit === 'pts' ? points?.value : row.result;
    const targets = [row.place === 1 ? 2 : 1, ...((row.extraDerived as number[] | undefined) ?? [])];
    for (const place of row.place === undefined ? [] : targets) {
      const other = (row.placings ?? []).find(
        (q) => q.place === place && q.name !== HER && !q.members?.some((m) => m.name === HER),
      );
      const value = unit === 'pts' ? other?.points?.value : other?.result;
      if (own === undefined || value === undefined || margins.some((m) => m.place === place)) continue;
      margins.push({ place, value: gap(own, value, unit), ...(unit === 'pts' ? { unit } : {}), basis: 'derived' });
    }
    if (margins.length) row.margins = margins.sort((a, b) => a.place - b.place);
    delete row.extraDerived;
  }
}

export function importSupplement(data: Json): Json {
  const results = data.results as Row[];
  if (results.some((r) => r.id === 'og-2022-500m')) throw new Error('the supplement was imported before');
  for (const [id, update] of Object.entries(RESULT_UPDATES)) {
    const target = byId(results, id);
    merge(target, update);
    if (update.extraDerived) target.extraDerived = update.extraDerived;
  }
  const all = [...results, ...NEW_RESULTS, ...NEW_WORLD_CUP].map((r, index) => ({ r, index }));
  all.sort(
    (a, b) =>
      ORDER.indexOf(a.r.competition as string) - ORDER.indexOf(b.r.competition as string) ||
      (a.r.date as string).localeCompare(b.r.date as string) ||
      // A classification after the races that counted for it, on its last day.
      Number(all.some((x) => x.r.partOf === a.r.id)) - Number(all.some((x) => x.r.partOf === b.r.id)) ||
      a.index - b.index,
  );
  data.results = all.map(({ r }) => r);
  workOut(data.results as Row[]);
  data.worldCupStandings = STANDINGS;
  data.personalBests = personalBests(data.personalBests as Json[]);

  const profile = data.profile as Json;
  const affiliations = profile.affiliations as Json[];
  for (const [id, update] of Object.entries(AFFILIATION_UPDATES)) merge(byId(affiliations, id), update);
  profile.affiliations = [...affiliations, ...NEW_AFFILIATIONS];
  profile.family = FAMILY;
  profile.earlySport = EARLY_SPORT;
  profile.social = [...(profile.social as Json[]), ...NEW_SOCIAL];

  // Hockey and the first lessons are early-sport profile fields now (same ids), not background rows.
  const background = (data.background as Json[]).filter((b) => !EARLY_SPORT.some((e) => e.id === b.id));
  for (const [id, update] of Object.entries(BACKGROUND_UPDATES)) merge(byId(background, id), update);
  const at = (id: string) => background.findIndex((b) => b.id === id) + 1;
  background.splice(at('bg-junior'), 0, ...NEW_BACKGROUND.filter((b) => b.topic === 'early-life'));
  background.splice(at('bg-poltavets-2024'), 0, ...NEW_BACKGROUND.filter((b) => b.topic === 'teams-and-coaches'));
  background.splice(at('bg-model-brands'), 0, ...NEW_BACKGROUND.filter((b) => b.topic === 'social-media'));
  background.splice(at('bg-engagement'), 0, ...NEW_BACKGROUND.filter((b) => b.topic === 'personal-life'));
  data.background = background;

  const timeline = data.timeline as Json[];
  for (const [id, update] of Object.entries(TIMELINE_UPDATES)) merge(byId(timeline, id), update);
  timeline.splice(
    timeline.findIndex((e) => e.id === 'tl-2026-knighted'),
    0,
    NEW_TIMELINE[0]!,
  );
  timeline.splice(
    timeline.findIndex((e) => e.id === 'tl-2026-newest'),
    0,
    NEW_TIMELINE[1]!,
    NEW_TIMELINE[2]!,
  );

  for (const [id, update] of Object.entries(OPEN_QUESTION_UPDATES))
    merge(byId(data.openQuestions as Json[], id), update);
  for (const [id, update] of Object.entries(RECORD_UPDATES)) merge(byId(data.records as Json[], id), update);

  const meta = data.meta as Json;
  meta.basis =
    'Built from the sourced fact sheet research/leerdam-facts.md and its supplement research/leerdam-facts-extra.md (stored public pages; nothing added from memory). Every row keeps the sheets\' source URLs; where sources disagree the row carries a conflict with each version and its sources. Numbers marked "derived" (margins, sprint points, a time from a printed gap) are worked out from the sourced times and checked on every load. English translations of Dutch quotes are this dataset\'s working translations, not published text. Results are in English notation (1:12.31).';
  return data;
}

if (process.argv[1]?.endsWith('import-supplement.ts')) {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const file = positionals[0] ?? 'data/leerdam.json';
  const text = `${JSON.stringify(importSupplement(JSON.parse(readFileSync(file, 'utf8')) as Json), null, 2)}\n`;
  const checked = parseDataset(text);
  if (!checked.ok) {
    console.error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
    process.exit(1);
  }
  writeFileSync(file, text);
  console.log(`imported the supplement into ${file}`);
}
