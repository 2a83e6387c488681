import { roepVanuitExcel } from '../addin/functions/excel';
import * as functies from '../addin/functions/functions';
import { zoekFunctie } from '../core/functies';
import { toonDatum, uitSerienummer } from '../core/datum';
import type { Argument } from '../core/invoer';
import { excelFout } from './vang';

const roep = (naam: string, ...args: Argument[]) => roepVanuitExcel(naam, args);
/** A date result as the user sees it once the cell is formatted as a date. */
const alsDatum = (serie: unknown) => toonDatum(uitSerienummer(serie as number, 'uitkomst'));

function verwachtFout(naam: string, args: Argument[], code: string, bericht: string | RegExp) {
  const fout = excelFout(() => roepVanuitExcel(naam, args));
  expect(fout.code).toBe(code);
  if (typeof bericht === 'string') expect(fout.message).toBe(bericht);
  else expect(fout.message).toMatch(bericht);
}

describe('WLZ.DECLARATIEDEADLINE', () => {
  it('returns the 17th working day of the next month as an Excel serial number', () => {
    // January 2023 → do 23-2-2023 = serial 44927 + 31 + 22 = 44980 (derivation in core/declaratie.test.ts)
    expect(functies.DECLARATIEDEADLINE('31-1-2023')).toBe(44980);
    expect(alsDatum(functies.DECLARATIEDEADLINE(44927))).toBe('23-2-2023');
    expect(alsDatum(roep('DECLARATIEDEADLINE', '2023-03-15'))).toBe('26-4-2023');
    expect(alsDatum(roep('DECLARATIEDEADLINE', '12-2023'))).toBe('24-1-2024');
    expect(alsDatum(roep('DECLARATIEDEADLINE', '2025-04'))).toBe('26-5-2025');
    // 45000,75 = 15-3-2023 18:00 (1-3-2023 = 44986, + 14): a 1×1 range with a time of day
    expect(alsDatum(roep('DECLARATIEDEADLINE', [[45000.75]]))).toBe('26-4-2023');
  });

  it('refuses bad input with a Dutch #VALUE!', () => {
    verwachtFout('DECLARATIEDEADLINE', [null], '#VALUE!', 'prestatiemaand ontbreekt');
    verwachtFout('DECLARATIEDEADLINE', [''], '#VALUE!', 'prestatiemaand ontbreekt');
    verwachtFout('DECLARATIEDEADLINE', ['31-2-2023'], '#VALUE!', 'prestatiemaand: "31-2-2023" bestaat niet (februari 2023 heeft 28 dagen)');
    verwachtFout('DECLARATIEDEADLINE', ['januari'], '#VALUE!', /"januari" is geen maand/);
    verwachtFout('DECLARATIEDEADLINE', [true], '#VALUE!', 'prestatiemaand moet een datum zijn, geen WAAR');
    verwachtFout('DECLARATIEDEADLINE', [-1], '#VALUE!', /^prestatiemaand: -1 is geen datum/);
    verwachtFout('DECLARATIEDEADLINE', [[[44927], [44958]]], '#VALUE!', 'prestatiemaand moet één cel zijn, niet een bereik van 2×1');
    // A month number typed instead of a date is a day in January 1900: long before the Wlz.
    verwachtFout('DECLARATIEDEADLINE', [1], '#VALUE!', /^prestatiemaand januari 1900 ligt vóór de Wlz/);
    verwachtFout('DECLARATIEDEADLINE', [60], '#VALUE!', /29-2-1900, een dag die alleen in Excel bestaat/);
    verwachtFout('DECLARATIEDEADLINE', ['31-12-9999'], '#VALUE!', /buiten de datums die Excel kent/);
  });
});

describe('WLZ.BETAALMAAND', () => {
  it('returns the first day of month m + 2', () => {
    expect(alsDatum(functies.BETAALMAAND('31-1-2023'))).toBe('1-3-2023');
    expect(functies.BETAALMAAND('2023-01-31')).toBe(44986); // 1-3-2023 = 44927 + 31 + 28
    expect(alsDatum(functies.BETAALMAAND('15-12-2023'))).toBe('1-2-2024');
  });

  it('refuses bad input', () => {
    verwachtFout('BETAALMAAND', [undefined], '#VALUE!', 'prestatiemaand ontbreekt');
    verwachtFout('BETAALMAAND', ['2023-02-30'], '#VALUE!', /bestaat niet/);
    verwachtFout('BETAALMAAND', [false], '#VALUE!', 'prestatiemaand moet een datum zijn, geen ONWAAR');
  });
});

