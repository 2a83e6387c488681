import fc from 'fast-check';
import { ExcelFout, roepVanuitExcel } from '../addin/functions/excel';
import { alleFuncties } from '../core/functies';
import type { Argument, Cel } from '../core/invoer';

/**
 * Every WLZ function, fed every kind of Excel value: it answers with a valid Excel value or a
 * CustomFunctions error with a Dutch message — never another exception, NaN, Infinity or null
 * (docs/contract.md §1 "errors"). Runs over the whole registry, so a new function is covered the day it lands.
 */

const getal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -100, max: 3000 }),
  fc.constantFrom(0, -0, 1, 12, 15, 0.958, 95.8, 5000, 5000.01, 1e-300, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, 44927, 2023),
  // Huge, tiny and negative at the edges of what a double and an Excel cell hold.
  fc.constantFrom(
    -1e-300,
    -Number.MIN_VALUE,
    -Number.MAX_VALUE,
    9.99999999999999e307,
    2 ** 53,
    2 ** 53 + 2,
    -(2 ** 53),
    1e15 + 0.3,
    0.1 + 0.2,
    1.005,
    -5000.01,
    -0.958,
  ),
);

const tekstGetal = fc.oneof(
  fc.constantFrom('95,8%', '0,958', '1.234,56', '1,234.56', '0.958', '12.5', '€ 1.000', '-5.000,01', '1e3', ' 7 ', '100%', ',5'),
  // English and other notations a user may paste: refused or read, never misread silently.
  fc.constantFrom(
    '95.8%',
    '95,8 %',
    '1.5e3',
    '1E-3',
    '(1.234,56)',
    '€1.234,56',
    '1\u00a0234,56',
    '1\u202f234,56',
    '−5',
    '+7',
    '1_000',
    '0x1F',
    'Infinity',
    '-Infinity',
    'NaN',
    '1.234.567,89',
    '1,234,567.89',
    '12,5%%',
    '%',
    '-',
    '€',
    '١٢٣',
    '１２３',
    'Ⅻ',
  ),
  getal.map((g) => String(g)),
  getal.map((g) => String(g).replace('.', ',')),
  getal.map((g) => `${String(g).replace('.', ',')}%`),
);

const woord = fc.constantFrom(
  'CZ',
  'ZK',
  'Zilveren Kruis',
  'Z&Z',
  'zenz',
  'VGZ',
  'Menzis',
  'DSW',
  'Salland',
  'V&V',
  'GZ',
  'GGZ',
  'nieuw',
  'geïntegreerd',
  'beschermd wonen',
  'VPT',
  'DTV',
  'MPT',
  'ZZP',
  'logeren',
  'NHC',
  'NIC',
  'monitor hoger',
  'WAAR',
  'ONWAAR',
  '31-1-2023',
  '2023-01-31',
  '31-2-2023',
  '#N/A',
  '#WAARDE!',
  '',
  ' ',
);

/** Excel errors as they arrive when a cell shows one (a host hands them over as text). */
const foutTekst = fc.constantFrom(
  '#N/A',
  '#N/B',
  '#VALUE!',
  '#WAARDE!',
  '#DIV/0!',
  '#DEEL/0!',
  '#NAME?',
  '#NAAM?',
  '#REF!',
  '#VERW!',
  '#NUM!',
  '#GETAL!',
  '#NULL!',
  '#LEEG!',
  '#SPILL!',
  '#CALC!',
  '#BUSY!',
  '#GETTING_DATA',
);

/** Text no parser expects: any code point (lone surrogates too), combining marks, invisible and right-to-left marks, emoji, long text. */
const unicode = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(
    '\u200b95,8%',
    '95,8%\u200e',
    '\u202e8,59',
    'e\u0301',
    'Geïntegreerd',
    'GEÏNTEGREERD',
    'ß',
    'İ',
    '💶 1.000',
    '\ud800',
    '\ufeff0,5',
    'x'.repeat(10_000),
  ),
);

const cel: fc.Arbitrary<Cel> = fc.oneof(
  { weight: 4, arbitrary: getal },
  { weight: 2, arbitrary: tekstGetal },
  { weight: 2, arbitrary: woord },
  { weight: 1, arbitrary: foutTekst },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') },
);

/** A range of any shape, rectangular or (as no host sends, but a caller might) ragged. */
const bereik: fc.Arbitrary<Cel[][]> = fc.oneof(
  fc
    .integer({ min: 1, max: 16 })
    .chain((rijen) =>
      fc
        .integer({ min: 1, max: 4 })
        .chain((kolommen) => fc.array(fc.array(cel, { minLength: kolommen, maxLength: kolommen }), { minLength: rijen, maxLength: rijen })),
    ),
  fc.array(fc.array(cel, { maxLength: 3 }), { maxLength: 4 }),
  // One row or one column of up to 40 cells, and an empty range.
  fc.array(cel, { minLength: 1, maxLength: 40 }).map((rij) => [rij]),
  fc.array(cel, { minLength: 1, maxLength: 40 }).map((kolom) => kolom.map((c) => [c])),
  fc.constant([] as Cel[][]),
);

const argument: fc.Arbitrary<Argument> = fc.oneof({ weight: 3, arbitrary: cel }, { weight: 1, arbitrary: bereik });

