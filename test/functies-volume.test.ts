import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { alleFuncties } from '../core/functies';
import { volumeFuncties } from '../core/functies/volume';
import { leesGetalTekst } from '../core/invoer';
import { nederlandseEngine, registreerWlz } from './hyperformula-wlz';
import { excelFout } from './vang';

const roep = (naam: string, ...args: unknown[]) => roepVanuitExcel(naam, args as never);
const fout = (naam: string, ...args: unknown[]) => excelFout(() => roep(naam, ...args));
const kolom = (...cellen: unknown[]) => cellen.map((c) => [c]);
const herhaal = (n: number, cel: unknown) => Array.from({ length: n }, () => [cel]);

describe('the worked examples in the help are true', () => {
  // Evaluated by a formula engine with the Dutch separators (";" between arguments and between the
  // rows of an array constant, "," as decimal sign), so the formula text itself is checked as typed.
  registreerWlz(alleFuncties);
  const hf = nederlandseEngine();
  const blad = hf.getSheetId(hf.addSheet('voorbeelden'))!;

  it.each(volumeFuncties.map((f) => [f.naam, f] as const))('%s', (naam, f) => {
    expect(f.voorbeeld.formule.startsWith(`=WLZ.${naam}(`)).toBe(true);
    hf.setCellContents({ sheet: blad, row: 0, col: 0 }, f.voorbeeld.formule);
    expect(hf.getCellValue({ sheet: blad, row: 0, col: 0 })).toBe(leesGetalTekst(f.voorbeeld.uitkomst)?.getal.toNumber());
  });
});

describe('GEWOGENGEMIDDELDE and FLANKEREND: the Z&Z example', () => {
  it('96,6 % weighted average → proposal 96,1 %', () => {
    // (97% × 6000 + 96% × 4000) / 10000 = 96,6%; NHC line left out
    const w = functies.GEWOGENGEMIDDELDE(kolom(0.97, 0.96, 1), kolom(6000, 4000, 2500), kolom('zorg', 'zorg', 'NHC'));
    expect(w).toBe(0.966);
    expect(functies.FLANKEREND(w)).toBe(0.961);
  });

  it('FLANKEREND: W ≤ doel returns W; W − 0,5 below the doel returns the doel', () => {
    expect(roep('FLANKEREND', 0.95)).toBe(0.95);
    expect(roep('FLANKEREND', 0.96)).toBe(0.958);
    expect(roep('FLANKEREND', '96,6%', '95,5%', '1%')).toBe(0.956);
    expect(roep('FLANKEREND', 0.966, null, null)).toBe(0.961);
  });

  it('returns the exact quotient as the nearest number', () => {
    expect(roep('GEWOGENGEMIDDELDE', kolom(0.958, 0.966, 1, 0.95), kolom(100.01, 200.02, 300.03, 400.04))).toBe(0.969);
    expect(roep('GEWOGENGEMIDDELDE', kolom(0.96, 0.96, 0.98), kolom(1000, -200, 1000))).toBe(1748 / 1800);
  });

  it('bad input: a clear Dutch #VALUE!, #DIV/0! only for a zero total', () => {
    expect(fout('GEWOGENGEMIDDELDE', kolom(0.96, 95.8), kolom(1000, 500)).message).toBe(
      'percentages (cel 2): 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
    expect(fout('GEWOGENGEMIDDELDE', kolom(0.96, 0.97), kolom(1000, 500, 3)).message).toBe(
      'bedragen (3×1 cellen) en percentages (2×1 cellen) moeten even groot zijn',
    );
    expect(fout('GEWOGENGEMIDDELDE', kolom(0.96), null).message).toBe('bedragen ontbreekt');
    expect(fout('GEWOGENGEMIDDELDE', kolom(0.96), kolom(true)).message).toMatch(/bedragen \(cel 1\) moet een getal zijn/);
    expect(fout('GEWOGENGEMIDDELDE', kolom(0.96, null), kolom(1000, 500)).message).toBe(
      'percentages (cel 2) is leeg of 0, maar bedragen (cel 2) is gevuld',
    );
    expect(roep('GEWOGENGEMIDDELDE', kolom('96,5%'), kolom('1.234,56'))).toBe(0.965);
    const nul = fout('GEWOGENGEMIDDELDE', kolom(0.96, 0.97), kolom(100, -100));
    expect(nul.code).toBe('#DIV/0!');
    expect(nul.message).toBe('');
  });

  it('FLANKEREND bad input', () => {
    expect(fout('FLANKEREND', 96.6).message).toBe('gewogen: 96,6 lijkt een percentage als getal; typ 96,6% of 0,966');
    expect(fout('FLANKEREND', null).message).toBe('gewogen ontbreekt');
    expect(fout('FLANKEREND', true).message).toMatch(/gewogen moet een getal zijn, geen WAAR/);
    expect(fout('FLANKEREND', 'hoog').message).toMatch(/gewogen: de tekst "hoog" is geen getal/);
    expect(fout('FLANKEREND', [[0.96, 0.97]]).message).toMatch(/gewogen moet één cel zijn/);
    expect(fout('FLANKEREND', 0.97, 0.958, 0.5).message).toBe(
      'max_daling: 0,5 betekent 50 procentpunt; typ 0,5% voor 0,5 procentpunt (hoogstens 10 procentpunt)',
    );
    expect(fout('FLANKEREND', 0.97, 95.8).message).toBe('doel: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958');
  });

  it('a 200.000-cell range', () => {
    // 100.000 lines at 97 % and 100.000 at 96 %, all € 10,00: W = 96,5 %
    const p = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 200 }, () => (r % 2 ? 0.96 : 0.97)));
    const b = Array.from({ length: 1000 }, () => Array.from({ length: 200 }, () => 10));
    expect(roep('GEWOGENGEMIDDELDE', p, b)).toBe(0.965);
  });
});

