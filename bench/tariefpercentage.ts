import type { RawCellContent } from 'hyperformula';
import { alleFuncties } from '../core/functies';
import { D } from '../core/geld';
import { tariefpercentage } from '../core/tariefpercentage';
import { registreerWlz } from '../test/hyperformula-wlz';
import { tariefregels, toeval } from './gegevens';
import type { Uitslag } from './meet';
import { vergelijk } from './meet';
import { formulesInVersBlad, gelijk } from './rekenen';

/**
 * `tariefpercentage_10k_vs_tarief` (issue 10): a column of 10.000 =WLZ.TARIEFPERCENTAGE cells filled
 * down a productieafspraak — zorgkantoor, jaar, sector and the line's Soort or kenmerken from the row,
 * DSW with its own 2023 percentage — against 10.000 =WLZ.TARIEF cells in the same engine, both entered
 * into a fresh sheet per run. The pure lookup is cached per argument set, so a filled-down column
 * costs one lookup per distinct row, not per cell.
 */
const MIX: ReadonlyArray<[string, number, string, string, number | null]> = [
  ['CZ', 2023, 'GGZ', 'ZZP', null],
  ['CZ', 2023, 'GGZ', 'VPT', null],
  ['CZ', 2023, 'GGZ', 'MPT', null],
  ['CZ', 2023, 'GGZ', 'nieuw; DTV', null],
  ['Zilveren Kruis', 2023, 'GGZ', 'geïntegreerd', null],
  ['ZK', 2023, 'GGZ', 'nieuw, beschermd wonen', null],
  ['Zilveren Kruis', 2023, 'V&V', 'ZZP', null],
  ['Menzis', 2024, 'V&V', 'nieuw', null],
  ['CZ', 2024, 'VV', 'technologie; bewegingen en doelen', null],
  ['Salland', 2024, 'V&V', 'differentiatie +0,5', null],
  ['DSW', 2024, 'V&V', 'monitor hoger', 0.962],
  ['DSW', 2024, 'V&V', 'monitor lager', 0.95],
  ['Zorg en Zekerheid', 2024, 'V&V', 'werkgeversopslag', null],
  ['Z&Z', 2023, 'GZ', 'MPT', null],
];

export async function tariefpercentage10kVsTarief(): Promise<Uitslag> {
  registreerWlz(alleFuncties);
  const n = 10_000;
  const kies = toeval(7);
  const rijen = Array.from({ length: n }, () => MIX[Math.floor(kies() * MIX.length)]);
  // Expected values from the core, outside the timing: A–E the question, F–I the tariff's inputs.
  const verwacht = rijen.map(([zk, jaar, sector, kenmerken, vorig]) =>
    tariefpercentage({
      zorgkantoor: zk,
      jaar,
      sector,
      kenmerken: [kenmerken],
      vorigPercentage: vorig === null ? undefined : new D(vorig),
    }).percentage.toNumber(),
  );
  const regels = tariefregels(n);
  const blad: RawCellContent[][] = rijen.map((r, i) => [...r, regels[i].zorg, regels[i].percentage, regels[i].nhc, regels[i].nic]);
  const meting = await vergelijk(
    formulesInVersBlad(
      blad,
      9,
      rijen.map((_, i) => [`=WLZ.TARIEFPERCENTAGE(A${i + 1},B${i + 1},C${i + 1},D${i + 1},E${i + 1})`]),
      (waarde) => verwacht.forEach((v, i) => gelijk(waarde(i), v, `WLZ.TARIEFPERCENTAGE rij ${i + 1}`)),
    ),
    formulesInVersBlad(
      blad,
      9,
      regels.map((_, i) => [`=WLZ.TARIEF(F${i + 1},H${i + 1},I${i + 1},G${i + 1})`]),
      (waarde) => regels.forEach((r, i) => gelijk(waarde(i), r.centen / 100, `WLZ.TARIEF rij ${i + 1}`)),
    ),
  );
  return {
    naam: 'tariefpercentage_10k_vs_tarief',
    basis: `HyperFormula, 10.000 cellen =WLZ.TARIEF(…) tegen 10.000 cellen =WLZ.TARIEFPERCENTAGE(…) met ${MIX.length} soorten vragen door elkaar (formules invoeren en uitrekenen, vers blad per run)`,
    ...meting,
    doel: 'ratio ≤ 3',
    gehaald: meting.ratio <= 3,
    toelichting:
      'elke TARIEFPERCENTAGE-cel vergeleken met de kern buiten de meting; de opzoeking wordt per verschillende vraag één keer gedaan (cache)',
  };
}
