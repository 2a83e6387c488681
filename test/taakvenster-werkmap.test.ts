import { OfficeMockObject } from 'office-addin-mock';
import {
  MAX_CELLEN,
  leesActieveCel,
  leesSelectie,
  leesTabelRondSelectie,
  schrijfFormule,
  schrijfNieuwBlad,
  schrijfRapportBlad,
  selecteerCel,
  verbindMetExcel,
  vrijeBladnaam,
  type Bladontwerp,
} from '../addin/taskpane/werkmap';
import { WlzFout } from '../core/fout';

// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose full entry pulls
// in an ES-module-only dependency that jest cannot load.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

/**
 * The pane's one Excel module against office-addin-mock: the mock refuses a property that was not
 * loaded and synced, so these tests also prove every read is loaded first. A counter on
 * context.sync shows the number of round trips does not grow with the number of cells.
 */

type Data = Record<string, unknown>;
const globaal = globalThis as unknown as { Excel?: unknown; Office?: unknown };

interface Opname {
  syncs: number;
  geschreven: Array<{ blad: string; cel: string; formulas?: unknown; numberFormat?: unknown; bold?: boolean }>;
  geselecteerd: string[];
  geactiveerd: string[];
  gewist: string[];
  nieuweBladen: string[];
  grafieken: Array<{ blad: string; type: string; bron: string; titel?: string; x?: string; plaats?: string[] }>;
}

/** A written range on a sheet: records what is set on it. */
function schrijfbereik(opname: Opname, blad: string, cel: string): Data {
  const regel: Opname['geschreven'][number] = { blad, cel };
  opname.geschreven.push(regel);
  const format = { font: {} as Data, fill: {} as Data, columnWidth: 0 };
  return {
    address: `${blad}!${cel}`,
    load() {
      // Only schrijfFormule loads a written range (its address, known up front here).
    },
    get formulas() {
      return regel.formulas;
    },
    set formulas(w: unknown) {
      regel.formulas = w;
    },
    set numberFormat(w: unknown) {
      regel.numberFormat = w;
    },
    get numberFormat() {
      return regel.numberFormat;
    },
    format,
  };
}

/** The A1 cell of each existing sheet, inside the mock's tree so that context.sync loads it. */
let a1PerBlad: Record<string, unknown> = {};

/** A sheet the pane creates or replaces. */
function blad(opname: Opname, naam: string, a1 = ''): Data {
  return {
    name: naam,
    getRange(adres?: string) {
      if (adres === undefined) return { clear: () => opname.gewist.push(naam) };
      const extra = {
        getResizedRange: (r: number, k: number) => schrijfbereik(opname, naam, `${adres}+${r}x${k}`),
        select: () => opname.geselecteerd.push(`${naam}!${adres}`),
      };
      // An existing sheet's A1 is read (is this our report?) before anything is written.
      if (adres === 'A1' && a1 !== '') return Object.assign(a1PerBlad[naam] as object, extra);
      return Object.assign(schrijfbereik(opname, naam, adres), extra);
    },
    getRangeByIndexes: (r: number, k: number) => schrijfbereik(opname, naam, `R${r}C${k}`),
    activate: () => opname.geactiveerd.push(naam),
    charts: {
      add(type: string, bron: { address: string }) {
        const grafiek: Opname['grafieken'][number] = { blad: naam, type, bron: bron.address };
        opname.grafieken.push(grafiek);
        return {
          title: {
            set text(t: string) {
              grafiek.titel = t;
            },
          },
          legend: {},
          series: { getItemAt: () => ({ setXAxisValues: (x: { address: string }) => (grafiek.x = x.address) }) },
          setPosition: (van: string, tot: string) => (grafiek.plaats = [van, tot]),
        };
      },
    },
  };
}