describe('VOLUMEBOD (CZ GGZ 2023 §6.3)', () => {
  it('95 % for ZZP, VPT, DTV; 90 % for MPT; soort in any case', () => {
    expect(roep('VOLUMEBOD', 1000, 'zzp')).toBe(950);
    expect(roep('VOLUMEBOD', 1000, 'VPT')).toBe(950);
    expect(roep('VOLUMEBOD', 1000, 'Dtv')).toBe(950);
    expect(roep('VOLUMEBOD', 1000, 'MPT')).toBe(900);
    // (1.000 − 20 + 5) × 95% = 935,75; empty correction cells are ignored
    expect(roep('VOLUMEBOD', '1.000', 'ZZP', kolom(-20, null, '5', ''))).toBe(935.75);
    expect(roep('VOLUMEBOD', 1000, 'ZZP', -20)).toBe(931);
  });

  it('an explicit factor overrides; no published factor → #N/A', () => {
    expect(roep('VOLUMEBOD', 1000, 'MPT', null, '97%')).toBe(970);
    expect(roep('VOLUMEBOD', 100, 'logeren', null, 0.9)).toBe(90);
    const f = fout('VOLUMEBOD', 100, 'Meerzorg');
    expect(f.code).toBe('#N/A');
    expect(f.message).toBe(
      'geen factor gepubliceerd voor meerzorg (CZ GGZ 2023, §6.3 noemt alleen ZZP, VPT, DTV en MPT); geef de factor op',
    );
  });

  it('bad input', () => {
    expect(fout('VOLUMEBOD', 100, 'GGZ-B').message).toBe(
      'soort: "GGZ-B" is geen soort prestatie; kies uit ZZP, VPT, MPT, DTV, logeren, toeslag, meerzorg',
    );
    expect(fout('VOLUMEBOD', 100, null).message).toBe('soort ontbreekt');
    expect(fout('VOLUMEBOD', null, 'ZZP').message).toBe('herschikt ontbreekt');
    expect(fout('VOLUMEBOD', -5, 'ZZP').message).toMatch(/herschikt mag niet negatief zijn/);
    expect(fout('VOLUMEBOD', 100, 'ZZP', null, 95).message).toBe('factor: 95 lijkt een percentage als getal; typ 95% of 0,95');
    expect(fout('VOLUMEBOD', 100, 'ZZP', kolom(1, 'x')).message).toMatch(/correcties \(cel 2\): de tekst "x" is geen getal/);
    expect(fout('VOLUMEBOD', 100, 'ZZP', -101).message).toMatch(/herschikt plus correcties is -1/);
  });

  it('a 200.000-cell correcties range', () => {
    // 100.000 × (+1) and 100.000 × (−1): (1.000 + 0) × 95% = 950
    expect(
      roep(
        'VOLUMEBOD',
        1000,
        'ZZP',
        Array.from({ length: 200_000 }, (_, i) => [i % 2 ? 1 : -1]),
      ),
    ).toBe(950);
  });
});

