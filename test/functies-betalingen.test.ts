import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { betalingenFuncties } from '../core/functies/betalingen';
import { leesGetalTekst } from '../core/invoer';
import { excelFout } from './vang';

const roep = (naam: string, ...args: unknown[]) => roepVanuitExcel(naam, args as never);
const fout = (naam: string, ...args: unknown[]) => excelFout(() => roep(naam, ...args));
const kolom = (...cellen: unknown[]) => cellen.map((c) => [c]);

describe('the worked examples in the help are true', () => {
  /** "=WLZ.X(105000,01; 100000)" → ["105000,01", "100000"]: Dutch text, which the functions read as typed. */
  const argumenten = (formule: string) =>
    formule
      .slice(formule.indexOf('(') + 1, formule.lastIndexOf(')'))
      .split(';')
      .map((a) => a.trim());

  it.each(betalingenFuncties.filter((f) => f.resultaat === 'getal').map((f) => [f.naam, f] as const))('%s', (naam, f) => {
    expect(f.voorbeeld.formule.startsWith(`=WLZ.${naam}(`)).toBe(true);
    expect(roep(naam, ...argumenten(f.voorbeeld.formule))).toBe(leesGetalTekst(f.voorbeeld.uitkomst)?.getal.toNumber());
  });

  it('BETAALSCHEMA', () => {
    const f = betalingenFuncties.find((g) => g.naam === 'BETAALSCHEMA')!;
    expect(f.voorbeeld.formule).toBe('=WLZ.BETAALSCHEMA(30000)');
    const tabel = roep('BETAALSCHEMA', 30000) as unknown[][];
    expect(tabel).toHaveLength(13);
    expect(tabel.slice(1, 4)).toEqual([
      [1, 2500, 0, 0],
      [2, 5000, 0, 0],
      [3, 7500, 7500, 7500],
    ]);
    expect(f.voorbeeld.uitkomst).toMatch(/maand 3: doel 7\.500,00, mutatie 7\.500,00, betaald na mutatie 7\.500,00/);
  });

  it('registers the five functions under their names in docs/contract.md §4', () => {
    expect(betalingenFuncties.map((f) => f.naam)).toEqual([
      'VOORSCHOTBASIS',
      'BETAALMUTATIE',
      'BETAALSCHEMA',
      'NIEUWEAANBIEDER',
      'AW319VOORSCHOT',
    ]);
  });
});

describe('WLZ.BETAALMUTATIE', () => {
  it('pays or withholds only above € 5.000 (CZ GGZ 2023, Bijlage 1), both sides, to the cent', () => {
    expect(functies.BETAALMUTATIE(105000, 100000)).toBe(0);
    expect(functies.BETAALMUTATIE(105000.01, 100000)).toBe(5000.01);
    expect(roep('BETAALMUTATIE', 95000, 100000)).toBe(0);
    expect(roep('BETAALMUTATIE', 94999.99, 100000)).toBe(-5000.01);
  });

  it('takes an optional drempel; empty means € 5.000', () => {
    expect(roep('BETAALMUTATIE', 3000, 0, 2500)).toBe(3000);
    expect(roep('BETAALMUTATIE', 3000, 0, 0)).toBe(3000);
    for (const leeg of [null, '', undefined]) expect(roep('BETAALMUTATIE', 3000, 0, leeg)).toBe(0);
  });

  it('reads Dutch text numbers', () => {
    expect(roep('BETAALMUTATIE', '105.000,01', '€ 100.000')).toBe(5000.01);
    expect(roep('BETAALMUTATIE', '1.234,56', 0, '1.000')).toBe(1234.56);
  });

  it('refuses bad input with a Dutch message', () => {
    expect(fout('BETAALMUTATIE', null, 100).message).toBe('doel ontbreekt');
    expect(fout('BETAALMUTATIE', 100, '').message).toBe('betaald ontbreekt');
    expect(fout('BETAALMUTATIE', true, 100).message).toBe('doel moet een getal zijn, geen WAAR');
    expect(fout('BETAALMUTATIE', '12.5', 100).message).toMatch(/^doel: de tekst "12.5" is geen getal/);
    expect(fout('BETAALMUTATIE', 100, 'veel').message).toMatch(/^betaald: de tekst "veel" is geen getal/);
    expect(fout('BETAALMUTATIE', -1, 100).message).toMatch(/^doel mag niet negatief zijn/);
    expect(fout('BETAALMUTATIE', 100, 0, -5000).message).toMatch(/^drempel mag niet negatief zijn/);
    expect(fout('BETAALMUTATIE', [[1, 2]], 0).message).toBe('doel moet één cel zijn, niet een bereik van 1×2');
    expect(fout('BETAALMUTATIE', 1, 0, 5000, 4).message).toMatch(/hoogstens 3 argumenten/);
    expect(fout('BETAALMUTATIE', null, 100).code).toBe('#VALUE!');
  });
});

