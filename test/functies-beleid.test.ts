import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { zoekFunctie } from '../core/functies';
import { excelFout } from './vang';

const roep = (naam: string, ...args: unknown[]) => roepVanuitExcel(naam, args as Parameters<typeof roepVanuitExcel>[1]);

describe('WLZ.TARIEFPERCENTAGE', () => {
  it('gives the example of its help text', () => {
    // =WLZ.TARIEFPERCENTAGE("Zilveren Kruis"; 2023; "GGZ"; "geïntegreerd") → 96,8%
    expect(zoekFunctie('TARIEFPERCENTAGE')!.voorbeeld.uitkomst).toBe('96,8%');
    expect(functies.TARIEFPERCENTAGE('Zilveren Kruis', 2023, 'GGZ', [['geïntegreerd']])).toBe(0.968);
  });

  it('reads the sources’ own examples', () => {
    expect(roep('TARIEFPERCENTAGE', 'ZK', 2023, 'GGZ', 'geintegreerd')).toBe(0.968);
    expect(roep('TARIEFPERCENTAGE', 'CZ', 2023, 'GGZ', 'nieuw')).toBe(0.938);
    expect(roep('TARIEFPERCENTAGE', 'CZ', 2023, 'GGZ', 'VPT')).toBe(1);
    expect(roep('TARIEFPERCENTAGE', 'CZ', 2023, 'GGZ', 'VPT; nieuw')).toBe(0.938);
    expect(roep('TARIEFPERCENTAGE', 'CZ', 2024, 'V&V', 'technologie, bewegingen en doelen')).toBe(0.959);
    expect(roep('TARIEFPERCENTAGE', 'DSW', 2024, 'VV', 'monitor hoger', 0.96)).toBe(0.97);
    expect(roep('TARIEFPERCENTAGE', 'DSW', 2024, 'VV', 'monitor hoger', '97,0%')).toBe(0.975);
    expect(roep('TARIEFPERCENTAGE', 'Salland', 2024, 'VV', 'differentiatie +0,5')).toBe(0.96);
  });

  it('takes kenmerken as a range, with empty cells arriving as null, "" or 0', () => {
    expect(roep('TARIEFPERCENTAGE', 'Zilveren Kruis', 2023, 'GGZ', [['nieuw'], [null], [0], [''], ['geïntegreerd']])).toBe(0.948);
    expect(roep('TARIEFPERCENTAGE', 'zilveren kruis', '2023', 'vv', [[null]])).toBe(0.958);
  });

  it('treats omitted optional arguments as empty', () => {
    expect(functies.TARIEFPERCENTAGE('Menzis', 2024, 'V&V', undefined, undefined)).toBe(0.955);
    expect(functies.TARIEFPERCENTAGE('Menzis', 2024, 'V&V', null as unknown as unknown[][], null)).toBe(0.955);
  });

  it.each([
    [['', 2023, 'GGZ'], '#VALUE!', /^zorgkantoor ontbreekt$/],
    [['ZK', null, 'GGZ'], '#VALUE!', /^jaar ontbreekt$/],
    [['ZK', 2023, null], '#VALUE!', /^sector ontbreekt$/],
    [['ZK', 2023.5, 'GGZ'], '#VALUE!', /^jaar moet een geheel getal/],
    [['ZK', 'twintig', 'GGZ'], '#VALUE!', /^jaar: de tekst "twintig" is geen getal/],
    [['ZK', true, 'GGZ'], '#VALUE!', /^jaar moet een getal zijn/],
    [[42, 2023, 'GGZ'], '#VALUE!', /^zorgkantoor moet tekst zijn/],
    [['Achmea', 2023, 'GGZ'], '#VALUE!', /onbekend zorgkantoor "Achmea"/],
    [['ZK', 2023, 'jeugdzorg'], '#VALUE!', /onbekende sector "jeugdzorg"/],
    [
      ['ZK', 2023, 'GGZ', 'robotica'],
      '#VALUE!',
      /onbekend kenmerk "robotica" voor Zilveren Kruis 2023 GGZ; geldig zijn: nieuw, bestaand, geïntegreerd, beschermd wonen, lager tariefpercentage/,
    ],
    [['ZK', 2023, 'GGZ', [['geïntegreerd'], [7]]], '#VALUE!', /kenmerken \(cel 2\) moet tekst zijn/],
    [['ZK', 2023, 'GGZ', 'geïntegreerd, beschermd wonen'], '#VALUE!', /tegenstrijdige kenmerken/],
    [['DSW', 2024, 'VV', 'monitor hoger', 96], '#VALUE!', /vorig_percentage: 96 lijkt een percentage als getal; typ 96% of 0,96/],
    [['DSW', 2024, 'VV', 'monitor hoger'], '#VALUE!', /^vorig_percentage ontbreekt/],
    [['ZK', [[2023, 2024]], 'GGZ'], '#VALUE!', /^jaar moet één cel zijn/],
    [['ZK', 2024, 'GZ'], '#N/A', /geen tariefbeleid van Zilveren Kruis voor 2024 GZ/],
    [['ZK', 2024, 'VV', 'nieuw'], '#N/A', /vul het afgesproken percentage zelf in/],
    [['Z&Z', 2022, 'GGZ'], '#N/A', /WLZ\.FLANKEREND/],
    [['VGZ', 2024, 'VV', 'opslag MPT'], '#N/A', /zonder getal/],
  ])('%j → %s', (args, code, bericht) => {
    const fout = excelFout(() => roepVanuitExcel('TARIEFPERCENTAGE', args as Parameters<typeof roepVanuitExcel>[1]));
    expect(fout.code).toBe(code);
    expect(fout.message).toMatch(bericht);
  });
});

