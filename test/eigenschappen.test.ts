import fc from 'fast-check';
import { ExcelFout, roepVanuitExcel } from '../addin/functions/excel';
import { D, alsNederlandsGetal } from '../core/geld';
import type { Argument, Cel } from '../core/invoer';

/**
 * Properties of the WLZ functions through the Excel layer, on generated input in every form a cell
 * can hold it (a number, Dutch number text, a percentage as text): the invariants a controller relies
 * on, checked exactly (decimal strings, never a float tolerance). Companion of fuzz.test.ts, which
 * checks that no input at all makes a function crash or lie.
 */

/** A generated cell with the exact value it stands for. */
interface Gegeven {
  cel: Cel;
  waarde: D;
}

/** An amount with at most `decimalen` decimals, from 0 up to `max`, as a number or as Dutch text ("1.234,56"). */
function bedrag(decimalen: number, max = 1e9, min = 0): fc.Arbitrary<Gegeven> {
  const schaal = 10 ** decimalen;
  return fc.tuple(fc.integer({ min: Math.round(min * schaal), max: Math.round(max * schaal) }), fc.boolean()).map(([n, alsTekst]) => {
    const waarde = new D(n).div(schaal);
    // n / schaal is the double nearest to the decimal, as Excel stores a typed amount.
    return { cel: alsTekst ? alsNederlandsGetal(waarde) : n / schaal, waarde };
  });
}

/** A percentage in (min, max] in whole millionths: a fraction (0.958), text "95,8%" or text "0,958". */
function percentage(maxMiljoensten = 1_000_000, minMiljoensten = 1): fc.Arbitrary<Gegeven> {
  return fc
    .tuple(fc.integer({ min: minMiljoensten, max: maxMiljoensten }), fc.constantFrom('getal', 'procent', 'breuk'))
    .map(([m, vorm]) => {
      const waarde = new D(m).div(1_000_000);
      const cel =
        vorm === 'getal' ? m / 1_000_000 : vorm === 'procent' ? `${alsNederlandsGetal(waarde.times(100))}%` : alsNederlandsGetal(waarde);
      return { cel, waarde };
    });
}

/** Calls WLZ.<naam>; a thrown error must be Excel's, and is returned as such. */
function roep(naam: string, args: Argument[]): unknown {
  try {
    return roepVanuitExcel(naam, args);
  } catch (fout) {
    if (fout instanceof ExcelFout) return fout;
    throw fout;
  }
}

/** A result as the exact decimal its shortest string shows (what Excel displays at full precision). */
function exact(uitkomst: unknown): D {
  if (typeof uitkomst !== 'number' || !Number.isFinite(uitkomst)) throw new Error(`geen eindig getal: ${String(uitkomst)}`);
  return new D(String(uitkomst));
}

const heleCenten = (uitkomst: unknown) => exact(uitkomst).times(100).isInteger();

/** One range as Excel hands it over: a column (n×1) or a row (1×n). */
const alsBereik = (cellen: Cel[], rij: boolean): Cel[][] => (rij ? [cellen] : cellen.map((c) => [c]));

describe('WLZ.GEWOGENGEMIDDELDE', () => {
  const LABELS: ReadonlyArray<[Cel, boolean]> = [
    [true, true],
    [false, false],
    ['zorg', true],
    ['loon', true],
    ['NHC', false],
    ['nic', false],
    ['NHC/NIC', false],
    ['WAAR', true],
    ['ONWAAR', false],
    [null, true],
    ['', true],
  ];
  const regel = fc.record({
    p: percentage(),
    // A quarter of the lines empty (skipped, whatever their percentage); amounts in cents or with more decimals.
    b: fc.oneof(
      { weight: 3, arbitrary: fc.oneof(bedrag(2, 1e7, 0.01), bedrag(6, 1e4, 0.000001)) },
      { weight: 1, arbitrary: fc.constantFrom<Gegeven | null>(null) },
    ),
    leegAls: fc.constantFrom<Cel>(null, '', 0),
    label: fc.constantFrom(...LABELS),
  });

  it('is the exact Σ(p·b)/Σb of the lines that count, so between their lowest and highest percentage', () => {
    fc.assert(
      fc.property(fc.array(regel, { minLength: 1, maxLength: 60 }), fc.boolean(), fc.boolean(), (regels, rij, metLabels) => {
        const args: Argument[] = [
          alsBereik(
            regels.map((r) => r.p.cel),
            rij,
          ),
          alsBereik(
            regels.map((r) => (r.b ? r.b.cel : r.leegAls)),
            rij,
          ),
          ...(metLabels
            ? [
                alsBereik(
                  regels.map((r) => r.label[0]),
                  rij,
                ),
              ]
            : []),
        ];
        const tellen = regels.filter((r) => r.b && (!metLabels || r.label[1]));
        const uitkomst = roep('GEWOGENGEMIDDELDE', args);
        if (tellen.length === 0) {
          // Nothing to weigh: #DIV/0!, or "bedragen ontbreekt" when the whole range is empty.
          const alleLeeg = regels.every((r) => !r.b && r.leegAls !== 0);
          expect(uitkomst).toBeInstanceOf(ExcelFout);
          expect([(uitkomst as ExcelFout).code, (uitkomst as ExcelFout).message]).toEqual(
            alleLeeg ? ['#VALUE!', 'bedragen ontbreekt'] : ['#DIV/0!', ''],
          );
          return;
        }
        const teller = tellen.reduce((s, r) => s.plus(r.p.waarde.times(r.b!.waarde)), new D(0));
        const noemer = tellen.reduce((s, r) => s.plus(r.b!.waarde), new D(0));
        expect(uitkomst).toBe(teller.div(noemer).toNumber());
        const laagste = D.min(...tellen.map((r) => r.p.waarde)).toNumber();
        const hoogste = D.max(...tellen.map((r) => r.p.waarde)).toNumber();
        expect(uitkomst as number).toBeGreaterThanOrEqual(laagste);
        expect(uitkomst as number).toBeLessThanOrEqual(hoogste);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result whether the cells hold numbers (the integer lane) or the same values as text (the Decimal lane)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(percentage(), bedrag(2, 1e7, 0.01)), { minLength: 1, maxLength: 40 }), (regels) => {
        const getallen = roep('GEWOGENGEMIDDELDE', [
          regels.map(([p]) => [p.waarde.toNumber()]),
          regels.map(([, b]) => [b.waarde.toNumber()]),
        ]);
        const tekst = roep('GEWOGENGEMIDDELDE', [
          regels.map(([p]) => [alsNederlandsGetal(p.waarde)]),
          regels.map(([, b]) => [alsNederlandsGetal(b.waarde)]),
        ]);
        expect(typeof getallen).toBe('number');
        expect(getallen).toBe(tekst);
      }),
      { numRuns: 300 },
    );
  });
});