describe('WLZ.BETAALSCHEMA', () => {
  const KOP = ['Maand', 'Cumulatief doel', 'Mutatie', 'Betaald na mutatie'];

  it('spills a header and 12 months for one jaarbasis', () => {
    const tabel = functies.BETAALSCHEMA(1000000 as never);
    expect(tabel[0]).toEqual(KOP);
    // 1.000.000 × m / 12 rounded to cents; the mutations move by the rounding remainder
    expect(tabel.slice(1, 4)).toEqual([
      [1, 83333.33, 83333.33, 83333.33],
      [2, 166666.67, 83333.34, 166666.67],
      [3, 250000, 83333.33, 250000],
    ]);
    expect(tabel[12]).toEqual([12, 1000000, 83333.33, 1000000]);
  });

  it('takes a column of 15 bases (CZ Tabel 2: January up to March of the next year), the target capped at the full year', () => {
    // months 1–12 at 120.000 → +10.000 a month; 13: 124.000 → 4.000 not executed; 14: 126.000 → 6.000 paid
    const bases = [...Array(12).fill(120000), 124000, 126000, 126000];
    const tabel = roep('BETAALSCHEMA', kolom(...bases)) as unknown[][];
    expect(tabel).toHaveLength(16);
    expect(tabel.slice(12)).toEqual([
      [12, 120000, 10000, 120000],
      [13, 124000, 0, 120000],
      [14, 126000, 6000, 126000],
      [15, 126000, 0, 126000],
    ]);
  });

  it('takes a row of 12 bases, with Dutch text amounts', () => {
    const tabel = roep('BETAALSCHEMA', [[...Array(11).fill('120.000,00'), '132.000']]) as unknown[][];
    // month 12: 132.000 × 12 / 12 = 132.000; paid 110.000 → 22.000
    expect(tabel[12]).toEqual([12, 132000, 22000, 132000]);
  });

  it('starts from what was already paid and withholds when that is too much', () => {
    const tabel = roep('BETAALSCHEMA', 120000, 50000) as unknown[][];
    expect(tabel[1]).toEqual([1, 10000, -40000, 10000]);
    expect(tabel[2]).toEqual([2, 20000, 10000, 20000]);
  });

  it('takes another drempel', () => {
    // drempel 2.000: 2.500 a month is paid every month
    const tabel = roep('BETAALSCHEMA', 30000, 0, 2000) as unknown[][];
    expect(tabel[1]).toEqual([1, 2500, 2500, 2500]);
  });

  it('skips months whose cell is empty (null, "" or the 0 desktop Excel sends), with "" cells, never null', () => {
    const bases = [120000, 120000, 120000, null, '', 0, ...Array(9).fill(null)];
    const tabel = roep('BETAALSCHEMA', kolom(...bases)) as unknown[][];
    expect(tabel).toHaveLength(16);
    expect(tabel[3]).toEqual([3, 30000, 10000, 30000]);
    for (const m of [4, 5, 6, 15]) expect(tabel[m]).toEqual([m, '', '', '']);
    expect(tabel.flat().every((c) => c !== null && c !== undefined)).toBe(true);
  });

  it('refuses ranges of a wrong size or shape, naming the size', () => {
    expect(fout('BETAALSCHEMA', kolom(...Array(13).fill(1))).message).toMatch(
      /^jaarbasis heeft 13 cellen; geef één bedrag of een rij of kolom van 12 cellen/,
    );
    expect(fout('BETAALSCHEMA', [[1, 2]]).message).toMatch(/^jaarbasis heeft 2 cellen/);
    expect(
      fout(
        'BETAALSCHEMA',
        Array.from({ length: 6 }, () => [1, 2]),
      ).message,
    ).toBe('jaarbasis moet één bedrag zijn of één rij of kolom met een basis per maand, geen bereik van 6×2');
  });

  // Speed is the bench's to measure (ratios in one run); here only that a huge range gets its message.
  it('refuses a huge range with its size', () => {
    const groot = Array.from({ length: 1_000_000 }, () => [1]);
    expect(fout('BETAALSCHEMA', groot).message).toMatch(/^jaarbasis heeft 1000000 cellen/);
  });

  it('refuses bad cells and bad scalars with a Dutch message', () => {
    expect(fout('BETAALSCHEMA', null).message).toBe('jaarbasis ontbreekt');
    expect(fout('BETAALSCHEMA', kolom(...Array(12).fill(null))).message).toBe('jaarbasis ontbreekt: geen enkele maand heeft een basis');
    expect(fout('BETAALSCHEMA', kolom(...Array(12).fill(0))).message).toBe('jaarbasis ontbreekt: geen enkele maand heeft een basis');
    expect(fout('BETAALSCHEMA', true).message).toBe('jaarbasis moet een getal zijn, geen WAAR');
    expect(fout('BETAALSCHEMA', kolom(1, 1, 'abc', ...Array(9).fill(1))).message).toMatch(
      /^jaarbasis \(cel 3\): de tekst "abc" is geen getal/,
    );
    expect(fout('BETAALSCHEMA', kolom(1, 1, false, ...Array(9).fill(1))).message).toBe(
      'jaarbasis (cel 3) moet een getal zijn, geen ONWAAR',
    );
    expect(fout('BETAALSCHEMA', kolom(1, -1, ...Array(10).fill(1))).message).toMatch(/^jaarbasis \(cel 2\) mag niet negatief zijn/);
    expect(fout('BETAALSCHEMA', 1000, -1).message).toMatch(/^betaald mag niet negatief zijn/);
    expect(fout('BETAALSCHEMA', 1000, 0, 'vijfduizend').message).toMatch(/^drempel: de tekst "vijfduizend" is geen getal/);
    expect(fout('BETAALSCHEMA', [[1, 2], [3]]).message).toBe('jaarbasis: alle rijen van het bereik moeten even lang zijn');
  });
});

