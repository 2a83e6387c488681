import fc from 'fast-check';
import { ExcelFout, roepVanuitExcel } from '../addin/functions/excel';
import { alleFuncties } from '../core/functies';
import type { Argument, Cel } from '../core/invoer';

/**
 * Every WLZ function, fed every kind of Excel value: it answers with a valid Excel value or a
 * CustomFunctions error with a Dutch message — never another exception, NaN, Infinity or null
 * (SPEC §1 "errors"). Runs over the whole registry, so a new function is covered the day it lands.
 */

const getal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -100, max: 3000 }),
  fc.constantFrom(0, -0, 1, 12, 15, 0.958, 95.8, 5000, 5000.01, 1e-300, 1e300, Number.MAX_VALUE, Number.MIN_VALUE, 44927, 2023),
);

const tekstGetal = fc.oneof(
  fc.constantFrom('95,8%', '0,958', '1.234,56', '1,234.56', '0.958', '12.5', '€ 1.000', '-5.000,01', '1e3', ' 7 ', '100%', ',5'),
  getal.map((g) => String(g)),
  getal.map((g) => String(g).replace('.', ',')),
);

const woord = fc.constantFrom(
  'CZ', 'ZK', 'Zilveren Kruis', 'Z&Z', 'zenz', 'VGZ', 'Menzis', 'DSW', 'Salland', 'V&V', 'GZ', 'GGZ',
  'nieuw', 'geïntegreerd', 'beschermd wonen', 'VPT', 'DTV', 'MPT', 'ZZP', 'logeren', 'NHC', 'NIC', 'monitor hoger',
  'WAAR', 'ONWAAR', '31-1-2023', '2023-01-31', '31-2-2023', '#N/A', '#WAARDE!', '', ' ',
);

const cel: fc.Arbitrary<Cel> = fc.oneof(
  { weight: 4, arbitrary: getal },
  { weight: 2, arbitrary: tekstGetal },
  { weight: 2, arbitrary: woord },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, '') },
);

/** A range of any shape, rectangular or (as no host sends, but a caller might) ragged. */
const bereik: fc.Arbitrary<Cel[][]> = fc.oneof(
  fc.integer({ min: 1, max: 16 }).chain((rijen) =>
    fc.integer({ min: 1, max: 4 }).chain((kolommen) => fc.array(fc.array(cel, { minLength: kolommen, maxLength: kolommen }), { minLength: rijen, maxLength: rijen })),
  ),
  fc.array(fc.array(cel, { maxLength: 3 }), { maxLength: 4 }),
);

const argument: fc.Arbitrary<Argument> = fc.oneof({ weight: 3, arbitrary: cel }, { weight: 1, arbitrary: bereik });

function isGeldigeCel(waarde: unknown): boolean {
  return (typeof waarde === 'number' && Number.isFinite(waarde)) || typeof waarde === 'string' || typeof waarde === 'boolean';
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
    expect(fout.message ?? '').not.toMatch(/interne fout|undefined|NaN|\[object/);
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
      { numRuns: 400 },
    );
  });

  it.each(alleFuncties.map((f) => [f.naam, f] as const))('%s handles a 200.000-cell range in every parameter position', (naam, functie) => {
    const groot = Array.from({ length: 200_000 }, (_, i) => [i % 7 === 0 ? '' : (i % 1000) / 1000]);
    for (let positie = 0; positie < functie.parameters.length; positie += 1) {
      const args: Argument[] = functie.parameters.map((_, i) => (i === positie ? groot : groot.slice(0, 1)));
      controleerAanroep(naam, args);
    }
  });
});