describe('WLZ.FLANKEREND', () => {
  const STANDAARD_DOEL = new D('0.958');
  const STANDAARD_DALING = new D('0.005');

  it('moves towards the target by at most the step, and lands below the target only when its input was', () => {
    fc.assert(
      fc.property(
        percentage(),
        fc.option(percentage(), { nil: undefined }),
        // max_daling: 0 up to 5 procentpunt (the function refuses steps above 10 procentpunt).
        fc.option(percentage(50_000, 0), { nil: undefined }),
        (gewogen, doel, daling) => {
          const uitkomst = roep('FLANKEREND', [gewogen.cel, doel?.cel ?? null, daling?.cel ?? null]);
          const g = gewogen.waarde;
          const d = doel?.waarde ?? STANDAARD_DOEL;
          const s = daling?.waarde ?? STANDAARD_DALING;
          const r = exact(uitkomst);
          expect(r.lessThanOrEqualTo(g)).toBe(true);
          expect(r.greaterThanOrEqualTo(g.minus(s))).toBe(true);
          if (r.lessThan(d)) expect(g.lessThan(d)).toBe(true);
          // And exactly the rule (docs/contract.md §3 decision 2).
          expect(r.toString()).toBe((g.lessThanOrEqualTo(d) ? g : D.max(d, g.minus(s))).toString());
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('follows the source example: 96,6% → 96,1% (Z&Z Inkoopkader 2022, §2.3.1)', () => {
    expect(roep('FLANKEREND', ['96,6%'])).toBe(0.961);
  });
});

describe('WLZ.BETAALSCHEMA and WLZ.BETAALMUTATIE', () => {
  const maandbasis = fc.oneof({ weight: 4, arbitrary: bedrag(2, 1e8) }, { weight: 1, arbitrary: fc.constantFrom<Gegeven | null>(null) });
  const jaarbasis = fc.oneof(
    bedrag(2, 1e9).map((b) => ({ arg: b.cel as Argument })),
    fc.tuple(fc.constantFrom(12, 15), fc.boolean()).chain(([n, rij]) =>
      fc
        .array(maandbasis, { minLength: n, maxLength: n })
        .filter((m) => m.some((b) => b !== null && !b.waarde.isZero()))
        .map((m) => ({
          arg: alsBereik(
            m.map((b) => (b ? b.cel : null)),
            rij,
          ) as Argument,
        })),
    ),
  );

  it("executes mutations that add up to what was paid (last 'betaald na mutatie' − initial betaald), each above the drempel", () => {
    fc.assert(
      fc.property(
        jaarbasis,
        fc.option(bedrag(2, 1e9), { nil: undefined }),
        fc.option(bedrag(2, 1e6), { nil: undefined }),
        ({ arg }, betaald, drempel) => {
          const tabel = roep('BETAALSCHEMA', [arg, betaald?.cel ?? null, drempel?.cel ?? null]) as unknown[][];
          expect(Array.isArray(tabel)).toBe(true);
          const grens = drempel?.waarde ?? new D(5000);
          let totNu = betaald?.waarde ?? new D(0);
          let mutaties = new D(0);
          for (const [, doel, mutatie, na] of tabel.slice(1)) {
            if (mutatie === '') continue; // a month without basis
            for (const bedragCel of [doel, mutatie, na]) expect(heleCenten(bedragCel)).toBe(true);
            const m = exact(mutatie);
            if (!m.isZero()) expect(m.abs().greaterThan(grens)).toBe(true);
            mutaties = mutaties.plus(m);
            totNu = totNu.plus(m);
            expect(exact(na).toString()).toBe(totNu.toString());
          }
          expect(mutaties.toString()).toBe(totNu.minus(betaald?.waarde ?? 0).toString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('BETAALMUTATIE is 0 or doel − betaald in cents, and then more than the drempel', () => {
    fc.assert(
      fc.property(bedrag(4, 1e9), bedrag(4, 1e9), fc.option(bedrag(2, 1e6), { nil: undefined }), (doel, betaald, drempel) => {
        const r = exact(roep('BETAALMUTATIE', [doel.cel, betaald.cel, drempel?.cel ?? null]));
        const verschil = doel.waarde.minus(betaald.waarde).toDecimalPlaces(2, D.ROUND_HALF_UP);
        const grens = drempel?.waarde ?? new D(5000);
        expect(r.toString()).toBe((verschil.abs().greaterThan(grens) ? verschil : new D(0)).toString());
      }),
      { numRuns: 500 },
    );
  });
});

describe('money results are whole cents', () => {
  // Inputs with more decimals than cents, so every rounding is exercised; numbers and Dutch text.
  const geld = bedrag(4, 1e8);
  const volume = bedrag(3, 1e5);
  const soort = fc.constantFrom('ZZP', 'VPT', 'MPT', 'DTV', 'logeren', 'toeslag', 'meerzorg');
  const regels = fc.array(fc.tuple(volume, bedrag(4, 1e4), soort), { minLength: 1, maxLength: 30 });

  const GEVALLEN: Record<string, fc.Arbitrary<Argument[]>> = {
    TARIEF: fc
      .tuple(geld, bedrag(4, 1e4), bedrag(4, 1e4), percentage(), fc.option(percentage(), { nil: undefined }))
      .map(([z, h, i, p, q]) => [z.cel, h.cel, i.cel, p.cel, q?.cel ?? null]),
    OMZET: regels.map((r) => [r.map(([v]) => [v.cel]), r.map(([, t]) => [t.cel])]),
    STIMULERINGSBUDGET: fc
      .tuple(regels, fc.option(percentage(100_000), { nil: undefined }))
      .map(([r, p]) => [r.map(([v]) => [v.cel]), r.map(([, t]) => [t.cel]), r.map(([, , s]) => [s]), p?.cel ?? null]),
    BETAALMUTATIE: fc.tuple(geld, geld, fc.option(bedrag(4, 1e5), { nil: undefined })).map(([d, b, g]) => [d.cel, b.cel, g?.cel ?? null]),
    AW319VOORSCHOT: fc.tuple(geld, geld, fc.option(percentage(), { nil: undefined })).map(([r, c, p]) => [r.cel, c.cel, p?.cel ?? null]),
    NIEUWEAANBIEDER: fc.tuple(geld, geld, geld).map(([r, a, b]) => [r.cel, a.cel, b.cel]),
    RESERVERING: fc
      .tuple(geld, fc.option(fc.array(percentage(100_000), { minLength: 1, maxLength: 5 }), { nil: undefined }))
      .map(([c, ps]) => [c.cel, ps ? ps.map((p) => [p.cel]) : null]),
  };

  it.each(Object.keys(GEVALLEN))('%s: result × 100 is a whole number', (naam) => {
    let uitkomsten = 0;
    fc.assert(
      fc.property(GEVALLEN[naam], (args) => {
        const uitkomst = roep(naam, args);
        // A refusal is allowed (a 0 tarief beside a volume, NIEUWEAANBIEDER's nothing left), as #VALUE! only.
        if (uitkomst instanceof ExcelFout) {
          expect(uitkomst.code).toBe('#VALUE!');
          return;
        }
        uitkomsten += 1;
        expect(heleCenten(uitkomst)).toBe(true);
      }),
      { numRuns: 400 },
    );
    // Not a vacuous property: most generated calls must give a result.
    expect(uitkomsten).toBeGreaterThan(300);
  });
});

describe('WLZ.TARIEF', () => {
  // Percentages in every precision a cell may hold: whole millionths, or any double in (0, 1].
  const p = fc.oneof(
    percentage().map((g) => g.waarde.toNumber()),
    fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  );

  it('is monotone in the percentage', () => {
    fc.assert(
      fc.property(bedrag(4, 1e6), bedrag(2, 1e4), bedrag(2, 1e4), p, p, (zorg, nhc, nic, a, b) => {
        const [laag, hoog] = a <= b ? [a, b] : [b, a];
        const tLaag = exact(roep('TARIEF', [zorg.cel, nhc.cel, nic.cel, laag]));
        const tHoog = exact(roep('TARIEF', [zorg.cel, nhc.cel, nic.cel, hoog]));
        expect(tLaag.lessThanOrEqualTo(tHoog)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
