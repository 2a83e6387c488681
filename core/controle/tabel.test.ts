import { ZONDER_ADRES } from './adres';
import { herkenKop } from './kolommen';
import { type Raster, herkenTabel, herkenTabellen } from './tabel';

describe('herkenKop: Dutch headers in their many spellings', () => {
  it.each([
    ['Prestatiecode', 'prestatiecode'],
    ['Prestatie-code', 'prestatiecode'],
    ['Code', 'prestatiecode'],
    ['Omschrijving prestatie', 'omschrijving'],
    ['Leveringsvorm', 'soort'],
    ['Volume 2023', 'volume'],
    ['Aantal dagen', 'volume'],
    ['NZa-tarief zorg', 'nzaZorg'],
    ['Zorgcomponent (€)', 'nzaZorg'],
    ['NHC', 'nzaNhc'],
    ['Normatieve inventariscomponent', 'nzaNic'],
    ['Tarief %', 'tariefpercentage'],
    ['Tarief (%)', 'tariefpercentage'],
    ['Tariefpercentage', 'tariefpercentage'],
    ['Percentage NHC/NIC', 'percentageNhcNic'],
    ['Tarief (€)', 'tarief'],
    ['Tarief per dag in euro', 'tarief'],
    ['Afgesproken tarief 2023', 'tarief'],
    ['Totaalbedrag', 'bedrag'],
    ['BEDRAG', 'bedrag'],
  ])('%s → %s', (kop, soort) => {
    expect(herkenKop(kop)).toBe(soort);
  });

  it('does not guess at other headers', () => {
    for (const kop of ['Opmerkingen', 'NZa-tarief', 'Cliënten', 'Dag', '']) expect(herkenKop(kop)).toBeUndefined();
  });
});