describe('WLZ.RICHTTARIEF', () => {
  it('gives the example of its help text', () => {
    expect(zoekFunctie('RICHTTARIEF')!.voorbeeld).toEqual({ formule: '=WLZ.RICHTTARIEF(2024; "V&V")', uitkomst: '95,5%' });
    expect(functies.RICHTTARIEF(2024, 'V&V')).toBe(0.955);
  });

  it('gives one value for all sectors where there is one, otherwise needs the sector', () => {
    expect(roep('RICHTTARIEF', 2023)).toBe(0.958);
    expect(roep('RICHTTARIEF', '2022', '')).toBe(0.958);
    expect(roep('RICHTTARIEF', 2024, 'vv')).toBe(0.955);
    const fout = excelFout(() => roep('RICHTTARIEF', 2024));
    expect(fout.code).toBe('#VALUE!');
    expect(fout.message).toMatch(/^sector ontbreekt/);
  });

  it.each([
    [[2024, 'GZ'], '#N/A'],
    [[2024, 'GGZ'], '#N/A'],
    [[2019], '#N/A'],
    [[null], '#VALUE!'],
    [['2024,5'], '#VALUE!'],
    [[2024, 'ZZ'], '#VALUE!'],
    [[2024, 5], '#VALUE!'],
  ])('%j → %s', (args, code) => {
    expect(excelFout(() => roepVanuitExcel('RICHTTARIEF', args as Parameters<typeof roepVanuitExcel>[1])).code).toBe(code);
  });
});

describe('WLZ.BRON', () => {
  it('gives the example of its help text: the lookup in one sentence with its source', () => {
    const { formule, uitkomst } = zoekFunctie('BRON')!.voorbeeld;
    expect(formule).toBe('=WLZ.BRON("ZK"; 2023; "GGZ"; "geïntegreerd")');
    expect(functies.BRON('ZK', 2023, 'GGZ', [['geïntegreerd']])).toBe(uitkomst);
    expect(uitkomst).toBe('96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)');
  });

  it('says when a step is "up to" (DSW) and cites confidence (Salland)', () => {
    expect(roep('BRON', 'DSW', 2024, 'V&V', 'monitor lager', 0.96)).toMatch(
      /^95,0% = eigen tariefpercentage 2023 96,0% - 1,0 procentpunt monitor lager .*"maximaal"/,
    );
    expect(roep('BRON', 'Salland', 2024, 'V&V', 'differentiatie -1')).toMatch(/zekerheid middel\)$/);
    expect(roep('BRON', 'Z&Z', 2023, 'V&V')).toMatch(/\(Z&Z Inkoopkader 2022, §2\.3, afgeleid\)$/);
  });

  it('fails the way TARIEFPERCENTAGE fails', () => {
    expect(excelFout(() => roep('BRON', 'ZK', 2023)).message).toBe('sector ontbreekt');
    expect(excelFout(() => roep('BRON', 'ZK', 2024, 'V&V', 'nieuw')).code).toBe('#N/A');
    expect(excelFout(() => roep('BRON', 'CZ', 2024, 'V&V', 'robotica')).message).toMatch(/geldig zijn: nieuw, bestaand, technologie/);
  });
});

describe('WLZ.VERGELIJK', () => {
  it('gives the example of its help text: 2024 V&V new providers, seven rows under a header', () => {
    expect(zoekFunctie('VERGELIJK')!.voorbeeld.formule).toBe('=WLZ.VERGELIJK(2024; "V&V"; "nieuw")');
    const tabel = functies.VERGELIJK(2024, 'V&V', [['nieuw']]);
    expect(tabel[0]).toEqual(['Zorgkantoor', 'Percentage', 'Toelichting']);
    expect(tabel.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Zilveren Kruis', ''],
      ['VGZ', ''],
      ['Menzis', 0.935],
      ['CZ', 0.935],
      ['Salland', ''],
      ['DSW', 0.91],
      ['Zorg en Zekerheid', ''],
    ]);
    for (const rij of tabel) expect(typeof rij[2]).toBe('string');
  });

  it('2024 V&V without kenmerken: seven rows, no null anywhere', () => {
    const tabel = roep('VERGELIJK', 2024, 'VV') as unknown[][];
    expect(tabel).toHaveLength(8);
    expect(tabel.flat().every((c) => c !== null && c !== undefined)).toBe(true);
  });

  it('kenmerken that do not apply at a zorgkantoor are named in its toelichting', () => {
    const tabel = roep('VERGELIJK', 2024, 'V&V', [['technologie'], [null], ['monitor hoger']]) as unknown[][];
    const cz = tabel.find((r) => r[0] === 'CZ')!;
    expect(cz[1]).toBe(0.956);
    expect(cz[2]).toMatch(/Niet van toepassing bij CZ: "monitor hoger"/);
  });

  it.each([
    [[2024, 'V&V', 'robotica'], '#VALUE!', /onbekend kenmerk "robotica" voor 2024 V&V/],
    [[2024, 'V&V', 'nieuw; bestaand'], '#VALUE!', /tegenstrijdige kenmerken/],
    [[2024, null], '#VALUE!', /^sector ontbreekt$/],
    [[null, 'V&V'], '#VALUE!', /^jaar ontbreekt$/],
    [[2024, 'GGZ'], '#N/A', /geen tariefbeleid/],
    [[1999, 'V&V'], '#VALUE!', /jaar moet een geheel getal van 2000 tot en met 2100 zijn/],
  ])('%j → %s', (args, code, bericht) => {
    const fout = excelFout(() => roepVanuitExcel('VERGELIJK', args as Parameters<typeof roepVanuitExcel>[1]));
    expect(fout.code).toBe(code);
    expect(fout.message).toMatch(bericht);
  });
});
