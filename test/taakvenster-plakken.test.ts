import { declaratiekolommen, leesGeplakteTekst } from '../addin/taskpane/plakken';
import { fout } from './vang';

describe('pasted declarations (Flankerend beleid tab)', () => {
  it('reads rows and tab-separated cells as Excel copies them, with a trailing line break', () => {
    expect(leesGeplakteTekst('96,6%\t1.000,00\tzorg\r\n95,8%\t500\tNHC\r\n')).toEqual([
      ['96,6%', '1.000,00', 'zorg'],
      ['95,8%', '500', 'NHC'],
    ]);
  });

  it('unquotes cells Excel quoted, pads short rows and reads ; when there is no tab', () => {
    expect(leesGeplakteTekst('"zorg\nen ""meer"""\t1\n2')).toEqual([
      ['zorg\nen "meer"', '1'],
      ['2', ''],
    ]);
    expect(leesGeplakteTekst('96,6%;1000\n\n\n')).toEqual([['96,6%', '1000']]);
  });

  it('without a header: percentage, bedrag and onderdeel by position', () => {
    const k = declaratiekolommen(leesGeplakteTekst('96,6%\t1000\tzorg\n100%\t200\tNHC'));
    expect(k).toMatchObject({ eersteRij: 0, kolom: { percentage: 0, bedrag: 1, onderdeel: 2 } });
    expect(k.percentages).toEqual([['96,6%'], ['100%']]);
    expect(k.meetellen).toEqual([['zorg'], ['NHC']]);
  });

  it('with a header: columns by name, in any order; other columns are ignored', () => {
    const k = declaratiekolommen([
      ['Prestatiecode', 'Onderdeel', 'Gedeclareerd bedrag', 'Tariefpercentage'],
      ['Z001', 'zorg', 1000, 0.966],
    ]);
    expect(k).toMatchObject({ eersteRij: 1, kolom: { percentage: 3, bedrag: 2, onderdeel: 1 } });
    expect(k.bedragen).toEqual([[1000]]);
  });

  it('two columns from an Excel selection (numbers, not text)', () => {
    const k = declaratiekolommen([
      [0.966, 1000],
      [0.958, 500],
    ]);
    expect(k.meetellen).toBeUndefined();
    expect(k.percentages).toEqual([[0.966], [0.958]]);
  });

  it('says what is missing', () => {
    expect(fout(() => declaratiekolommen([])).bericht).toMatch(/^geen gegevens/);
    expect(fout(() => declaratiekolommen([['1']])).bericht).toBe('twee kolommen nodig (percentage en bedrag), er is er één');
    expect(fout(() => declaratiekolommen([['1', '2', '3', '4']])).bericht).toMatch(/^4 kolommen zonder kopregel/);
  });
});
