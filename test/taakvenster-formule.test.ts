import { D } from '../core/geld';
import { bereik, bladNaam, cel, getal, inNederlandseNotatie, tekst, wlz } from '../addin/taskpane/formule';

describe('task pane formulas: the invariant form for Range.formulas, the Dutch form for the user', () => {
  it('builds the Tarief tab formula of the issue', () => {
    const formule = `=${wlz('TARIEF', getal(new D('191.60')), getal(10), getal(5), wlz('TARIEFPERCENTAGE', tekst('CZ'), getal(2023), tekst('GGZ'), tekst('nieuw')))}`;
    expect(formule).toBe('=WLZ.TARIEF(191.6,10,5,WLZ.TARIEFPERCENTAGE("CZ",2023,"GGZ","nieuw"))');
    expect(inNederlandseNotatie(formule)).toBe('=WLZ.TARIEF(191,6;10;5;WLZ.TARIEFPERCENTAGE("CZ";2023;"GGZ";"nieuw"))');
  });

  it('numbers never get an exponent; texts double their quotes', () => {
    expect(getal(new D('0.0000001'))).toBe('0.0000001');
    expect(getal(1e21)).toBe('1000000000000000000000');
    expect(getal(0.958)).toBe('0.958');
    expect(tekst('a "b"')).toBe('"a ""b"""');
  });

  it('drops trailing omitted arguments and keeps inner ones empty', () => {
    expect(wlz('FLANKEREND', 'B5', undefined, undefined)).toBe('WLZ.FLANKEREND(B5)');
    expect(wlz('FLANKEREND', 'B5', undefined, '0.005')).toBe('WLZ.FLANKEREND(B5,,0.005)');
  });

  it('the Dutch form leaves texts, sheet names, names and references alone', () => {
    expect(inNederlandseNotatie(`=WLZ.TARIEFPERCENTAGE("DSW",2024,"V&V","monitor hoger, differentiatie +0.5",0.95)`)).toBe(
      '=WLZ.TARIEFPERCENTAGE("DSW";2024;"V&V";"monitor hoger, differentiatie +0.5";0,95)',
    );
    expect(inNederlandseNotatie(`=WLZ.GEWOGENGEMIDDELDE('Decl. 2,1'!$A$2:$A$9,B1.5)`)).toBe(
      `=WLZ.GEWOGENGEMIDDELDE('Decl. 2,1'!$A$2:$A$9;B1.5)`,
    );
  });

  it('references are absolute and quote every sheet name', () => {
    expect(bereik('Blad1', 2, 1, 40, 1)).toBe("'Blad1'!$A$2:$A$40");
    expect(bereik("Jan's blad", 3, 28)).toBe("'Jan''s blad'!$AB$3");
    expect(bereik(undefined, 4, 2)).toBe('$B$4');
    expect(bladNaam('WLZ-controle')).toBe("'WLZ-controle'");
    expect(cel(7, 8)).toBe('H7');
  });
});
