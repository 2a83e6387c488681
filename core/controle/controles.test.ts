import type { Cel } from '../invoer';
import { ZONDER_ADRES, controleerRaster, maakBeleid } from '.';
import type { Raster, Rastercel } from './tabel';

/*
 * Hand-derived lines (CZ GGZ 2023, §6.2: tarief = percentage × zorg + 100% × (NHC + NIC), rounded to
 * cents; 95,8% for existing providers, 100% for VPT/DTV/logeren):
 *   row 2  Z331 ZZP  0,958 × 150,00 = 143,70;   + 12,34 + 3,21 = 159,25;   × 120 = 19.110,00
 *   row 3  Z332 ZZP  0,958 × 191,60 = 183,5528; + 10 + 5 = 198,5528 → 198,55; × 365 = 72.470,75
 *   row 4  V101 VPT  1 × 180,00 = 180,00;                                  × 200 = 36.000,00
 *   row 5  M201 MPT  0,958 × 62,35 = 59,7313 → 59,73;   × 1.000,5 = 59.759,865 → 59.759,87
 *   row 6  total: volume 1.685,5; amount 187.340,62
 */
const KOP = ['Prestatiecode', 'Omschrijving', 'Soort', 'Volume', 'NZa zorg', 'NZa NHC', 'NZa NIC', 'Tariefpercentage', 'Tarief', 'Bedrag'];
const REGELS: Cel[][] = [
  ['Z331', 'GGZ wonen, begeleiding', 'ZZP', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110],
  ['Z332', 'GGZ wonen, verzorging', 'ZZP', 365, 191.6, 10, 5, 0.958, 198.55, 72470.75],
  ['V101', 'Volledig pakket thuis', 'VPT', 200, 180, 0, 0, 1, 180, 36000],
  ['M201', 'Modulair pakket thuis', 'MPT', 1000.5, 62.35, 0, 0, 0.958, 59.73, 59759.87],
];
const TOTAAL: Cel[] = [null, 'Totaal', null, 1685.5, null, null, null, null, null, 187340.62];
const K = Object.fromEntries(KOP.map((k, i) => [k, i]));

/** The clean table with changes: { rij (0 = header, 1… = lines, REGELS.length + 1 = total), kolom, waarde }. */
function tabel(...wijzigingen: [number, string, Rastercel][]): Rastercel[][] {
  const rijen: Rastercel[][] = [[...KOP], ...REGELS.map((r) => [...r]), [...TOTAAL]];
  for (const [rij, kolom, waarde] of wijzigingen) rijen[rij][K[kolom]] = waarde;
  return rijen;
}

const controleer = (raster: Raster, beleid?: ReturnType<typeof maakBeleid>) => controleerRaster(raster, ZONDER_ADRES, beleid);
const CZ_GGZ_2023 = () => maakBeleid({ zorgkantoor: 'CZ', jaar: 2023, sector: 'GGZ', kenmerken: [] });

describe('a clean table', () => {
  it('gives no findings, without and with the CZ GGZ 2023 context', () => {
    expect(controleer(tabel())).toEqual([]);
    expect(controleer(tabel(), CZ_GGZ_2023())).toEqual([]);
  });

  it('reads formula results with float noise the way Excel shows them', () => {
    // 0,958 × 150 + 12,34 + 3,21 in binary floating point is 159.25000000000003.
    expect(controleer(tabel([1, 'Tarief', 0.958 * 150 + 12.34 + 3.21]))).toEqual([]);
  });
});

