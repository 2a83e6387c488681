import fc from 'fast-check';
import { D, som } from './geld';
import { WlzFout } from './fout';
import { betaalschema, controleerSchemalengte, cumulatiefDoel, type Schemaregel } from './betaalschema';

const VIJFDUIZEND = new D(5000);
const elkeMaand = (basis: string, n = 12) => Array.from({ length: n }, () => new D(basis));
const uitgevoerd = (regels: Schemaregel[]) => regels.flatMap((r) => (r.overgeslagen ? [] : [r.mutatie]));
/** [maand, doel, mutatie, betaald na mutatie] as exact strings, or [maand] for a skipped month. */
const alsTekst = (regels: Schemaregel[]) =>
  regels.map((r) => (r.overgeslagen ? [r.maand] : [r.maand, r.doel.toFixed(2), r.mutatie.toFixed(2), r.betaaldNaMutatie.toFixed(2)]));

describe('cumulatiefDoel (docs/contract.md §3 decision 5)', () => {
  it('is basis × m / 12 rounded to cents', () => {
    expect(cumulatiefDoel(new D(1_000_000), 1).toFixed(2)).toBe('83333.33');
    expect(cumulatiefDoel(new D(1_000_000), 2).toFixed(2)).toBe('166666.67');
    // 0,06 × 1 / 12 = 0,005: a half cent, away from zero
    expect(cumulatiefDoel(new D('0.06'), 1).toFixed(2)).toBe('0.01');
  });

  it('stays at the full year in months 13–15 (January–March of the next year)', () => {
    for (const m of [12, 13, 14, 15]) expect(cumulatiefDoel(new D(1_000_000), m).toFixed(2)).toBe('1000000.00');
  });
});