interface Werkboek {
  selectie?: { address: string; cellCount: number };
  /** The block returned for the selection's data (surrounding region or intersection). */
  deel?: { address: string; cellCount: number; values: unknown[][] } | null;
  leeg?: boolean;
  /** Existing sheets: name → A1 text. */
  bladen?: Record<string, string>;
  actieveCel?: { address: string; formulas: unknown[][] };
}

async function maakExcel(wb: Werkboek) {
  const opname: Opname = { syncs: 0, geschreven: [], geselecteerd: [], geactiveerd: [], gewist: [], nieuweBladen: [], grafieken: [] };
  const bladen = wb.bladen ?? { Blad1: '' };
  const deel = wb.deel === null ? { address: '', cellCount: 0, values: [], isNullObject: true } : { ...wb.deel, isNullObject: false };
  const gevraagd: string[] = [];
  const data = {
    context: {
      workbook: {
        selectie: {
          ...(wb.selectie ?? { address: 'Blad1!C3', cellCount: 1 }),
          worksheet: {
            gebruikt: { address: 'Blad1!A1:H40', isNullObject: Boolean(wb.leeg) },
            getUsedRangeOrNullObject() {
              return this.gebruikt;
            },
          },
          regio: {
            deel,
            getIntersectionOrNullObject() {
              gevraagd.push('regio ∩ gebruikt');
              return this.deel;
            },
          },
          deel,
          getSurroundingRegion() {
            gevraagd.push('omgeving');
            return this.regio;
          },
          getIntersectionOrNullObject() {
            gevraagd.push('selectie ∩ gebruikt');
            return this.deel;
          },
        },
        getSelectedRange() {
          return this.selectie;
        },
        a1: Object.fromEntries(Object.entries(bladen).map(([naam, a1]) => [naam, { values: [[a1]] }])),
        actief: wb.actieveCel ?? { address: 'Blad1!$B$5', formulas: [['']] },
        getActiveCell() {
          return this.actief;
        },
        worksheets: {
          items: Object.keys(bladen).map((name) => ({ name })),
          // The mock cannot navigate into an array ("items/name"): check the request, load the list.
          load(wat: string) {
            expect(wat).toBe('items/name');
            OfficeMockObject.prototype.load.call(this, 'items');
          },
          getItem(naam: string) {
            return blad(opname, naam, bladen[naam]);
          },
          add(naam: string) {
            opname.nieuweBladen.push(naam);
            return blad(opname, naam);
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  // office-addin-mock builds the object from `data` at run time; the test walks it by the names in `data`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const excel = new OfficeMockObject(data) as unknown as { context: Record<string, any> };
  // Excel fills isNullObject at the sync after a load; the mock needs it loaded explicitly.
  const wbMock = excel.context.workbook;
  a1PerBlad = wbMock.a1;
  for (const o of [wbMock.selectie.worksheet.gebruikt, wbMock.selectie.deel, wbMock.selectie.regio.deel]) {
    o.load('isNullObject');
    await o.sync();
  }
  const sync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    opname.syncs += 1;
    return sync();
  };
  globaal.Excel = excel;
  return { opname, gevraagd };
}

afterEach(() => {
  delete globaal.Excel;
  delete globaal.Office;
});

const tabel = [
  ['Prestatiecode', 'Volume', 'Tarief', 'Bedrag'],
  ['Z001', 10, 198.55, 1985.5],
];

describe('werkmap: reading around the selection', () => {
  it('one selected cell: the surrounding region, in three round trips whatever its size', async () => {
    const { opname, gevraagd } = await maakExcel({ deel: { address: 'Productie!B3:E4', cellCount: 8, values: tabel } });
    const gelezen = await leesTabelRondSelectie();
    expect(gelezen).toEqual({
      blad: 'Productie',
      adres: 'Productie!B3:E4',
      oorsprong: { blad: 'Productie', rij: 3, kolom: 2 },
      waarden: tabel,
    });
    expect(gevraagd).toEqual(['omgeving', 'regio ∩ gebruikt']);
    expect(opname.syncs).toBe(3);
  });

  it('several selected cells: exactly those, within the used range (a whole column is fine)', async () => {
    const { gevraagd } = await maakExcel({
      selectie: { address: 'Blad1!A:C', cellCount: 3_145_728 },
      deel: {
        address: 'Blad1!A1:C2',
        cellCount: 6,
        values: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    });
    expect((await leesSelectie()).waarden).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(gevraagd).toEqual(['selectie ∩ gebruikt']);
  });

  it('the selection itself when asked for the selection, even a single cell', async () => {
    const { gevraagd } = await maakExcel({ deel: { address: 'Blad1!C3', cellCount: 1, values: [[0.958]] } });
    await leesSelectie();
    expect(gevraagd).toEqual(['selectie ∩ gebruikt']);
  });

  it('an empty sheet or a selection beside the data: a Dutch #VALUE!', async () => {
    await maakExcel({ leeg: true, deel: { address: 'Blad1!C3', cellCount: 1, values: [['']] } });
    await expect(leesTabelRondSelectie()).rejects.toThrow(new WlzFout('#VALUE!', 'het blad met de selectie is leeg'));
    await maakExcel({ selectie: { address: 'Blad1!Z99', cellCount: 1 }, deel: null });
    await expect(leesSelectie()).rejects.toThrow('de selectie Blad1!Z99 bevat geen gegevens');
  });

  it('refuses a block larger than it can read, before loading its values', async () => {
    const { opname } = await maakExcel({ deel: { address: 'Blad1!A1:E100000', cellCount: MAX_CELLEN + 1, values: [] } });
    await expect(leesTabelRondSelectie()).rejects.toThrow(/heeft 200\.001 cellen; selecteer hoogstens 200\.000 cellen/);
    expect(opname.syncs).toBe(2);
  });
});

describe('werkmap: selecting and writing', () => {
  it('selects a finding’s cell on its sheet', async () => {
    const { opname } = await maakExcel({ bladen: { Productie: '' } });
    await selecteerCel('Productie', 'H7');
    expect(opname.geactiveerd).toEqual(['Productie']);
    expect(opname.geselecteerd).toEqual(['Productie!H7']);
    expect(opname.syncs).toBe(1);
  });

  it('reads the active cell, then writes the formula in the invariant form through Range.formulas', async () => {
    const { opname } = await maakExcel({ actieveCel: { address: "'Mijn blad'!$D$9", formulas: [['=1+1']] } });
    expect(await leesActieveCel()).toEqual({ blad: 'Mijn blad', cel: 'D9', inhoud: '=1+1' });
    await schrijfFormule('Mijn blad', 'D9', '=WLZ.TARIEF(191.6,10,5,0.958)');
    expect(opname.geschreven).toEqual([{ blad: 'Mijn blad', cel: 'D9', formulas: [['=WLZ.TARIEF(191.6,10,5,0.958)']] }]);
  });

  const ontwerp: Bladontwerp = {
    naam: 'Betaalschema',
    blokken: [
      { cel: 'A1', rijen: [['Betaalschema']], vet: true },
      { cel: 'A4', rijen: [['Jaarbasis', 1200000]], notaties: ['@', '#,##0.00'] },
      { cel: 'A8', rijen: [['=WLZ.BETAALSCHEMA(B4,B5,B6)']] },
    ],
    breedtes: [150],
    grafiek: { titel: 'Mutatie per maand', waarden: 'C8:C20', categorieen: 'A9:A20', plaats: 'F2:M20' },
  };

  it('a new sheet gets a free name, the blocks, the widths and a column chart — in two round trips', async () => {
    const { opname } = await maakExcel({ bladen: { Blad1: '', betaalschema: 'iets van de gebruiker' } });
    expect(await schrijfNieuwBlad(ontwerp)).toBe('Betaalschema (2)');
    expect(opname.nieuweBladen).toEqual(['Betaalschema (2)']);
    const geschreven = opname.geschreven.filter((g) => g.formulas !== undefined).map((g) => [g.cel, g.formulas]);
    expect(geschreven).toEqual([
      ['A1+0x0', [['Betaalschema']]],
      ['A4+0x1', [['Jaarbasis', 1200000]]],
      ['A8+0x0', [['=WLZ.BETAALSCHEMA(B4,B5,B6)']]],
    ]);
    expect(opname.geschreven.find((g) => g.cel === 'A4+0x1')?.numberFormat).toEqual([['@', '#,##0.00']]);
    expect(opname.grafieken).toEqual([
      {
        blad: 'Betaalschema (2)',
        type: 'ColumnClustered',
        bron: 'Betaalschema (2)!C8:C20',
        titel: 'Mutatie per maand',
        x: 'Betaalschema (2)!A9:A20',
        plaats: ['F2', 'M20'],
      },
    ]);
    expect(opname.geactiveerd).toEqual(['Betaalschema (2)']);
    expect(opname.gewist).toEqual([]);
    expect(opname.syncs).toBe(2);
  });

  const rapport: Bladontwerp = { naam: 'WLZ-controle', blokken: [{ cel: 'A1', rijen: [['WLZ-controle: rapport']] }] };

  it('the report sheet replaces only its own earlier report', async () => {
    const { opname } = await maakExcel({ bladen: { Blad1: '', 'WLZ-controle': 'WLZ-controle: rapport' } });
    expect(await schrijfRapportBlad(rapport, 'WLZ-controle: rapport')).toEqual({ naam: 'WLZ-controle', vervangen: true });
    expect(opname.gewist).toEqual(['WLZ-controle']);
    expect(opname.nieuweBladen).toEqual([]);
  });

  it('a user sheet called WLZ-controle is never cleared: the report gets a free name', async () => {
    const { opname } = await maakExcel({ bladen: { Blad1: '', 'wlz-controle': 'Mijn eigen aantekeningen' } });
    expect(await schrijfRapportBlad(rapport, 'WLZ-controle: rapport')).toEqual({ naam: 'WLZ-controle (2)', vervangen: false });
    expect(opname.gewist).toEqual([]);
    expect(opname.nieuweBladen).toEqual(['WLZ-controle (2)']);
    expect(opname.geschreven.every((g) => g.blad === 'WLZ-controle (2)')).toBe(true);
  });

  it('free sheet names: no forbidden characters, at most 31 characters, case-insensitive', () => {
    expect(vrijeBladnaam('Flankerend: Z&Z [2022]', [])).toBe('Flankerend  Z&Z  2022');
    expect(vrijeBladnaam('A'.repeat(40), ['A'.repeat(31)])).toBe(`${'A'.repeat(27)} (2)`);
    expect(vrijeBladnaam('Blad', ['blad', 'BLAD (2)'])).toBe('Blad (3)');
  });
});

describe('werkmap: finding Excel', () => {
  it('office.js missing (offline, or opened as a file): not in Excel, at once', async () => {
    expect(await verbindMetExcel(10_000)).toBe(false);
  });

  it('Office.onReady with the Excel host: in Excel', async () => {
    globaal.Office = { onReady: async () => ({ host: 'Excel', platform: 'PC' }) };
    expect(await verbindMetExcel(1000)).toBe(true);
  });

  it('Office.onReady without a host (a browser): not in Excel', async () => {
    globaal.Office = { onReady: async () => ({ host: null, platform: null }) };
    expect(await verbindMetExcel(1000)).toBe(false);
  });

  it('Office.onReady that does not answer: not in Excel after the wait; a late Excel is reported', async () => {
    let klaar: (info: unknown) => void = () => undefined;
    globaal.Office = { onReady: () => new Promise((resolve) => (klaar = resolve)) };
    const later = jest.fn();
    expect(await verbindMetExcel(20, later)).toBe(false);
    klaar({ host: 'Excel' });
    await new Promise((r) => setTimeout(r, 0));
    expect(later).toHaveBeenCalledTimes(1);
  });
});
