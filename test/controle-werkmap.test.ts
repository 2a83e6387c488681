import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Onleesbaar, leesWerkmap } from '../cli/werkmap';
import { tijdelijkeMap } from './controle-hulp';

/** cli/werkmap: workbooks as plain cell values, the way Excel hands a range to a custom function. */

const { map, opruimen } = tijdelijkeMap();
afterAll(opruimen);

async function werkmapMet(naam: string, vul: (blad: ExcelJS.Worksheet, werkmap: ExcelJS.Workbook) => void): Promise<string> {
  const werkmap = new ExcelJS.Workbook();
  vul(werkmap.addWorksheet('Blad1'), werkmap);
  const pad = join(map, naam);
  await werkmap.xlsx.writeFile(pad);
  return pad;
}

describe('leesWerkmap', () => {
  it('gives every sheet as sparse rows of plain values from A1: empty rows and cells are holes', async () => {
    const pad = await werkmapMet('eenvoudig.xlsx', (blad, werkmap) => {
      blad.getCell('B2').value = 'Volume';
      blad.getCell('D2').value = 120.5;
      blad.getCell('C4').value = true;
      werkmap.addWorksheet('Leeg');
    });
    const { bladen } = await leesWerkmap(pad);
    expect(bladen.map((b) => b.naam)).toEqual(['Blad1', 'Leeg']);
    // eslint-disable-next-line no-sparse-arrays
    const verwacht = [, [, 'Volume', , 120.5], , [, , true]];
    expect(bladen[0].raster).toEqual(verwacht);
    expect(Object.keys(bladen[0].raster)).toEqual(['1', '3']);
    expect(Object.keys(bladen[0].raster[1] ?? [])).toEqual(['1', '3']);
    expect(bladen[1].raster).toEqual([]);
  });

  it('uses the stored result of a formula and never recalculates; a formula without one is marked', async () => {
    const pad = await werkmapMet('formules.xlsx', (blad) => {
      blad.getCell('A1').value = 2;
      blad.getCell('B1').value = { formula: 'A1*3', result: 7 } as ExcelJS.CellFormulaValue; // deliberately not 6
      blad.getCell('C1').value = { formula: 'A1*4' } as ExcelJS.CellFormulaValue;
      blad.getCell('D1').value = { formula: 'A1&"x"', result: '2x' } as ExcelJS.CellFormulaValue;
      blad.getCell('E1').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const [blad] = (await leesWerkmap(pad)).bladen;
    expect(blad.raster[0]).toEqual([2, 7, { formule: 'A1*4' }, '2x', '#DIV/0!']);
  });

  it('keeps a merged value in its first cell only, as Excel does', async () => {
    const pad = await werkmapMet('samengevoegd.xlsx', (blad) => {
      blad.getCell('A1').value = 'NZa-tarief';
      blad.mergeCells('A1:C1');
      blad.getCell('D1').value = 'Prestatiecode';
      blad.mergeCells('D1:D2');
      blad.getCell('A2').value = 'Zorg';
    });
    const [blad] = (await leesWerkmap(pad)).bladen;
    expect(blad.raster).toEqual([
      // eslint-disable-next-line no-sparse-arrays
      ['NZa-tarief', , , 'Prestatiecode'],
      ['Zorg'],
    ]);
  });

  it('turns rich text, hyperlinks and error values into plain values; a date stays recognisable as one', async () => {
    const pad = await werkmapMet('soorten.xlsx', (blad) => {
      blad.getCell('A1').value = { richText: [{ text: 'Prestatie' }, { font: { bold: true }, text: 'code' }] };
      blad.getCell('B1').value = { text: 'Z331', hyperlink: 'https://example.org' };
      blad.getCell('C1').value = new Date(Date.UTC(2023, 0, 31));
      blad.getCell('D1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    const [blad] = (await leesWerkmap(pad)).bladen;
    // 31-1-2023 is Excel serial 44957 (1900 date system).
    expect(blad.raster[0]).toEqual(['Prestatiecode', 'Z331', { datum: 44957, iso: '2023-01-31' }, '#N/A']);
  });

  it('says why a file cannot be read', async () => {
    const tekst = join(map, 'tekst.xlsx');
    writeFileSync(tekst, 'Dit is geen werkmap\n');
    const leeg = join(map, 'leeg.xlsx');
    writeFileSync(leeg, '');
    const oud = join(map, 'oud.xls');
    writeFileSync(oud, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    const zip = join(map, 'kapot.xlsx');
    writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]));
    const submap = join(map, 'submap.xlsx');
    mkdirSync(submap);
    const reden = async (pad: string) => {
      const fout = await leesWerkmap(pad).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(fout).toBeInstanceOf(Onleesbaar);
      return (fout as Error).message;
    };
    expect(await reden(tekst)).toBe('dit is geen Excel-werkmap (.xlsx): het bestand heeft een ander formaat');
    expect(await reden(leeg)).toBe('het bestand is leeg');
    expect(await reden(oud)).toBe('een Excel 97-2003-bestand (.xls) kan niet gelezen worden; sla het in Excel op als .xlsx');
    expect(await reden(zip)).toMatch(/^de Excel-werkmap is beschadigd en kan niet gelezen worden/);
    expect(await reden(join(map, 'bestaat-niet.xlsx'))).toBe('bestand niet gevonden');
    expect(await reden(submap)).toBe('dit is een map, geen bestand');
  });
});