describe('betaalschema', () => {
  it('jaarbasis 1.000.000: every monthly step is above € 5.000 and is paid', () => {
    // targets 1.000.000 × m / 12 rounded: 83.333,33; 166.666,67; 250.000; 333.333,33; … 1.000.000
    // mutations alternate 83.333,33 / 83.333,34 as the rounding remainder moves
    const regels = betaalschema(elkeMaand('1000000'), new D(0), VIJFDUIZEND);
    expect(alsTekst(regels)).toEqual([
      [1, '83333.33', '83333.33', '83333.33'],
      [2, '166666.67', '83333.34', '166666.67'],
      [3, '250000.00', '83333.33', '250000.00'],
      [4, '333333.33', '83333.33', '333333.33'],
      [5, '416666.67', '83333.34', '416666.67'],
      [6, '500000.00', '83333.33', '500000.00'],
      [7, '583333.33', '83333.33', '583333.33'],
      [8, '666666.67', '83333.34', '666666.67'],
      [9, '750000.00', '83333.33', '750000.00'],
      [10, '833333.33', '83333.33', '833333.33'],
      [11, '916666.67', '83333.34', '916666.67'],
      [12, '1000000.00', '83333.33', '1000000.00'],
    ]);
    expect(som(uitgevoerd(regels)).toFixed(2)).toBe('1000000.00');
  });

  it('jaarbasis 30.000: steps of 2.500 wait until the difference is more than € 5.000', () => {
    // month 1: 2.500 ≤ 5.000 → 0; month 2: 5.000 is not more than 5.000 → 0;
    // month 3: 7.500 → paid; the same every three months, ending exactly at 30.000
    const regels = betaalschema(elkeMaand('30000'), new D(0), VIJFDUIZEND);
    expect(alsTekst(regels)).toEqual([
      [1, '2500.00', '0.00', '0.00'],
      [2, '5000.00', '0.00', '0.00'],
      [3, '7500.00', '7500.00', '7500.00'],
      [4, '10000.00', '0.00', '7500.00'],
      [5, '12500.00', '0.00', '7500.00'],
      [6, '15000.00', '7500.00', '15000.00'],
      [7, '17500.00', '0.00', '15000.00'],
      [8, '20000.00', '0.00', '15000.00'],
      [9, '22500.00', '7500.00', '22500.00'],
      [10, '25000.00', '0.00', '22500.00'],
      [11, '27500.00', '0.00', '22500.00'],
      [12, '30000.00', '7500.00', '30000.00'],
    ]);
  });

  it('follows CZ Tabel 2 over 15 months, with a changing basis per phase', () => {
    // months 1–4: initial 1.200.000 → +100.000 a month; months 5–10: herschikt − onderproductie
    // 1.080.000 → month 5 target 450.000 (+50.000), then +90.000 a month to 900.000; months 11–12:
    // definitief − onderproductie 1.140.000 → 1.045.000 (+145.000), 1.140.000 (+95.000);
    // month 13 the basis rises to 1.144.000: +4.000 is not executed; month 14 1.146.000: the
    // carried 4.000 plus 2.000 = 6.000 is paid; month 15 nothing left.
    const bases = [
      ...elkeMaand('1200000', 4),
      ...elkeMaand('1080000', 6),
      ...elkeMaand('1140000', 2),
      new D(1_144_000),
      new D(1_146_000),
      new D(1_146_000),
    ];
    const regels = betaalschema(bases, new D(0), VIJFDUIZEND);
    expect(alsTekst(regels)).toEqual([
      [1, '100000.00', '100000.00', '100000.00'],
      [2, '200000.00', '100000.00', '200000.00'],
      [3, '300000.00', '100000.00', '300000.00'],
      [4, '400000.00', '100000.00', '400000.00'],
      [5, '450000.00', '50000.00', '450000.00'],
      [6, '540000.00', '90000.00', '540000.00'],
      [7, '630000.00', '90000.00', '630000.00'],
      [8, '720000.00', '90000.00', '720000.00'],
      [9, '810000.00', '90000.00', '810000.00'],
      [10, '900000.00', '90000.00', '900000.00'],
      [11, '1045000.00', '145000.00', '1045000.00'],
      [12, '1140000.00', '95000.00', '1140000.00'],
      [13, '1144000.00', '0.00', '1140000.00'],
      [14, '1146000.00', '6000.00', '1146000.00'],
      [15, '1146000.00', '0.00', '1146000.00'],
    ]);
  });

  it('withholds (negative mutation) when more was paid before month 1 than the target', () => {
    // jaarbasis 120.000, 50.000 already paid: month 1 target 10.000 → −40.000; then +10.000 a month
    const regels = betaalschema(elkeMaand('120000'), new D(50_000), VIJFDUIZEND);
    expect(alsTekst(regels).slice(0, 3)).toEqual([
      [1, '10000.00', '-40000.00', '10000.00'],
      [2, '20000.00', '10000.00', '20000.00'],
      [3, '30000.00', '10000.00', '30000.00'],
    ]);
  });

  it('skips a month without basis; what was paid carries over', () => {
    // month 5 empty: month 6 target 1.080.000 × 6 / 12 = 540.000, paid so far 400.000 → +140.000
    const bases: Array<D | undefined> = [...elkeMaand('1200000', 4), undefined, ...elkeMaand('1080000', 7)];
    const regels = betaalschema(bases, new D(0), VIJFDUIZEND);
    expect(alsTekst(regels).slice(3, 6)).toEqual([
      [4, '400000.00', '100000.00', '400000.00'],
      [5],
      [6, '540000.00', '140000.00', '540000.00'],
    ]);
  });

  it('refuses a schedule of other than 12 or 15 months, naming the count', () => {
    expect(() => betaalschema(elkeMaand('1', 13), new D(0), VIJFDUIZEND)).toThrow(WlzFout);
    expect(() => controleerSchemalengte(14, 'jaarbasis')).toThrow(/jaarbasis heeft 14 cellen/);
    expect(() => controleerSchemalengte(12, 'jaarbasis')).not.toThrow();
    expect(() => controleerSchemalengte(15, 'jaarbasis')).not.toThrow();
  });

  it('invariants: executed mutations sum to the change in what is paid, each above the drempel, never further than the drempel from the target', () => {
    const centen = (max: number) => fc.integer({ min: 0, max }).map((c) => new D(c).div(100));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.option(centen(5e10), { nil: undefined }), { minLength: 12, maxLength: 12 }),
          fc.array(fc.option(centen(5e10), { nil: undefined }), { minLength: 15, maxLength: 15 }),
        ),
        centen(1e10),
        centen(2e6),
        (bases, betaald, drempel) => {
          const regels = betaalschema(bases, betaald, drempel);
          let laatst = betaald;
          for (const r of regels) {
            if (r.overgeslagen) continue;
            if (!r.mutatie.isZero()) expect(r.mutatie.abs().greaterThan(drempel)).toBe(true);
            expect(r.doel.minus(r.betaaldNaMutatie).abs().lessThanOrEqualTo(drempel)).toBe(true);
            laatst = r.betaaldNaMutatie;
          }
          expect(som(uitgevoerd(regels)).equals(laatst.minus(betaald))).toBe(true);
        },
      ),
    );
  });
});