describe('OMZET', () => {
  it('3 × 1,115 = 3,345 → 3,35 (floats give 3,34)', () => {
    expect(roep('OMZET', 3, 1.115)).toBe(3.35);
    expect(roep('OMZET', kolom(3, 10, null), kolom(1.115, 198.55, null))).toBe(1988.85);
  });

  it('bad input', () => {
    expect(fout('OMZET', kolom(1, 2), kolom(1, 2, 3)).message).toBe('volumes (2×1 cellen) en tarieven (3×1 cellen) moeten even groot zijn');
    expect(fout('OMZET', kolom(1, 2), kolom(1, '')).message).toBe('tarieven (cel 2) is leeg of 0, maar volumes (cel 2) is gevuld');
    expect(fout('OMZET', null, kolom(1)).message).toBe('volumes ontbreekt');
    expect(fout('OMZET', kolom(false), kolom(1)).message).toMatch(/volumes \(cel 1\) moet een getal zijn, geen ONWAAR/);
    expect(roep('OMZET', kolom('3'), kolom('€ 1,115'))).toBe(3.35);
  });

  it('a 200.000-cell range', () => {
    // 200.000 × round(3 × 1,115) = 200.000 × 3,35
    expect(roep('OMZET', herhaal(200_000, 3), herhaal(200_000, 1.115))).toBe(670000);
  });
});

describe('STIMULERINGSBUDGET (CZ GGZ 2023 §6.2)', () => {
  it('0,2 % over the lines that are not VPT, DTV or logeren', () => {
    // ZZP 198.550,00 + MPT 6.000,00 = 204.550,00 × 0,2% = 409,10
    expect(roep('STIMULERINGSBUDGET', kolom(1000, 200, 50), kolom(198.55, 150, 120), kolom('ZZP', 'VPT', 'MPT'))).toBe(409.1);
    expect(roep('STIMULERINGSBUDGET', kolom(1000, 200), kolom(198.55, 150), kolom('zzp', 'logeren'), '0,5%')).toBe(992.75);
  });

  it('bad input', () => {
    expect(fout('STIMULERINGSBUDGET', kolom(1), kolom(10), kolom('ZZP'), 0.2).message).toBe(
      'percentage: 0,2 betekent 20 procent; typ 0,2% voor 0,2 procent (hoogstens 10 procent)',
    );
    expect(fout('STIMULERINGSBUDGET', kolom(1), kolom(10), kolom('ZZP'), 20).message).toBe(
      'percentage: 20 lijkt een percentage als getal; typ 20% of 0,2',
    );
    expect(fout('STIMULERINGSBUDGET', kolom(1), kolom(10), kolom('GGZ')).message).toMatch(
      /soorten \(cel 1\): "GGZ" is geen soort prestatie/,
    );
    expect(fout('STIMULERINGSBUDGET', kolom(1, 2), kolom(10, 2), kolom('ZZP')).message).toBe(
      'volumes (2×1 cellen) en soorten (1×1 cellen) moeten even groot zijn',
    );
    expect(fout('STIMULERINGSBUDGET', kolom(1), kolom(10), null).message).toBe('soorten ontbreekt');
  });

  it('a 200.000-cell range', () => {
    // half ZZP, half VPT, each 1 × 100,00: base 100.000 × 100 = 10.000.000 × 0,2% = 20.000
    const soorten = Array.from({ length: 200_000 }, (_, i) => [i % 2 ? 'VPT' : 'ZZP']);
    expect(roep('STIMULERINGSBUDGET', herhaal(200_000, 1), herhaal(200_000, 100), soorten)).toBe(20000);
  });
});