describe('WLZ.TELAAT', () => {
  it('is TRUE only after the last day of the prestatiemaand + 3 months', () => {
    // January 2023 + 3 months → last day 30-4-2023 (serial 45046); 1-5-2023 = 45047.
    expect(functies.TELAAT('31-1-2023', '30-4-2023')).toBe(false);
    expect(functies.TELAAT('31-1-2023', '1-5-2023')).toBe(true);
    expect(functies.TELAAT(44927, 45046)).toBe(false);
    expect(functies.TELAAT(44927, 45047)).toBe(true);
    expect(functies.TELAAT('1-2023', 45046.9)).toBe(false);
  });

  it('takes another number of months; empty means 3', () => {
    expect(functies.TELAAT('31-1-2023', '1-3-2023', 1)).toBe(true);
    expect(functies.TELAAT('31-1-2023', '1-5-2023', 4)).toBe(false);
    expect(functies.TELAAT('31-1-2023', '1-5-2023', null)).toBe(true);
    expect(functies.TELAAT('31-1-2023', '1-5-2023', '')).toBe(true);
    expect(functies.TELAAT('31-1-2023', '1-5-2023', '3')).toBe(true);
  });

  it('refuses bad input', () => {
    verwachtFout('TELAAT', ['31-1-2023'], '#VALUE!', 'indiendatum ontbreekt');
    verwachtFout('TELAAT', ['31-1-2023', '31-4-2023'], '#VALUE!', 'indiendatum: "31-4-2023" bestaat niet (april 2023 heeft 30 dagen)');
    verwachtFout('TELAAT', ['31-1-2023', 'morgen'], '#VALUE!', /"morgen" is geen datum/);
    verwachtFout('TELAAT', ['31-1-2023', true], '#VALUE!', 'indiendatum moet een datum zijn, geen WAAR');
    verwachtFout('TELAAT', ['31-1-2023', '1-5-2023', 2.5], '#VALUE!', 'maanden moet een geheel getal van 0 tot en met 120 zijn, niet 2,5');
    verwachtFout('TELAAT', ['31-1-2023', '1-5-2023', -1], '#VALUE!', /maanden moet een geheel getal/);
    verwachtFout('TELAAT', ['31-5-2023', '31-1-2023'], '#VALUE!', /zijn prestatiemaand en indiendatum omgewisseld\?$/);
    verwachtFout('TELAAT', ['31-1-2023', [[45046, 45047]]], '#VALUE!', 'indiendatum moet één cel zijn, niet een bereik van 1×2');
  });
});

describe('WLZ.BEZETTING', () => {
  it('is occupied days / (places × days in the period)', () => {
    // 3 places × 30 days = 90; 36 / 90 = 0,4
    expect(functies.BEZETTING(36, 3, 30)).toBe(0.4);
    expect(functies.BEZETTING('36', '3', '30')).toBe(0.4);
    // overbezetting: 33 / (1 × 30) = 1,1
    expect(functies.BEZETTING(33, 1, 30)).toBe(1.1);
    expect(functies.BEZETTING(0, 2, 31)).toBe(0);
    expect(functies.BEZETTING(45, 2, 31)).toBe(45 / 62);
  });

  it('refuses bad input', () => {
    verwachtFout('BEZETTING', [36, 0, 30], '#VALUE!', 'plekken moet groter dan 0 zijn, niet 0');
    verwachtFout('BEZETTING', [36, 3, 0], '#VALUE!', 'dagen_in_periode moet groter dan 0 zijn, niet 0');
    verwachtFout('BEZETTING', [null, 3, 30], '#VALUE!', 'dagen ontbreekt');
    verwachtFout('BEZETTING', [36, '', 30], '#VALUE!', 'plekken ontbreekt');
    verwachtFout('BEZETTING', [-1, 3, 30], '#VALUE!', 'dagen mag niet negatief zijn (-1)');
    verwachtFout('BEZETTING', [36, 'drie', 30], '#VALUE!', /^plekken: de tekst "drie" is geen getal/);
    verwachtFout('BEZETTING', [36, true, 30], '#VALUE!', 'plekken moet een getal zijn, geen WAAR');
    verwachtFout('BEZETTING', [[[36, 40]], 3, 30], '#VALUE!', 'dagen moet één cel zijn, niet een bereik van 1×2');
  });
});