describe('herkenTabel', () => {
  it('finds the header under a title, in any column order, and numbers rows from the origin', () => {
    const raster: Raster = [
      ['Productieafspraak 2023', null, null, null],
      [null, null, null, null],
      ['Bedrag', 'Volume', 'Code', 'Tarief'],
      [1000, 10, 'A1', 100],
      [2000, 20, 'A2', 100],
    ];
    const tabel = herkenTabel(raster, { rij: 5, kolom: 2 })!;
    expect(tabel.kopRij).toBe(7);
    expect(tabel.kolommen.bedrag).toEqual({ soort: 'bedrag', index: 0, naam: 'Bedrag', letter: 'B' });
    expect(tabel.kolommen.tarief).toMatchObject({ index: 3, letter: 'E' });
    expect(tabel.regels.map((r) => r.rij)).toEqual([8, 9]);
    expect(tabel.bereik).toBe('B7:E9');
  });

  it('needs three known columns, one of them Volume, Tarief or Bedrag', () => {
    expect(
      herkenTabel(
        [
          ['Code', 'Omschrijving', 'Soort'],
          ['A1', 'x', 'ZZP'],
        ],
        ZONDER_ADRES,
      ),
    ).toBeUndefined();
    expect(
      herkenTabel(
        [
          ['Code', 'Volume'],
          ['A1', 3],
        ],
        ZONDER_ADRES,
      ),
    ).toBeUndefined();
    expect(herkenTabel([], ZONDER_ADRES)).toBeUndefined();
    expect(herkenTabel([[null, ''], []], ZONDER_ADRES)).toBeUndefined();
  });

  it('reads a two-row header with a merged group header ("NZa-tarief" over Zorg, NHC, NIC)', () => {
    // Excel hands a merged range over with the value in its first cell only.
    const raster: Raster = [
      ['Prestatiecode', 'Volume', 'NZa-tarief', null, null, 'Tariefpercentage', 'Tarief', 'Bedrag'],
      [null, null, 'Zorg', 'NHC', 'NIC', null, null, null],
      ['Z331', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES)!;
    expect(tabel.kolommen.nzaZorg).toMatchObject({ index: 2, naam: 'NZa-tarief Zorg' });
    expect(tabel.kolommen.nzaNhc).toMatchObject({ index: 3, naam: 'NZa-tarief NHC' });
    expect(tabel.kolommen.nzaNic).toMatchObject({ index: 4, naam: 'NZa-tarief NIC' });
    expect(tabel.kolommen.prestatiecode).toMatchObject({ index: 0, naam: 'Prestatiecode' });
    expect(tabel.kopRij).toBe(1);
    expect(tabel.regels.map((r) => r.rij)).toEqual([3]);
  });

  it('does not take a section row under the header for a second header row', () => {
    const raster: Raster = [
      ['Prestatiecode', 'Omschrijving', 'Volume', 'Tarief', 'Bedrag'],
      [null, 'Verblijf', null, null, null],
      ['Z331', 'Wonen', 120, 159.25, 19110],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES)!;
    expect(tabel.kolommen.omschrijving?.naam).toBe('Omschrijving');
    expect(tabel.regels.map((r) => r.rij)).toEqual([3]);
  });

  it('skips empty rows, section rows, subtotals and desktop zeros; stops at the total row', () => {
    const raster: Raster = [
      ['Prestatiecode', 'Omschrijving', 'Volume', 'Tarief', 'Bedrag'],
      [null, 'Verblijf', null, null, null],
      ['Z331', 'Wonen', 120, 159.25, 19110],
      [0, 0, 0, 0, 0],
      [null, 'Thuis', 0, 0, 0],
      ['V101', 'Totaal pakket thuis', 10, 180, 1800],
      ['M201', 'Zonder afspraak', 0, 59.73, 0],
      [null, 'Subtotaal thuis', 10, null, 1800],
      [null, null, null, null, null],
      [null, 'Totaal generaal', 130, null, 20910],
      ['Opgesteld door: afdeling zorginkoop', null, 5, null, null],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES)!;
    expect(tabel.regels.map((r) => r.rij)).toEqual([3, 6, 7]);
    expect(tabel.totaal?.rij).toBe(10);
    expect(tabel.bereik).toBe('A1:E10');
  });

  it("ends the table at a second table's header row", () => {
    const raster: Raster = [
      ['Code', 'Volume', 'Bedrag'],
      ['A', 1, 2],
      [null, null, null],
      ['Code', 'Volume', 'Bedrag'],
      ['B', 3, 4],
    ];
    expect(herkenTabel(raster, ZONDER_ADRES)!.regels.map((r) => r.rij)).toEqual([2]);
  });

  it.each(['Totaal', 'TOTALEN', 'Totaal generaal', 'Eindtotaal', 'totaal 2023'])('recognises the total label %s', (label) => {
    const tabel = herkenTabel(
      [
        ['Code', 'Volume', 'Bedrag'],
        ['A', 1, 2],
        [label, 1, 2],
      ],
      ZONDER_ADRES,
    )!;
    expect(tabel.totaal?.rij).toBe(3);
    expect(tabel.regels).toHaveLength(1);
  });

  it('of per-year columns reads the year asked, else the latest; the others are listed, not warned about', () => {
    const raster: Raster = [
      ['Code', 'Volume 2022', 'Volume 2023', 'Bedrag'],
      ['A', 1, 2, 3],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES)!;
    expect(tabel.kolommen.volume?.naam).toBe('Volume 2023');
    expect(tabel.dubbel).toEqual([]);
    expect(tabel.nietGelezen).toEqual([
      { kolom: expect.objectContaining({ naam: 'Volume 2022', letter: 'B' }), reden: 'jaar 2022; gelezen is 2023' },
    ]);
    expect(herkenTabel(raster, ZONDER_ADRES, { jaar: 2022 })!.kolommen.volume?.letter).toBe('B');
  });

  it('a hidden column never beats a visible one, whatever its year', () => {
    const raster: Raster = [
      ['Code', 'Volume 2022', 'Volume 2023', 'Bedrag'],
      ['A', 1, 2, 3],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES, { verborgenKolommen: new Set([2]), jaar: 2023 })!;
    expect(tabel.kolommen.volume?.letter).toBe('B');
    expect(tabel.nietGelezen).toEqual([{ kolom: expect.objectContaining({ letter: 'C', verborgen: true }), reden: 'verborgen kolom' }]);
  });

  it('keeps the first of two columns with the same meaning and no year between them, and lists the second', () => {
    const tabel = herkenTabel(
      [
        ['Code', 'Volume', 'Aantal', 'Bedrag'],
        ['A', 1, 2, 3],
      ],
      ZONDER_ADRES,
    )!;
    expect(tabel.kolommen.volume?.naam).toBe('Volume');
    expect(tabel.dubbel.map((k) => k.naam)).toEqual(['Aantal']);
  });

  it('reads sections with subtotals, nested totals and a grand total, and goes on after "Totaal V&V"', () => {
    const raster: Raster = [
      ['Prestatiecode', 'Omschrijving', 'Volume', 'Tarief', 'Bedrag'],
      [null, 'V&V', null, null, null],
      ['V1', 'a', 1, 10, 10],
      ['V2', 'b', 2, 10, 20],
      [null, 'Totaal V&V', 3, null, 30],
      [null, 'GZ'],
      ['G1', 'c', 1, 5, 5],
      [null, 'Subtotaal GZ wonen', 1, null, 5],
      ['G2', 'd', 1, 6, 6],
      [null, 'Subtotaal GZ thuis', 1, null, 6],
      [null, 'Totaal GZ', 2, null, 11],
      [null, 'Totaal productieafspraak 2023', 5, null, 41],
      ['Opmerking: bedragen in euro'],
    ];
    const tabel = herkenTabel(raster, ZONDER_ADRES)!;
    expect(tabel.regels.map((r) => r.rij)).toEqual([3, 4, 7, 9]);
    expect(tabel.totalen.map((t) => [t.rij, t.soort, t.over.map((o) => o.rij), t.overSubtotalen])).toEqual([
      [5, 'subtotaal', [3, 4], false],
      [8, 'subtotaal', [7], false],
      [10, 'subtotaal', [9], false],
      [11, 'subtotaal', [8, 10], true],
      [12, 'totaal', [3, 4, 7, 9], false],
    ]);
    expect(tabel.totaal?.rij).toBe(12);
    expect(tabel.overgeslagen).toEqual([
      { rij: 2, reden: 'tussenkop of toelichting (alleen tekst)' },
      { rij: 6, reden: 'tussenkop of toelichting (alleen tekst)' },
    ]);
    expect(tabel.bereik).toBe('A1:E12');
  });

  it('finds every table on a sheet, each under its own title', () => {
    const raster: Raster = [
      ['Productieafspraak V&V'],
      ['Code', 'Volume', 'Bedrag'],
      ['A', 1, 2],
      ['Totaal', 1, 2],
      [],
      ['Productieafspraak GZ'],
      ['Code', 'Volume', 'Bedrag'],
      ['B', 3, 4],
    ];

    expect(herkenTabellen(raster, ZONDER_ADRES).map((t) => [t.bereik, t.regels.map((r) => r.rij)])).toEqual([
      ['A2:C4', [3]],
      ['A7:C8', [8]],
    ]);
  });

  it('reads units, spelled-out names and the sub-headers under a merged "NZa-maximumtarief"', () => {
    const raster: Raster = [
      ['Prestatie', 'Aantal uren', 'NZa-maximumtarief', null, null, 'Tariefpercentage (%)', 'Tarief (€)', 'Opbrengst'],
      [null, null, 'Zorg', 'Normatieve huisvestingscomponent (NHC)', 'NIC', null, null, null],
      ['Z331', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
    ];
    const { kolommen } = herkenTabel(raster, ZONDER_ADRES)!;
    expect(Object.fromEntries(Object.entries(kolommen).map(([s, k]) => [s, k.letter]))).toEqual({
      prestatiecode: 'A',
      volume: 'B',
      nzaZorg: 'C',
      nzaNhc: 'D',
      nzaNic: 'E',
      tariefpercentage: 'F',
      tarief: 'G',
      bedrag: 'H',
    });
  });
});