describe('each fault once, at its cause', () => {
  it('a tariff one cent off: at the Tarief; the amount that follows it is not reported again', () => {
    // 120 × 159,26 = 19.111,20: right for the tariff as written; the total follows the lines.
    expect(controleer(tabel([1, 'Tarief', 159.26], [1, 'Bedrag', 19111.2], [5, 'Bedrag', 187341.82]))).toEqual([
      {
        rij: 2,
        kolom: 'Tarief',
        cel: 'I2',
        ernst: 'fout',
        bericht: 'Tarief € 159,26 wijkt af van 95,8% × zorg € 150,00 + NHC € 12,34 + NIC € 3,21 = € 159,25 (verschil € 0,01)',
        verwacht: '€ 159,25',
        gevonden: '€ 159,26',
      },
    ]);
  });

  it('a tariff that is not rounded to cents', () => {
    const [b] = controleer(tabel([1, 'Tarief', 159.2528], [1, 'Bedrag', 19110.34], [5, 'Bedrag', 187340.96]));
    expect(b.bericht).toMatch(/Tarief € 159,2528 wijkt af van .* = € 159,25 \(verschil € 0,0028\); het tarief is niet afgerond op centen$/);
  });

  it('a wrong amount', () => {
    expect(controleer(tabel([2, 'Bedrag', 72470], [5, 'Bedrag', 187339.87]))).toEqual([
      {
        rij: 3,
        kolom: 'Bedrag',
        cel: 'J3',
        ernst: 'fout',
        bericht: 'Bedrag € 72.470,00 wijkt af van Volume × Tarief = 365 × € 198,55 = € 72.470,75 (verschil -€ 0,75)',
        verwacht: '€ 72.470,75',
        gevonden: '€ 72.470,00',
      },
    ]);
  });

  it('rounds the amount half away from zero (59.759,865 → 59.759,87)', () => {
    expect(controleer(tabel([4, 'Bedrag', 59759.86], [5, 'Bedrag', 187340.61]))[0]).toMatchObject({ rij: 5, verwacht: '€ 59.759,87' });
  });

  it('a negative volume: only the volume, not the amount or the total', () => {
    expect(controleer(tabel([3, 'Volume', -200], [5, 'Volume', 1285.5]))).toEqual([
      { rij: 4, kolom: 'Volume', cel: 'D4', ernst: 'fout', bericht: 'Volume mag niet negatief zijn (-200)', gevonden: '-200' },
    ]);
  });

  it('a text volume: only the volume', () => {
    expect(controleer(tabel([3, 'Volume', 'veel']))).toEqual([
      {
        rij: 4,
        kolom: 'Volume',
        cel: 'D4',
        ernst: 'fout',
        bericht: 'Volume: de tekst "veel" is geen getal (gebruik een komma als decimaalteken, bijvoorbeeld 1.234,56)',
        gevonden: '"veel"',
      },
    ]);
  });

  it('Dutch number text is read and checked, with a warning that Excel leaves it out of SOM', () => {
    expect(controleer(tabel([4, 'Volume', '1.000,5'], [4, 'Bedrag', '59.759,87']))).toEqual([
      expect.objectContaining({
        rij: 5,
        kolom: 'Volume',
        ernst: 'waarschuwing',
        bericht: 'Volume: getal als tekst "1.000,5"; Excel telt tekst niet mee in SOM. Typ het als getal.',
      }),
      expect.objectContaining({ rij: 5, kolom: 'Bedrag', ernst: 'waarschuwing' }),
    ]);
    // Read as text, still checked: 1.000,5 × 59,73 = 59.759,865 → 59.759,87, not 59.759,00.
    expect(controleer(tabel([4, 'Volume', '1.000,5'], [4, 'Bedrag', '59.759,00']))).toContainEqual(
      expect.objectContaining({ rij: 5, kolom: 'Bedrag', ernst: 'fout', verwacht: '€ 59.759,87' }),
    );
  });

  it('a percentage typed as 95,8: the contract’s hint, and the tariff is not checked with it', () => {
    expect(controleer(tabel([1, 'Tariefpercentage', 95.8]))).toEqual([
      {
        rij: 2,
        kolom: 'Tariefpercentage',
        cel: 'H2',
        ernst: 'fout',
        bericht: 'Tariefpercentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
        gevonden: '95,8',
      },
    ]);
    expect(controleer(tabel([1, 'Tariefpercentage', '95,8']))[0].bericht).toBe(
      'Tariefpercentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
  });

  it('a percentage below 0 is a fout; 0 or empty is missing (Excel desktop hands an empty cell over as 0)', () => {
    expect(controleer(tabel([1, 'Tariefpercentage', -0.958]))).toEqual([
      expect.objectContaining({
        rij: 2,
        ernst: 'fout',
        bericht: 'Tariefpercentage moet groter dan 0% en hoogstens 100% liggen, niet -0,958',
      }),
    ]);
    expect(controleer(tabel([1, 'Tariefpercentage', 0]))).toEqual([
      expect.objectContaining({
        rij: 2,
        ernst: 'waarschuwing',
        bericht: 'Tariefpercentage ontbreekt (leeg of 0): het tarief is niet nagerekend',
      }),
    ]);
    // With a context the tariff is still checked, with the policy percentage.
    expect(
      controleer(
        tabel([1, 'Tariefpercentage', null], [1, 'Tarief', 159.26], [1, 'Bedrag', 19111.2], [5, 'Bedrag', 187341.82]),
        CZ_GGZ_2023(),
      ),
    ).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: 'Tariefpercentage',
        ernst: 'waarschuwing',
        bericht: 'Tariefpercentage ontbreekt (leeg of 0): het tarief is nagerekend met het beleidspercentage',
      }),
      expect.objectContaining({ rij: 2, kolom: 'Tarief', ernst: 'waarschuwing', verwacht: '€ 159,25' }),
    ]);
  });

  it('a table as Excel desktop hands it over, every empty cell a 0, gives the same findings', () => {
    const metNullen = (raster: Rastercel[][]) => raster.map((rij) => rij.map((cel) => (cel === null ? 0 : cel)));
    const raster = tabel([1, 'Tarief', 159.26], [1, 'Bedrag', 19111.2], [5, 'Bedrag', 187341.82]);
    const voorSectie = [[...KOP], [0, 'Verblijf', 0, 0, 0, 0, 0, 0, 0, 0], ...raster.slice(1)];
    expect(controleer(metNullen(voorSectie)).map((b) => [b.rij, b.kolom, b.ernst])).toEqual([[3, 'Tarief', 'fout']]);
    expect(controleer(metNullen(tabel([2, 'Prestatiecode', null]))).map((b) => [b.rij, b.kolom, b.ernst])).toEqual([
      [3, 'Prestatiecode', 'waarschuwing'],
    ]);
  });

  it('a percentage as text "95,8%" is read, with the text warning only', () => {
    expect(controleer(tabel([1, 'Tariefpercentage', '95,8%']))).toEqual([
      expect.objectContaining({ rij: 2, ernst: 'waarschuwing', bericht: expect.stringMatching(/getal als tekst "95,8%"/) }),
    ]);
  });

  it('a duplicate prestatiecode, at the second occurrence with the row of the first', () => {
    expect(controleer(tabel([2, 'Prestatiecode', ' z331 ']))).toEqual([
      {
        rij: 3,
        kolom: 'Prestatiecode',
        cel: 'A3',
        ernst: 'fout',
        bericht: 'Prestatiecode " z331 " staat ook op rij 2; elke prestatie hoort één keer in de productieafspraak',
        gevonden: '" z331 "',
      },
    ]);
  });

  it('a wrong total amount and a wrong total volume', () => {
    expect(controleer(tabel([5, 'Bedrag', 187440.62], [5, 'Volume', 1685]))).toEqual([
      {
        rij: 6,
        kolom: 'Volume',
        cel: 'D6',
        ernst: 'fout',
        bericht: 'Volume in de totaalregel 1.685 wijkt af van de som van de regels 1.685,5 (verschil -0,5)',
        verwacht: '1.685,5',
        gevonden: '1.685',
      },
      {
        rij: 6,
        kolom: 'Bedrag',
        cel: 'J6',
        ernst: 'fout',
        bericht: 'Bedrag in de totaalregel € 187.440,62 wijkt af van de som van de regels € 187.340,62 (verschil € 100,00)',
        verwacht: '€ 187.340,62',
        gevonden: '€ 187.440,62',
      },
    ]);
  });

  it('an Excel error value in a cell; the total is then not checked', () => {
    expect(controleer(tabel([2, 'Bedrag', '#DIV/0!']))).toEqual([
      { rij: 3, kolom: 'Bedrag', cel: 'J3', ernst: 'fout', bericht: 'Bedrag: de cel bevat de foutwaarde #DIV/0!', gevonden: '#DIV/0!' },
    ]);
  });

  it('an error value as a host object', () => {
    const fout = { code: '#N/A', message: 'x' } as unknown as Rastercel;
    expect(controleer(tabel([2, 'Volume', fout]))).toEqual([
      { rij: 3, kolom: 'Volume', cel: 'D3', ernst: 'fout', bericht: 'Volume: de cel bevat een foutwaarde (#N/A)' },
    ]);
  });

  it('empty required cells on a line', () => {
    expect(controleer(tabel([1, 'Bedrag', null], [5, 'Bedrag', 168230.62]))).toEqual([
      { rij: 2, kolom: 'Bedrag', cel: 'J2', ernst: 'fout', bericht: 'Bedrag ontbreekt', verwacht: '€ 19.110,00' },
    ]);
    expect(controleer(tabel([1, 'Volume', null], [5, 'Volume', 1565.5]))).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'Volume', ernst: 'fout', bericht: 'Volume ontbreekt, maar Bedrag is gevuld' }),
    ]);
    expect(controleer(tabel([1, 'Tarief', '']))).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'Tarief', ernst: 'fout', bericht: 'Tarief ontbreekt', verwacht: '€ 159,25' }),
    ]);
    expect(controleer(tabel([1, 'Prestatiecode', null]))).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'Prestatiecode', ernst: 'waarschuwing' }),
    ]);
    expect(controleer(tabel([1, 'NZa zorg', null]))).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: 'NZa zorg',
        ernst: 'waarschuwing',
        bericht: 'NZa zorg ontbreekt (leeg of 0): het tarief is niet nagerekend',
      }),
    ]);
  });

  it('formula cells without a stored result: one warning per column, at the first', () => {
    const raster = tabel([1, 'Bedrag', { formule: 'D2*I2' }], [2, 'Bedrag', { formule: 'D3*I3' }]);
    expect(controleer(raster)).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: 'Bedrag',
        ernst: 'waarschuwing',
        bericht:
          'Bedrag: formule zonder opgeslagen uitkomst (=D2*I2): niet gecontroleerd. Open de werkmap in Excel en sla hem op, dan wordt de uitkomst bewaard. Dat geldt voor 2 cellen in deze kolom; dit is de eerste.',
      }),
    ]);
  });
});

