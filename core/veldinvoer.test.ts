import { D } from './geld';
import { WlzFout } from './fout';
import { leesBedragInvoer, leesProcentInvoer, leesProcentpuntInvoer, procentpunt } from './veldinvoer';

const TARIEFPERCENTAGE = { van: new D(0), tot: new D(1), vanToegestaan: false };
const DALING = { van: new D(0), tot: new D('0.1') };
const STAP = { van: new D('-0.02'), tot: new D('0.01') };

function bericht(f: () => unknown): string {
  try {
    f();
  } catch (fout) {
    if (fout instanceof WlzFout) return `${fout.code} ${fout.bericht}`;
    throw fout;
  }
  throw new Error('geen fout');
}

describe('a percentage field ("%")', () => {
  it.each([
    ['95,8', '0.958'],
    ['95,8%', '0.958'],
    ['95,8 %', '0.958'],
    ['0,958', '0.958'],
    ['0.958', '0.958'],
    ['95.8', '0.958'],
    [' 96,60 ', '0.966'],
    ['100', '1'],
    ['1', '1'],
    ['100%', '1'],
    ['0,5%', '0.005'],
  ])('%s means %s', (tekst, verwacht) => {
    expect(leesProcentInvoer(tekst, 'eigen percentage', TARIEFPERCENTAGE)?.toString()).toBe(verwacht);
  });

  it('empty is undefined: the caller has the default', () => {
    expect(leesProcentInvoer('  ', 'doel', TARIEFPERCENTAGE)).toBeUndefined();
  });

  it.each([
    ['195,8', '#VALUE! eigen percentage moet boven 0% en hoogstens 100% liggen; gelezen: 195,8%'],
    ['-5', '#VALUE! eigen percentage moet boven 0% en hoogstens 100% liggen; gelezen: -5%'],
    ['0', '#VALUE! eigen percentage moet boven 0% en hoogstens 100% liggen; gelezen: 0%'],
    ['101%', '#VALUE! eigen percentage moet boven 0% en hoogstens 100% liggen; gelezen: 101%'],
  ])('%s is out of range, in Dutch notation', (tekst, verwacht) => {
    expect(bericht(() => leesProcentInvoer(tekst, 'eigen percentage', TARIEFPERCENTAGE))).toBe(verwacht);
  });

  it.each(['abc', '95,8,1', '1,234.5', '95%%', '=0,958', '0x10', '1e2', 'NaN', 'Infinity'])('refuses %s with a Dutch message', (tekst) => {
    expect(bericht(() => leesProcentInvoer(tekst, 'doel', TARIEFPERCENTAGE))).toMatch(
      /^#VALUE! doel: ".*" is geen getal; typ bijvoorbeeld 95,8 of 1\.234,56$/,
    );
  });
});

describe('a percentage-point field ("procentpunt")', () => {
  it.each([
    ['0,5', '0.005'],
    ['0,5%', '0.005'],
    ['0.5', '0.005'],
    ['0', '0'],
    ['-1', '-0.01'],
    ['+1', '0.01'],
  ])('%s means %s', (tekst, verwacht) => {
    expect(leesProcentpuntInvoer(tekst, 'stap', STAP)?.toString()).toBe(verwacht);
  });

  it('says the range and the value read in procentpunt, never "-0.05"', () => {
    expect(bericht(() => leesProcentpuntInvoer('-5', 'max. daling', DALING))).toBe(
      '#VALUE! max. daling moet tussen 0 procentpunt en 10 procentpunt liggen; gelezen: -5 procentpunt',
    );
    expect(bericht(() => leesProcentpuntInvoer('1,5', 'stap', STAP))).toBe(
      '#VALUE! stap moet tussen -2 procentpunt en 1 procentpunt liggen; gelezen: 1,5 procentpunt',
    );
  });

  it('formats points with their sign', () => {
    expect(procentpunt(new D('0.005'))).toBe('0,5 procentpunt');
    expect(procentpunt(new D('-0.02'))).toBe('-2 procentpunt');
    expect(procentpunt(new D(0))).toBe('0 procentpunt');
  });
});

describe('a money field ("€")', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1234.56', '1234.56'],
    ['€ 1.234,56', '1234.56'],
    ['191,60', '191.6'],
    ['191.6', '191.6'],
    ['1.200.000', '1200000'],
    ['1.234', '1234'],
    ['0', '0'],
  ])('%s is %s', (tekst, verwacht) => {
    expect(leesBedragInvoer(tekst, 'zorg')?.toString()).toBe(verwacht);
  });

  it('refuses negative amounts and percentages, in Dutch notation', () => {
    expect(bericht(() => leesBedragInvoer('-1.234,5', 'jaarbasis'))).toBe('#VALUE! jaarbasis mag niet negatief zijn, niet -€ 1.234,50');
    expect(bericht(() => leesBedragInvoer('5%', 'drempel'))).toBe('#VALUE! drempel is een bedrag in euro, geen percentage');
    expect(bericht(() => leesBedragInvoer('12,3,4', 'zorg'))).toMatch(/zorg: "12,3,4" is geen getal/);
  });

  it('allows a signed range where the caller says so', () => {
    expect(leesBedragInvoer('-500', 'betaald', { van: new D(-1000) })?.toString()).toBe('-500');
    expect(bericht(() => leesBedragInvoer('2.000', 'betaald', { tot: new D(1000) }))).toBe(
      '#VALUE! betaald mag hoogstens € 1.000,00 zijn, niet € 2.000,00',
    );
  });
});
