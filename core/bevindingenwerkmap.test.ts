import ExcelJS from 'exceljs';
import { bevindingenwerkmap } from './bevindingenwerkmap';
import { leesWerkmap } from './werkmap';
import { inflateRawSync } from 'node:zlib';

const REGELS = [
  {
    bestand: 'fouten.xlsx',
    blad: 'Productieafspraak',
    cel: 'Productieafspraak!K6',
    link: '[fouten.xlsx]Productieafspraak!K6',
    ernst: 'fout',
    bericht: 'Bedrag € 72.470,00 wijkt af van Volume × Tarief <&> "x"',
    verwacht: '€ 72.470,75',
    gevonden: '€ 72.470,00',
  },
  {
    bestand: 'fouten.xlsx',
    blad: '',
    cel: '',
    ernst: 'waarschuwing',
    bericht: 'geen productieafspraaktabel herkend',
    verwacht: '',
    gevonden: '',
  },
];

describe('the findings workbook (wlz controleer --rapport, written without a library)', () => {
  it('opens in exceljs with the same columns, texts and links', async () => {
    const werkmap = new ExcelJS.Workbook();
    await werkmap.xlsx.load(Buffer.from(bevindingenwerkmap(REGELS)) as never);
    const blad = werkmap.getWorksheet('Bevindingen')!;
    expect((blad.getRow(1).values as unknown[]).slice(1)).toEqual(['Bestand', 'Blad', 'Cel', 'Ernst', 'Bericht', 'Verwacht', 'Gevonden']);
    expect(blad.getCell('C2').value).toEqual({
      formula: 'HYPERLINK("[fouten.xlsx]Productieafspraak!K6","Productieafspraak!K6")',
      result: 'Productieafspraak!K6',
    });
    expect(blad.getCell('E2').value).toBe('Bedrag € 72.470,00 wijkt af van Volume × Tarief <&> "x"');
    expect([blad.getCell('D3').value, blad.getCell('C3').value]).toEqual(['waarschuwing', null]);
    expect(blad.rowCount).toBe(3);
  });

  it('is read back by the core reader as the same table', async () => {
    const inflate = (b: Uint8Array, max: number) => inflateRawSync(b, { maxOutputLength: Math.max(1, max) });
    const { bladen } = await leesWerkmap(bevindingenwerkmap(REGELS), { naam: 'rapport.xlsx', inflate });
    expect(bladen.map((b) => b.naam)).toEqual(['Bevindingen']);
    expect(bladen[0].raster[1].slice(3, 7)).toEqual(['fout', REGELS[0].bericht, '€ 72.470,75', '€ 72.470,00']);
  });
});