describe('columns', () => {
  const zonder = (...koppen: string[]) => tabel().map((rij) => rij.filter((_, i) => !koppen.includes(KOP[i])));

  it('a missing required column is a fout at the header row; the other checks still run', () => {
    expect(controleer(zonder('Bedrag'))).toEqual([
      {
        rij: 1,
        kolom: 'Bedrag',
        cel: 'A1',
        ernst: 'fout',
        bericht: 'kolom Bedrag ontbreekt; verwacht een kop zoals "Bedrag", "totaalbedrag", "omzet"',
      },
    ]);
    const raster = zonder('Bedrag');
    raster[1][K.Tarief] = 159.26;
    expect(controleer(raster).map((b) => [b.rij, b.kolom])).toEqual([
      [1, 'Bedrag'],
      [2, 'Tarief'],
    ]);
  });

  it('without NZa components or a percentage the tariffs are not recomputed: one warning says so', () => {
    expect(controleer(zonder('NZa zorg', 'NZa NHC', 'NZa NIC'))).toEqual([
      expect.objectContaining({
        rij: 1,
        kolom: 'NZa zorg',
        ernst: 'waarschuwing',
        bericht: expect.stringMatching(/^geen kolom NZa zorg: de tarieven zijn niet nagerekend/),
      }),
    ]);
    expect(controleer(zonder('Tariefpercentage'))).toEqual([
      expect.objectContaining({
        rij: 1,
        kolom: 'Tariefpercentage',
        ernst: 'waarschuwing',
        bericht: expect.stringMatching(/geef zorgkantoor, jaar en sector/),
      }),
    ]);
  });

  it('without a percentage column but with a context, tariffs are recomputed with the policy percentage', () => {
    const raster = zonder('Tariefpercentage');
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([]);
    // Tariefpercentage is gone, so Tarief and Bedrag sit one column further left.
    raster[1][K.Tarief - 1] = 159.26;
    raster[1][K.Bedrag - 1] = 19111.2;
    raster[5][K.Bedrag - 1] = 187341.82;
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([
      expect.objectContaining({
        rij: 2,
        kolom: 'Tarief',
        ernst: 'waarschuwing',
        bericht:
          'Tarief € 159,26 wijkt af van het tarief met het beleidspercentage (CZ GGZ 2023, §6.2): 95,8% × zorg € 150,00 + NHC € 12,34 + NIC € 3,21 = € 159,25; controleer het afgesproken tariefpercentage',
      }),
    ]);
  });

  it('a second column with the same meaning is reported and left unchecked', () => {
    const raster = tabel().map((rij, i) => [...rij, i === 0 ? 'Bedrag 2022' : 'oud']);
    expect(controleer(raster)).toEqual([expect.objectContaining({ rij: 1, kolom: 'Bedrag 2022', cel: 'K1', ernst: 'waarschuwing' })]);
  });

  it('a header without lines', () => {
    expect(controleer([KOP])).toEqual([
      expect.objectContaining({ rij: 1, ernst: 'waarschuwing', bericht: 'de tabel heeft geen regels met een volume of bedrag' }),
    ]);
  });

  it('a range without a header row is #VALUE!', () => {
    expect(() =>
      controleer([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toThrow(/geen productieafspraaktabel herkend/);
  });

  it('a Percentage NHC/NIC column is used in the tariff', () => {
    // 0,958 × 150,00 + 0,9 × (12,34 + 3,21) = 143,70 + 13,995 = 157,695 → 157,70; × 120 = 18.924,00
    const raster = tabel().map((rij, i) => [...rij, i === 0 ? 'Percentage NHC/NIC' : i === 1 ? 0.9 : null]);
    raster[1][K.Tarief] = 157.7;
    raster[1][K.Bedrag] = 18924;
    raster[5][K.Bedrag] = 187154.62;
    expect(controleer(raster)).toEqual([]);
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([
      expect.objectContaining({ rij: 2, kolom: 'Percentage NHC/NIC', ernst: 'waarschuwing', verwacht: '100,0%', gevonden: '90,0%' }),
    ]);
  });
});

describe('comparison with the policy (CZ GGZ 2023, §6.2)', () => {
  it('a lower percentage than the policy is a warning that says it may be legitimate', () => {
    // 0,938 × 150,00 = 140,70; + 15,55 = 156,25; × 120 = 18.750,00
    const raster = tabel([1, 'Tariefpercentage', 0.938], [1, 'Tarief', 156.25], [1, 'Bedrag', 18750], [5, 'Bedrag', 186980.62]);
    expect(controleer(raster)).toEqual([]);
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([
      {
        rij: 2,
        kolom: 'Tariefpercentage',
        cel: 'H2',
        ernst: 'waarschuwing',
        bericht:
          'Tariefpercentage 93,8% is lager dan het beleidspercentage voor CZ 2023 GGZ: 95,8%: richttarief voor bestaande zorgaanbieders (CZ GGZ 2023, §6.2). Een lager afgesproken percentage kan terecht zijn',
        verwacht: '95,8%',
        gevonden: '93,8%',
      },
    ]);
  });

  it('VPT lines carry their own 100 % for existing providers; a VPT line at 95,8 % is lower than that', () => {
    // 0,958 × 180,00 = 172,44; × 200 = 34.488,00
    const raster = tabel([3, 'Tariefpercentage', 0.958], [3, 'Tarief', 172.44], [3, 'Bedrag', 34488], [5, 'Bedrag', 185828.62]);
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([
      expect.objectContaining({
        rij: 4,
        kolom: 'Tariefpercentage',
        verwacht: '100,0%',
        gevonden: '95,8%',
        bericht: expect.stringContaining('voor CZ 2023 GGZ, VPT: 100,0%: VPT bij bestaande zorgaanbieders'),
      }),
    ]);
  });

  it('for a new provider the VPT line gets 93,8 % too (docs/contract.md §3 decision 7)', () => {
    const nieuw = maakBeleid({ zorgkantoor: 'CZ', jaar: 2023, sector: 'GGZ', kenmerken: ['nieuw'] });
    const bevindingen = controleer(tabel(), nieuw);
    expect(bevindingen.map((b) => [b.rij, b.verwacht, b.gevonden])).toEqual([
      [2, '93,8%', '95,8%'],
      [3, '93,8%', '95,8%'],
      [4, '93,8%', '100,0%'],
      [5, '93,8%', '95,8%'],
    ]);
    expect(bevindingen[2].bericht).toMatch(
      /^Tariefpercentage 100,0% is hoger dan het beleidspercentage voor CZ 2023 GGZ \(nieuw\), VPT: 93,8%/,
    );
  });

  it('a policy that is not published is one warning, and nothing is compared', () => {
    const geen = maakBeleid({ zorgkantoor: 'CZ', jaar: 2024, sector: 'GGZ', kenmerken: [] });
    expect(
      controleer(tabel([1, 'Tariefpercentage', 0.938], [1, 'Tarief', 156.25], [1, 'Bedrag', 18750], [5, 'Bedrag', 186980.62]), geen),
    ).toEqual([
      expect.objectContaining({
        rij: 1,
        kolom: 'Tariefpercentage',
        ernst: 'waarschuwing',
        bericht: expect.stringMatching(/^geen beleidspercentage voor CZ 2024 GGZ: geen tariefbeleid van CZ/),
      }),
    ]);
  });

  it('an unknown zorgkantoor or kenmerk is #VALUE! before anything is checked', () => {
    expect(() => maakBeleid({ zorgkantoor: 'Achmea', jaar: 2023, sector: 'GGZ', kenmerken: [] })).toThrow(/onbekend zorgkantoor "Achmea"/);
    expect(() => maakBeleid({ zorgkantoor: 'CZ', jaar: 2023, sector: 'GGZ', kenmerken: ['vliegend'] })).toThrow(
      /onbekend kenmerk "vliegend"/,
    );
  });
});

describe('size', () => {
  // Its speed is measured in npm run bench (controleer_100k_regels); here that 100.000 clean lines give nothing.
  it('checks 100.000 clean lines without a finding', () => {
    const raster: Rastercel[][] = [[...KOP]];
    for (let i = 0; i < 100_000; i += 1) raster.push([`P${i}`, 'x', 'ZZP', 120, 150, 12.34, 3.21, 0.958, 159.25, 19110]);
    expect(controleer(raster, CZ_GGZ_2023())).toEqual([]);
  });
});