function isGeldigeCel(waarde: unknown): boolean {
  return (typeof waarde === 'number' && Number.isFinite(waarde)) || typeof waarde === 'string' || typeof waarde === 'boolean';
}

/** A message without the user's own text, which `toon` quotes ("NaN" typed by the user is no bug of ours). */
function zonderInvoer(bericht: string): string {
  return bericht.replace(/"[^"]*"/g, '""');
}

/**
 * A Dutch message of ours, not an English one from JavaScript or a library: with the user's own text
 * (quoted by `toon`) taken out, no English error phrase is left and a Dutch word is.
 */
function isNederlandseMelding(bericht: string): boolean {
  const eigen = zonderInvoer(bericht);
  const engels = /\b(cannot|can't|is not a|of undefined|of null|invalid|unexpected|error|exceeded|stack|expected|must be|not a number)\b/i;
  const nederlands =
    /\b(ontbreekt|moet|moeten|niet|geen|een|van|het|de|lijkt|tekst|getal|cel|bereik|zijn|hoogstens|tussen|onbekend|onbekende|kies|typ|gebruik|dan|voor|bij)\b/i;
  return !engels.test(eigen) && nederlands.test(eigen);
}

/** The property itself: one call, any outcome that is allowed. */
function controleerAanroep(naam: string, args: Argument[]): void {
  let uitkomst: unknown;
  try {
    uitkomst = roepVanuitExcel(naam, args);
  } catch (fout) {
    if (!(fout instanceof ExcelFout)) throw new Error(`WLZ.${naam} gooide ${String(fout)}`);
    expect(['#VALUE!', '#N/A', '#DIV/0!']).toContain(fout.code);
    if (fout.code !== '#DIV/0!') expect(fout.message).toMatch(/\S/);
    expect(zonderInvoer(fout.message ?? '')).not.toMatch(/interne fout|undefined|NaN|\[object/);
    if (fout.code !== '#DIV/0!') expect(isNederlandseMelding(fout.message)).toBe(true);
    return;
  }
  if (Array.isArray(uitkomst)) {
    expect(uitkomst.length).toBeGreaterThan(0);
    const breedte = (uitkomst[0] as unknown[]).length;
    for (const rij of uitkomst as unknown[][]) {
      expect(rij).toHaveLength(breedte);
      for (const w of rij) expect(isGeldigeCel(w)).toBe(true);
    }
  } else {
    expect(isGeldigeCel(uitkomst)).toBe(true);
  }
}

describe('every WLZ function with every kind of Excel value', () => {
  it.each(alleFuncties.map((f) => [f.naam, f] as const))('%s never crashes and never returns an invalid value', (naam, functie) => {
    fc.assert(
      fc.property(fc.array(argument, { maxLength: functie.parameters.length }), (args) => controleerAanroep(naam, args)),
      { numRuns: 1_000 },
    );
  });

  it.each(alleFuncties.map((f) => [f.naam, f] as const))('%s handles a 200.000-cell range in every parameter position', (naam, functie) => {
    const groot = Array.from({ length: 200_000 }, (_, i) => [i % 7 === 0 ? '' : (i % 1000) / 1000]);
    for (let positie = 0; positie < functie.parameters.length; positie += 1) {
      const args: Argument[] = functie.parameters.map((_, i) => (i === positie ? groot : groot.slice(0, 1)));
      controleerAanroep(naam, args);
    }
  });

  /**
   * Ranges of every shape up to 200.000 cells (a column, a row, a block), filled with valid numbers,
   * Dutch number text or a mix of everything, in all range parameters of a function at once, so the
   * paired ranges match and the whole range is read. The scalar parameters get a plain valid value.
   */
  const VORMEN: ReadonlyArray<[number, number]> = [
    [200_000, 1],
    [1, 200_000],
    [400, 500],
  ];
  const gemengd: Cel[] = [0.958, '95,8%', '', null, 0, true, '#N/A', 'ZZP', -1, 1e308, 'NHC', '1.234,56', '💶'];
  const INHOUD: Record<string, (i: number) => Cel> = {
    getallen: (i) => (i % 7 === 0 ? null : ((i % 1000) + 1) / 1000),
    tekst: (i) => (i % 5 === 0 ? '' : `0,${String((i % 999) + 1).padStart(3, '0')}`),
    gemengd: (i) => gemengd[(i * 7919) % gemengd.length],
  };
  function grootBereik([rijen, kolommen]: [number, number], maak: (i: number) => Cel): Cel[][] {
    return Array.from({ length: rijen }, (_, r) => Array.from({ length: kolommen }, (_, k) => maak(r * kolommen + k)));
  }
  const metBereik = alleFuncties.filter((f) => f.parameters.some((p) => p.bereik));
  const scalair: Cel = 1;

  it.each(metBereik.map((f) => [f.naam, f] as const))(
    '%s handles 200.000-cell ranges of every shape and content in its range parameters',
    (naam, functie) => {
      for (const vorm of VORMEN) {
        for (const [soort, maak] of Object.entries(INHOUD)) {
          // Text takes the Decimal lane cell by cell (about a second per call here): one shape is enough for it.
          if (soort === 'tekst' && vorm !== VORMEN[0]) continue;
          const groot = grootBereik(vorm, maak);
          controleerAanroep(
            naam,
            functie.parameters.map((p) => (p.bereik ? groot : scalair)),
          );
        }
      }
    },
  );
});
