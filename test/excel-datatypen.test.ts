import { roepVanuitExcel } from '../addin/functions/excel';
import { excelFout } from './vang';

/**
 * Cells holding an Excel data type reach a custom function as JSON values (Excel.CellValue): they are
 * read through their basic value, in a single cell and inside a range; an entity (basic value
 * #VALUE!) gets a Dutch message naming the parameter, never "[object Object]".
 */
const percentage = { type: 'FormattedNumber', basicValue: 0.958, numberFormat: '0.0%' };
const bedrag = { type: 'Double', basicType: 'Double', basicValue: 191.6, numberFormat: '€ #,##0.00' };
const entiteit = {
  type: 'Entity',
  text: 'Zorgaanbieder De Linde',
  properties: { Prijs: { type: 'Double', basicValue: 100 } },
  basicType: 'Error',
  basicValue: '#VALUE!',
};

describe('data types in arguments', () => {
  it('reads a formatted number through its basic value, in a cell and in a range', () => {
    expect(roepVanuitExcel('TARIEF', [bedrag, 10, 5, percentage])).toBe(198.55);
    expect(roepVanuitExcel('TARIEF', [[[bedrag]], 10, 5, [[percentage]]])).toBe(198.55);
    const percentages = [[percentage], [0.958]];
    const bedragen = [[{ type: 'FormattedNumber', basicValue: 1000 }], [3000]];
    expect(roepVanuitExcel('GEWOGENGEMIDDELDE', [percentages, bedragen])).toBe(0.958);
    // The user's range is not changed by reading it.
    expect(percentages[0][0]).toBe(percentage);
  });

  it('reads a string and a boolean data type as their basic value', () => {
    expect(
      roepVanuitExcel('TARIEFPERCENTAGE', [{ type: 'String', basicValue: 'CZ' }, 2023, { type: 'String', basicValue: 'GGZ' }, 'nieuw']),
    ).toBe(roepVanuitExcel('TARIEFPERCENTAGE', ['CZ', 2023, 'GGZ', 'nieuw']));
  });

  it('refuses an entity with a Dutch message naming the parameter', () => {
    const fout = excelFout(() => roepVanuitExcel('TARIEF', [entiteit, 10, 5, 0.958]));
    expect(fout.code).toBe('#VALUE!');
    expect(fout.message).toMatch(/^zorg: de cel bevat een Entity "Zorgaanbieder De Linde" zonder getal of tekst/);
    expect(fout.message).not.toMatch(/object Object/);
    const inBereik = excelFout(() =>
      roepVanuitExcel('GEWOGENGEMIDDELDE', [
        [[0.958], [entiteit]],
        [[1], [2]],
      ]),
    );
    expect(inBereik.message).toMatch(/de cel bevat een Entity/);
  });
});
