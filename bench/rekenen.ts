import { HyperFormula, type RawCellContent } from 'hyperformula';
import { roepVanuitExcel } from '../addin/functions/excel';
import { alleFuncties } from '../core/functies';
import { D } from '../core/geld';
import { registreerWlz } from '../test/hyperformula-wlz';
import { declaraties, tariefregels } from './gegevens';
import { type Kant, type Uitslag, vergelijk } from './meet';

/**
 * The calculation cases: WLZ functions against what a spreadsheet does with plain floats. Both sides
 * of a case get the same numbers in the same process; the WLZ side must also be exactly right.
 */

// Excel's sheet size: HyperFormula's default stops at 40.000 rows.
// smartRounding off: read the exact double a formula produced, not one rounded for display.
const HF_CONFIG = { licenseKey: 'gpl-v3', maxRows: 1_048_576, smartRounding: false } as const;

export function gelijk(gevonden: unknown, verwacht: number, wat: string): void {
  if (gevonden !== verwacht) throw new Error(`${wat}: verwachtte ${verwacht}, kreeg ${String(gevonden)}`);
}

/** WLZ.GEWOGENGEMIDDELDE on 1.000.000 lines via the Excel layer vs a float loop over the same 2-D arrays. */
export async function gewogenGemiddelde1m(): Promise<Uitslag> {
  const n = 1_000_000;
  const d = declaraties(n);
  // Exact, by other means than the function: integer sums, one Decimal division at the end.
  const exact = new D(d.somProducten.toString()).div(new D(d.somCenten.toString()).times(1_000_000)).toNumber();
  let float = 0;
  let uitkomst: unknown;
  const meting = await vergelijk(
    {
      stap: () => (uitkomst = roepVanuitExcel('GEWOGENGEMIDDELDE', [d.percentages, d.bedragen])),
      na: () => gelijk(uitkomst, exact, 'WLZ.GEWOGENGEMIDDELDE'),
    },
    () => {
      const { percentages, bedragen } = d;
      let producten = 0;
      let som = 0;
      for (let i = 0; i < percentages.length; i++) {
        const b = bedragen[i][0];
        producten += percentages[i][0] * b;
        som += b;
      }
      float = producten / som;
    },
    // A run takes milliseconds: more of them, and a longer warm-up so both loops are optimised.
    { runs: 15, opwarmen: 5 },
  );
  return {
    naam: 'gewogengemiddelde_1m_vs_floatlus',
    basis: 'een gewone lus met doubles over dezelfde 2-D-arrays: Σ(p·b)/Σb',
    ...meting,
    doel: 'ratio ≤ 3, uitkomst exact',
    gehaald: meting.ratio <= 3,
    toelichting: `uitkomst ${exact} = exacte Decimal-deling (Σ in gehele centen × miljoensten); de floatlus gaf ${float} (${float === exact ? 'toevallig gelijk' : `${Math.abs(float - exact).toExponential(2)} ernaast`})`,
  };
}

/** A sheet of declarations: A the percentages, B the amounts; and the exact weighted average. */
function declaratieblad(n: number): { blad: RawCellContent[][]; exact: number } {
  const d = declaraties(n, 3);
  const blad: RawCellContent[][] = d.percentages.map((p, i) => [p[0], d.bedragen[i][0]]);
  const exact = new D(d.somProducten.toString()).div(new D(d.somCenten.toString()).times(1_000_000)).toNumber();
  return { blad, exact };
}

/**
 * One side of a HyperFormula case: entering `formules` at column `kolom` of a sheet that already holds
 * the data; HyperFormula parses and evaluates them at once. A fresh engine per run, built outside the
 * timing, so neither side profits from ranges cached by an earlier run. `controle` gets the cell reader.
 */
export function formulesInVersBlad(
  blad: RawCellContent[][],
  kolom: number,
  formules: RawCellContent[][],
  controle: (waarde: (rij: number) => unknown) => void,
): Kant {
  let hf: HyperFormula | undefined;
  return {
    voor: () => {
      hf?.destroy();
      hf = HyperFormula.buildFromSheets({ Blad1: blad }, HF_CONFIG);
    },
    stap: () => hf!.setCellContents({ sheet: 0, row: 0, col: kolom }, formules),
    na: () => controle((rij) => hf!.getCellValue({ sheet: 0, row: rij, col: kolom })),
  };
}

export async function gewogenGemiddelde100kHyperFormula(): Promise<Uitslag> {
  registreerWlz(alleFuncties);
  const { blad, exact } = declaratieblad(100_000);
  const meting = await vergelijk(
    formulesInVersBlad(blad, 3, [['=WLZ.GEWOGENGEMIDDELDE(A:A,B:B)']], (waarde) =>
      gelijk(waarde(0), exact, 'WLZ.GEWOGENGEMIDDELDE in HyperFormula'),
    ),
    formulesInVersBlad(blad, 3, [['=SUMPRODUCT(A:A,B:B)/SUM(B:B)']], (waarde) => {
      const w = waarde(0);
      if (typeof w !== 'number' || Math.abs(w - exact) > 1e-12) throw new Error(`SUMPRODUCT/SUM gaf ${String(w)}`);
    }),
  );
  return {
    naam: 'gewogengemiddelde_100k_vs_sumproduct',
    basis:
      'HyperFormula, 100.000 rijen: =SUMPRODUCT(A:A,B:B)/SUM(B:B) tegen =WLZ.GEWOGENGEMIDDELDE(A:A,B:B) (formule invoeren en uitrekenen, vers blad per run)',
    ...meting,
    doel: 'ratio ≤ 1',
    gehaald: meting.ratio <= 1,
  };
}

export async function tarief10kHyperFormula(): Promise<Uitslag> {
  registreerWlz(alleFuncties);
  const regels = tariefregels(10_000);
  // A zorg, B percentage, C NHC, D NIC: the built-in side is literally =A*B+C+D.
  const blad: RawCellContent[][] = regels.map((r) => [r.zorg, r.percentage, r.nhc, r.nic]);
  const meting = await vergelijk(
    formulesInVersBlad(
      blad,
      4,
      regels.map((_, i) => [`=WLZ.TARIEF(A${i + 1},C${i + 1},D${i + 1},B${i + 1})`]),
      (waarde) => regels.forEach((r, i) => gelijk(waarde(i), r.centen / 100, `WLZ.TARIEF rij ${i + 1}`)),
    ),
    formulesInVersBlad(
      blad,
      4,
      regels.map((_, i) => [`=A${i + 1}*B${i + 1}+C${i + 1}+D${i + 1}`]),
      (waarde) => regels.forEach((r, i) => gelijk(waarde(i), r.zorg * r.percentage + r.nhc + r.nic, `=A*B+C+D rij ${i + 1}`)),
    ),
  );
  return {
    naam: 'tarief_10k_vs_ingebouwd',
    basis: 'HyperFormula, 10.000 cellen =A*B+C+D tegen 10.000 cellen =WLZ.TARIEF(…) (formules invoeren en uitrekenen, vers blad per run)',
    ...meting,
    doel: 'ratio ≤ 1,5',
    gehaald: meting.ratio <= 1.5,
    toelichting: 'elke WLZ-cel vergeleken met het tarief met de hand in gehele centen; =A*B+C+D rondt niet af',
  };
}