describe('WLZ.VOORSCHOTBASIS', () => {
  // initieel 1.200.000, herschikt 1.100.000, definitief 1.150.000, onderproductie 20.000
  it.each([
    [1, 1200000],
    [4, 1200000],
    [5, 1080000],
    [10, 1080000],
    [11, 1130000],
    [15, 1130000],
  ])('maand %i → %d (CZ GGZ 2023, Bijlage 1, tabel 2)', (maand, verwacht) => {
    expect(roep('VOORSCHOTBASIS', maand, 1200000, 1100000, 1150000, 20000)).toBe(verwacht);
  });

  it('lets the not-yet-known agreements stay empty, and onderproductie default to 0', () => {
    expect(functies.VOORSCHOTBASIS(2, 500000.5, null, null)).toBe(500000.5);
    expect(roep('VOORSCHOTBASIS', 7, '', '1.100.000', '')).toBe(1100000);
    expect(roep('VOORSCHOTBASIS', '13', null, null, '1.150.000,55', '150,55')).toBe(1149850);
  });

  it('names the agreement the month needs when it is empty', () => {
    expect(fout('VOORSCHOTBASIS', 6, 1200000, null, 1150000).message).toBe(
      'herschikt ontbreekt: in maand 6 is de voorschotbasis de actuele herschikte productieafspraak minus de verwachte onderproductie (CZ GGZ 2023, Bijlage 1, tabel 2)',
    );
    expect(fout('VOORSCHOTBASIS', 12, 1, 1, '').message).toMatch(/^definitief ontbreekt: in maand 12/);
    expect(fout('VOORSCHOTBASIS', 3, null, 1, 1).message).toMatch(/^initieel_bruto ontbreekt: in maand 3/);
  });

  it('refuses a bad maand', () => {
    expect(fout('VOORSCHOTBASIS', null, 1, 1, 1).message).toBe('maand ontbreekt');
    expect(fout('VOORSCHOTBASIS', 16, 1, 1, 1).message).toBe('maand moet een geheel getal van 1 tot en met 15 zijn, niet 16');
    expect(fout('VOORSCHOTBASIS', 2.5, 1, 1, 1).message).toBe('maand moet een geheel getal van 1 tot en met 15 zijn, niet 2,5');
    expect(fout('VOORSCHOTBASIS', 0, 1, 1, 1).message).toMatch(/niet 0$/);
    expect(fout('VOORSCHOTBASIS', 'mei', 1, 1, 1).message).toMatch(/^maand: de tekst "mei" is geen getal/);
  });

  it('refuses bad amounts, also in an agreement the month does not use', () => {
    expect(fout('VOORSCHOTBASIS', 2, 1000, 'x', null).message).toMatch(/^herschikt: de tekst "x" is geen getal/);
    expect(fout('VOORSCHOTBASIS', 2, true, null, null).message).toBe('initieel_bruto moet een getal zijn, geen WAAR');
    expect(fout('VOORSCHOTBASIS', 8, null, -5, null).message).toMatch(/^herschikt mag niet negatief zijn/);
    expect(fout('VOORSCHOTBASIS', 8, null, 100, null, -1).message).toMatch(/^onderproductie mag niet negatief zijn/);
    expect(fout('VOORSCHOTBASIS', 8, null, [[100, 200]], null).message).toBe('herschikt moet één cel zijn, niet een bereik van 1×2');
  });

  it('refuses underproduction above the agreement instead of a negative basis', () => {
    expect(roep('VOORSCHOTBASIS', 8, null, 100, null, 100)).toBe(0);
    expect(fout('VOORSCHOTBASIS', 8, null, 100, null, 100.01).message).toBe(
      'onderproductie (€ 100,01) is groter dan herschikt (€ 100,00); de verwachte onderproductie is het tekort op die productieafspraak',
    );
  });
});

