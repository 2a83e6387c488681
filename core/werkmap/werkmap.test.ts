import { inflateRawSync } from 'node:zlib';
import { ruweWerkmap } from '../../test/zipbouwer';
import { Leesfout, leesWerkmap } from '.';

/** core/werkmap on its own: the cell kinds of SpreadsheetML and the CSV export, from bytes. */

const inflate = (data: Uint8Array, max: number) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
const lees = (bytes: Uint8Array, naam = 'map.xlsx') => leesWerkmap(bytes, { naam, inflate });

describe('leesWerkmap (.xlsx)', () => {
  it('reads every cell kind: shared and inline strings, rich text without phonetics, booleans, errors, ISO and styled dates, formulas', async () => {
    const rijen =
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>' +
      '<c r="E2" t="d"><v>2023-01-31T00:00:00</v></c><c r="F2" s="1"><v>44957</v></c><c r="G2" s="2"><v>0.958</v></c><c r="H2"><f>A1*2</f></c><c r="I2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>' +
      '<row r="3"><c r="H3"><f t="shared" ref="H3:H4" si="0">ROUND(E3*$J$3,2)</f></c></row><row r="4"><c r="H4"><f t="shared" si="0"/></c></row>';
    const bytes = ruweWerkmap(
      [{ naam: 'Een bladnaam van 31 tekens lang', rijen, voor: '<cols><col min="3" max="4" hidden="1"/></cols>' }],
      {
        strings: ['<r><t>Prestatie</t></r><r><t>code_x000D_</t></r><rPh sb="0" eb="1"><t>ぷ</t></rPh>'],
        stijlen:
          '<numFmts><numFmt numFmtId="164" formatCode="d-m-jjjj;@"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs>',
      },
    );
    const { soort, bladen } = await lees(bytes);
    expect(soort).toBe('xlsx');
    const [blad] = bladen;
    expect(blad.naam).toBe('Een bladnaam van 31 tekens lang');
    expect([...blad.verborgenKolommen]).toEqual([2, 3]);
    expect(blad.raster[1]).toEqual([
      'Prestatiecode\r',
      'inline',
      true,
      '#N/A',
      { datum: 44957, iso: '2023-01-31' },
      { datum: 44957, iso: '2023-01-31' },
      0.958,
      { formule: 'A1*2' },
      'ab',
    ]);
    expect(blad.raster[2]?.[7]).toEqual({ formule: 'ROUND(E3*$J$3,2)' });
    expect(blad.raster[3]?.[7]).toEqual({ formule: 'ROUND(E4*$J$3,2)' });
    expect(blad.raster[0]).toBeUndefined();
  });

  it('a cell beyond XFD or row 1.048.576 is a Leesfout naming the sheet', async () => {
    await expect(lees(ruweWerkmap([{ naam: 'B', rijen: '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' }]))).rejects.toThrow(
      new Leesfout(
        'blad "B" heeft een cel op rij 1.048.577, buiten wat Excel kent (hoogstens 1.048.576 rijen en 16.384 kolommen, tot XFD); het bestand is niet door Excel gemaakt of beschadigd',
      ),
    );
    await expect(lees(ruweWerkmap([{ naam: 'B', rijen: '<row r="1"><c r="XFD1"><v>1</v></c></row>' }]))).resolves.toMatchObject({
      bladen: [{ naam: 'B' }],
    });
  });

  it('no DOCTYPE entity is ever expanded', async () => {
    const bom = ruweWerkmap([{ naam: 'B', rijen: '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row>' }]);
    await expect(lees(bom)).rejects.toThrow(/beschadigd.*onbekende entiteit &lol;/);
  });
});

describe('leesWerkmap (CSV)', () => {
  it('reads a Dutch export: BOM, ";", quotes, decimal comma, percentages, codes with a leading zero', async () => {
    const tekst =
      '\ufeffCode;Omschrijving;Volume;Percentage;Bedrag\r\n0123;"Wonen; ""extra""";1.000,5;95,8%;€ 19.110,00\r\n\r\n;Totaal;1.000,5;;19.110\r\n';
    const { soort, bladen } = await lees(new TextEncoder().encode(tekst), '/map/export 2023.csv');
    expect(soort).toBe('csv');
    expect(bladen[0].naam).toBe('export 2023');
    expect(bladen[0].raster).toEqual([
      ['Code', 'Omschrijving', 'Volume', 'Percentage', 'Bedrag'],
      ['0123', 'Wonen; "extra"', 1000.5, 0.958, 19110],
      undefined,
      [undefined, 'Totaal', 1000.5, undefined, 19110],
    ]);
  });

  it('a comma-separated export uses the decimal point; Windows-1252 is read when the bytes are not UTF-8', async () => {
    const { bladen } = await lees(Uint8Array.from([...Buffer.from('Bedrag,Omschrijving\n12.5,'), 0x80, 0x0a]), 'x.csv');
    expect(bladen[0].raster).toEqual([
      ['Bedrag', 'Omschrijving'],
      [12.5, '€'],
    ]);
  });
});