describe('WLZ.CRISISSIGNAAL', () => {
  it('signals "onder", "boven" or "" for the last 3 months', () => {
    expect(functies.CRISISSIGNAAL([[0.35], [0.3], [0.38]])).toBe('onder');
    expect(functies.CRISISSIGNAAL([[0.5, 0.65, 0.7, 1.05]])).toBe('boven');
    expect(functies.CRISISSIGNAAL([[0.35, 0.3, 0.5]])).toBe('');
    expect(functies.CRISISSIGNAAL([[0.35, 0.3]])).toBe('');
    // a year range filled up to June: the empty months at the end do not count
    expect(functies.CRISISSIGNAAL([[0.5, 0.5, 0.5, '35%', '30%', '0,38', '', '', null, null, '', '']])).toBe('onder');
  });

  it('takes other bounds and months; empty means the default', () => {
    expect(functies.CRISISSIGNAAL([[0.45, 0.45, 0.45]], '50%')).toBe('onder');
    expect(functies.CRISISSIGNAAL([[0.55, 0.55, 0.55]], null, 0.5)).toBe('boven');
    expect(functies.CRISISSIGNAAL([[0.1, 0.5, 0.3]], '', '', 1)).toBe('onder');
  });

  it('refuses bad input', () => {
    verwachtFout('CRISISSIGNAAL', [[[0.3, 0.3, 0.3]], 40], '#VALUE!', 'ondergrens: 40 lijkt een percentage als getal; typ 40% of 0,4');
    verwachtFout(
      'CRISISSIGNAAL',
      [[[0.3, 0.3, 0.3]], null, 95.8],
      '#VALUE!',
      'bovengrens: 95,8 lijkt een percentage als getal; typ 95,8% of 0,958',
    );
    verwachtFout(
      'CRISISSIGNAAL',
      [[[0.3, 0.3, 0.3]], 0.7, 0.6],
      '#VALUE!',
      'ondergrens (70,0%) mag niet hoger zijn dan bovengrens (60,0%)',
    );
    verwachtFout(
      'CRISISSIGNAAL',
      [[[0.3, 0.3, 0.3]], null, null, 0],
      '#VALUE!',
      'maanden moet een geheel getal van 1 tot en met 120 zijn, niet 0',
    );
    verwachtFout(
      'CRISISSIGNAAL',
      [[[0.3, 35, 0.3]]],
      '#VALUE!',
      'bezettingen (cel 2): 35 is een bezetting van 3500%; bedoelt u 35%? Typ dan 35% of 0,35',
    );
    verwachtFout('CRISISSIGNAAL', [[[0.3, 'hoog', 0.3]]], '#VALUE!', /^bezettingen \(cel 2\): de tekst "hoog" is geen getal/);
    verwachtFout('CRISISSIGNAAL', [[[0.3, false, 0.3]]], '#VALUE!', 'bezettingen (cel 2) moet een getal zijn, geen ONWAAR');
    verwachtFout('CRISISSIGNAAL', [[[0.3, '', 0.3, 0.3]]], '#VALUE!', /^bezettingen \(cel 2\) is leeg tussen ingevulde maanden/);
    verwachtFout('CRISISSIGNAAL', [[[0.3], [0.3, 0.3]]], '#VALUE!', 'bezettingen: alle rijen van het bereik moeten even lang zijn');
  });

  it('reads the last months of a 200.000-cell range', () => {
    const kolom = Array.from({ length: 200_000 }, (_, i) => [i % 12 < 9 ? 0.5 : 0.3]);
    // the last three cells are months 9, 10 and 11 of the 12-month pattern: all 30%
    expect(functies.CRISISSIGNAAL(kolom.slice(0, 199_992))).toBe('onder');
    expect(functies.CRISISSIGNAAL(kolom)).toBe('');
  });
});

describe('examples in the function reference', () => {
  it.each(['DECLARATIEDEADLINE', 'BETAALMAAND', 'TELAAT', 'BEZETTING'])('%s: the voorbeeld is true', (naam) => {
    const f = zoekFunctie(naam)!;
    // The examples use literal arguments: "text", numbers with a decimal comma; ";" separates them.
    const args = /^=WLZ\.\w+\((.*)\)$/
      .exec(f.voorbeeld.formule)![1]
      .split(';')
      .map((a) => {
        const t = a.trim();
        return t.startsWith('"') ? t.slice(1, -1) : Number(t.replace(',', '.'));
      });
    const uitkomst = roepVanuitExcel(naam, args);
    const getoond =
      f.resultaat === 'datum'
        ? alsDatum(uitkomst)
        : typeof uitkomst === 'boolean'
          ? uitkomst
            ? 'WAAR'
            : 'ONWAAR'
          : `${Number(uitkomst) * 100}%`;
    expect(getoond).toBe(f.voorbeeld.uitkomst);
  });

  it('CRISISSIGNAAL: the voorbeeld is true', () => {
    expect(zoekFunctie('CRISISSIGNAAL')!.voorbeeld.uitkomst).toBe('onder (met 35%, 30% en 38% in B2:B4)');
    expect(functies.CRISISSIGNAAL([[0.35], [0.3], [0.38]])).toBe('onder');
  });
});
