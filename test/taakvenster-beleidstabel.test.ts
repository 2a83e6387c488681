import type { Cel } from '../core/invoer';

/** The pane's WLZ_beleid support (addin/taskpane/beleidstabel.ts) with the workbook read stubbed. */
let tabel: Cel[][] | undefined;
jest.mock('../addin/taskpane/werkmap', () => ({ leesTabelOpNaam: async () => tabel }));

// Imported after the mock, so the module reads the stubbed workbook.
import { beleidsargument, beleidscontextenNu, bijNieuwBeleid, laadWerkmapbeleid, werkmapbeleid } from '../addin/taskpane/beleidstabel';

describe('the WLZ_beleid table in the task pane', () => {
  it('offers the embedded contexts while there is no table', async () => {
    tabel = undefined;
    expect(await laadWerkmapbeleid()).toBeUndefined();
    expect(werkmapbeleid()).toBeUndefined();
    expect(beleidscontextenNu().some((c) => c.jaar === 2027)).toBe(false);
    expect(beleidsargument(true)).toBeUndefined();
  });

  it('adds its contexts, replaces the embedded ones it covers, and references the table in formulas', async () => {
    tabel = [
      ['Zorgkantoor', 'Jaar', 'Sector', 'Kenmerken', 'Percentage', 'Bron'],
      ['CZ', 2027, 'V&V', null, 0.962, 'CZ 2027'],
      ['CZ', 2027, 'V&V', 'nieuw', 0.94, 'CZ 2027'],
      ['CZ', 2023, 'GGZ', null, 0.95, 'correctie'],
    ];
    const gezien = jest.fn();
    bijNieuwBeleid(gezien);
    expect(await laadWerkmapbeleid()).toBeUndefined();
    expect(gezien).toHaveBeenCalledTimes(1);
    const cz2027 = beleidscontextenNu().find((c) => c.zorgkantoor === 'CZ' && c.jaar === 2027)!;
    expect(cz2027).toMatchObject({ sector: 'V&V', eigen: true, combinaties: [{ kenmerken: [] }, { kenmerken: ['nieuw'] }] });
    expect(
      beleidscontextenNu()
        .filter((c) => c.zorgkantoor === 'CZ' && c.jaar === 2023 && c.sector === 'GGZ')
        .map((c) => c.eigen),
    ).toEqual([true]);
    expect(beleidsargument(true)).toBe('WLZ_beleid[#Alles]');
    expect(beleidsargument(false)).toBeUndefined();
  });

  it('a faulty table is not used, and the message names the row and column', async () => {
    tabel = [
      ['Zorgkantoor', 'Jaar', 'Sector', 'Percentage', 'Bron'],
      ['CZ', 2027, 'V&V', 96.2, 'x'],
    ];
    expect(await laadWerkmapbeleid()).toBe('WLZ_beleid, rij 2, kolom Percentage: 96,2 lijkt een percentage als getal; typ 96,2% of 0,962');
    expect(werkmapbeleid()).toBeUndefined();
    expect(beleidscontextenNu().some((c) => c.jaar === 2027)).toBe(false);
  });
});