describe('WLZ.NIEUWEAANBIEDER', () => {
  it('pays the realisation up to what is left of the agreement (CZ GGZ 2023, Bijlage 1)', () => {
    expect(functies.NIEUWEAANBIEDER(45678.9, 600000, 100000)).toBe(45678.9);
    expect(roep('NIEUWEAANBIEDER', 45678.9, 600000, 580000)).toBe(20000);
    expect(roep('NIEUWEAANBIEDER', 45678.9, 600000, 650000)).toBe(0);
    expect(roep('NIEUWEAANBIEDER', '1.234,565', '600.000', 0)).toBe(1234.57);
  });

  it('refuses bad input', () => {
    expect(fout('NIEUWEAANBIEDER', null, 1, 1).message).toBe('realisatie ontbreekt');
    expect(fout('NIEUWEAANBIEDER', 1, '', 1).message).toBe('afspraak ontbreekt');
    expect(fout('NIEUWEAANBIEDER', 1, 1).message).toBe('betaald ontbreekt');
    expect(fout('NIEUWEAANBIEDER', 1, false, 1).message).toBe('afspraak moet een getal zijn, geen ONWAAR');
    expect(fout('NIEUWEAANBIEDER', -1, 1, 1).message).toMatch(/^realisatie mag niet negatief zijn/);
    expect(fout('NIEUWEAANBIEDER', '1,234.56', 1, 1).message).toMatch(/^realisatie: de tekst "1,234.56" is geen getal/);
  });
});

describe('WLZ.AW319VOORSCHOT', () => {
  it('applies the bevoorschottingspercentage to regular care only (Z&Z Inkoopkader 2022, §3.1)', () => {
    expect(functies.AW319VOORSCHOT(250000, 12000, 0.95)).toBe(249500);
    expect(roep('AW319VOORSCHOT', 250000, 12000)).toBe(262000);
    expect(roep('AW319VOORSCHOT', 250000, 12000, null)).toBe(262000);
    expect(roep('AW319VOORSCHOT', '1.234,56', '0', '95,8%')).toBe(1182.71);
  });

  it('refuses a percentage typed as a number, and other bad input', () => {
    expect(fout('AW319VOORSCHOT', 1000, 0, 95.8).message).toBe(
      'bevoorschottingspercentage: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
    expect(fout('AW319VOORSCHOT', 1000, 0, 0).message).toMatch(/^bevoorschottingspercentage moet groter dan 0% en hoogstens 100% liggen/);
    expect(fout('AW319VOORSCHOT', 1000, null).message).toBe('crisis ontbreekt');
    expect(fout('AW319VOORSCHOT', '', 0).message).toBe('regulier ontbreekt');
    expect(fout('AW319VOORSCHOT', 1000, true).message).toBe('crisis moet een getal zijn, geen WAAR');
    expect(fout('AW319VOORSCHOT', -1000, 0).message).toMatch(/^regulier mag niet negatief zijn/);
    expect(fout('AW319VOORSCHOT', [[1], [2]], 0).message).toBe('regulier moet één cel zijn, niet een bereik van 2×1');
  });
});
