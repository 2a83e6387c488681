import { ZONDER_ADRES, kolomLetter, leesAdres } from './adres';

describe('kolomLetter', () => {
  it('counts like Excel: A … Z, AA …, XFD', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703, 16384].map(kolomLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('leesAdres', () => {
  it('reads the sheet and first cell of the addresses Excel hands over', () => {
    expect(leesAdres('Blad1!B3:K20')).toEqual({ blad: 'Blad1', rij: 3, kolom: 2 });
    expect(leesAdres('Blad1!$B$3:$K$20')).toEqual({ blad: 'Blad1', rij: 3, kolom: 2 });
    expect(leesAdres("'Mijn blad'!B3:K20")).toEqual({ blad: 'Mijn blad', rij: 3, kolom: 2 });
    expect(leesAdres("'Blad van Piet''s team'!AA10:AB11")).toEqual({ blad: "Blad van Piet's team", rij: 10, kolom: 27 });
    expect(leesAdres('[Map1.xlsx]Blad1!C7')).toEqual({ blad: 'Blad1', rij: 7, kolom: 3 });
    expect(leesAdres("'[Map 1.xlsx]Blad 1'!C7")).toEqual({ blad: 'Blad 1', rij: 7, kolom: 3 });
    expect(leesAdres('B3:K20')).toEqual({ rij: 3, kolom: 2 });
  });

  it('reads whole columns and whole rows', () => {
    expect(leesAdres('Blad1!B:K')).toEqual({ blad: 'Blad1', rij: 1, kolom: 2 });
    expect(leesAdres('Blad1!3:20')).toEqual({ blad: 'Blad1', rij: 3, kolom: 1 });
  });

  it('falls back to numbering from the range itself when the address is missing or odd', () => {
    expect(leesAdres(undefined)).toBe(ZONDER_ADRES);
    expect(leesAdres('')).toBe(ZONDER_ADRES);
    expect(leesAdres('Blad1!#VERW!')).toBe(ZONDER_ADRES);
    expect(leesAdres('Blad1!XFE1')).toBe(ZONDER_ADRES);
    expect(leesAdres('onzin')).toBe(ZONDER_ADRES);
  });
});