describe('COMFORTVOLUME, EXTRAPOLEER, RESERVERING, BEHANDELINGPLAFOND', () => {
  it('COMFORTVOLUME: 90 % of last year, not rounded', () => {
    expect(roep('COMFORTVOLUME', 333)).toBe(299.7);
    expect(roep('COMFORTVOLUME', '1.000', '85%')).toBe(850);
    expect(fout('COMFORTVOLUME', 1000, 90).message).toBe('percentage: 90 lijkt een percentage als getal; typ 90% of 0,9');
    expect(fout('COMFORTVOLUME', null).message).toBe('herschikt_vorig_jaar ontbreekt');
    expect(fout('COMFORTVOLUME', kolom(1, 2)).message).toMatch(/herschikt_vorig_jaar moet één cel zijn/);
  });

  it('EXTRAPOLEER', () => {
    expect(roep('EXTRAPOLEER', 7000, 7)).toBe(12000);
    expect(roep('EXTRAPOLEER', 100, 7)).toBe(1200 / 7);
    expect(roep('EXTRAPOLEER', '1.000', 10, 15)).toBe(1500);
    expect(fout('EXTRAPOLEER', 100, 0).message).toMatch(/maanden moet een geheel getal van 1 tot en met 24 zijn/);
    expect(fout('EXTRAPOLEER', 100, 7.5).message).toMatch(/maanden moet een geheel getal/);
    expect(fout('EXTRAPOLEER', 100, 13).message).toBe('maanden (13) kan niet meer zijn dan jaarmaanden (12)');
    expect(fout('EXTRAPOLEER', 100, null).message).toBe('maanden ontbreekt');
    expect(fout('EXTRAPOLEER', 'veel', 7).message).toMatch(/realisatie: de tekst "veel" is geen getal/);
  });

  it('RESERVERING: 0,2 % + 0,2 % by default, each rounded', () => {
    expect(roep('RESERVERING', 1234567.89)).toBe(4938.28);
    expect(roep('RESERVERING', '1.234.567,89', '0,2%')).toBe(2469.14);
    expect(roep('RESERVERING', 1_000_000, kolom(0.001, null, '0,25%', 0.005))).toBe(8500);
    expect(fout('RESERVERING', 1_000_000, 0.2).message).toBe(
      'percentages: 0,2 betekent 20 procent; typ 0,2% voor 0,2 procent (hoogstens 10 procent)',
    );
    expect(fout('RESERVERING', 1_000_000, kolom(0.002, 2)).message).toBe(
      'percentages (cel 2): 2 lijkt een percentage als getal; typ 2% of 0,02',
    );
    expect(fout('RESERVERING', -5).message).toMatch(/contracteerruimte mag niet negatief zijn/);
    expect(fout('RESERVERING', null).message).toBe('contracteerruimte ontbreekt');
  });

  it('RESERVERING over a 200.000-cell range of percentages', () => {
    // 200.000 × round(1.000.000 × 0,00001%) = 200.000 × 0,10
    expect(roep('RESERVERING', 1_000_000, herhaal(200_000, 0.0000001))).toBe(20000);
  });

  it('BEHANDELINGPLAFOND', () => {
    expect(roep('BEHANDELINGPLAFOND', 250.4, 190.15)).toBe(21991.25);
    expect(roep('BEHANDELINGPLAFOND', '250,40', '190,15', 366)).toBe(22051.5);
    expect(fout('BEHANDELINGPLAFOND', 190, 250).message).toMatch(/vpt_inclusief is lager dan vpt_exclusief/);
    expect(fout('BEHANDELINGPLAFOND', 250, null).message).toBe('vpt_exclusief ontbreekt');
    expect(fout('BEHANDELINGPLAFOND', 250, 190, 400).message).toMatch(/dagen moet een geheel getal van 1 tot en met 366 zijn/);
    expect(fout('BEHANDELINGPLAFOND', true, 190).message).toMatch(/vpt_inclusief moet een getal zijn, geen WAAR/);
  });
});

describe('a 200.000-cell range where one cell is expected', () => {
  const groot = herhaal(200_000, 1);
  it.each([
    ['FLANKEREND', [groot], 'gewogen'],
    ['VOLUMEBOD', [groot, 'ZZP'], 'herschikt'],
    ['COMFORTVOLUME', [groot], 'herschikt_vorig_jaar'],
    ['EXTRAPOLEER', [100, groot], 'maanden'],
    ['RESERVERING', [groot], 'contracteerruimte'],
    ['BEHANDELINGPLAFOND', [250, groot], 'vpt_exclusief'],
  ])('%s names the parameter', (naam, args, parameter) => {
    const f = fout(naam as string, ...(args as unknown[]));
    expect(f.code).toBe('#VALUE!');
    expect(f.message).toBe(`${parameter} moet één cel zijn, niet een bereik van 200000×1`);
  });

  it('COMFORTVOLUME refuses a boolean', () => {
    expect(fout('COMFORTVOLUME', true).message).toMatch(/herschikt_vorig_jaar moet een getal zijn, geen WAAR/);
    expect(fout('VOLUMEBOD', 100, 5).message).toBe('soort moet tekst zijn, geen 5');
  });
});
