import { leesControlecontext, maakBeleid } from './beleidscontrole';

const percentage = (uitkomst: ReturnType<ReturnType<typeof maakBeleid>['voorSoort']>) =>
  'antwoord' in uitkomst ? uitkomst.antwoord.percentage.toString() : uitkomst.fout.code;

describe('maakBeleid: the policy percentage per line (CZ GGZ 2023, §6.2)', () => {
  const bestaand = maakBeleid({ zorgkantoor: 'cz', jaar: 2023, sector: 'ggz', kenmerken: [] });

  it('names the context canonically', () => {
    expect(bestaand.omschrijving).toBe('CZ 2023 GGZ');
    expect(bestaand.nietGepubliceerd).toBeUndefined();
  });

  it("adds the line's Soort as a kenmerk where the policy knows it: VPT, DTV and logeren at 100 %", () => {
    expect(percentage(bestaand.voorSoort(undefined))).toBe('0.958');
    expect(percentage(bestaand.voorSoort('ZZP'))).toBe('0.958');
    expect(percentage(bestaand.voorSoort('MPT'))).toBe('0.958');
    expect(percentage(bestaand.voorSoort('VPT'))).toBe('1');
    expect(percentage(bestaand.voorSoort(' Logeren '))).toBe('1');
    expect(percentage(bestaand.voorSoort('dtv'))).toBe('1');
    const vpt = bestaand.voorSoort('VPT');
    expect('antwoord' in vpt && vpt.soort).toBe('VPT');
  });

  it('does not take other words in the Soort column for provider kenmerken', () => {
    expect(percentage(bestaand.voorSoort('nieuw'))).toBe('0.958');
  });

  it('keeps kenmerken the user already gave', () => {
    const nieuw = maakBeleid({ zorgkantoor: 'CZ', jaar: 2023, sector: 'GGZ', kenmerken: ['nieuw; VPT'] });
    expect(nieuw.omschrijving).toBe('CZ 2023 GGZ (nieuw; VPT)');
    expect(percentage(nieuw.voorSoort('VPT'))).toBe('0.938');
  });

  it('a context without published policy answers #N/A for every line', () => {
    const geen = maakBeleid({ zorgkantoor: 'CZ', jaar: 2024, sector: 'GGZ', kenmerken: [] });
    expect(geen.nietGepubliceerd).toMatch(/^geen tariefbeleid van CZ voor 2024 GGZ/);
    expect(percentage(geen.voorSoort('VPT'))).toBe('#N/A');
  });
});

describe('leesControlecontext', () => {
  it('all empty: no context', () => {
    expect(leesControlecontext(null, '', undefined, [[null]])).toBeUndefined();
  });

  it("reads Excel values and the CLI's texts alike", () => {
    expect(leesControlecontext('CZ', 2023, 'GGZ', 'nieuw')).toEqual({ zorgkantoor: 'CZ', jaar: 2023, sector: 'GGZ', kenmerken: ['nieuw'] });
    expect(leesControlecontext('CZ', '2023', 'GGZ', [['nieuw'], ['VPT']], { voorvoegsel: '--' })).toEqual({
      zorgkantoor: 'CZ',
      jaar: 2023,
      sector: 'GGZ',
      kenmerken: ['nieuw', 'VPT'],
    });
  });

  it('an incomplete context is no error but one waarschuwing to come (docs/contract.md §3 decision 12)', () => {
    expect(leesControlecontext('CZ', null, null, null)).toEqual({
      onvolledig: 'voor de vergelijking met het beleid zijn zorgkantoor, jaar en sector alle drie nodig; jaar en sector ontbreken',
    });
    expect(leesControlecontext(null, null, null, 'nieuw', { voorvoegsel: '--' })).toEqual({
      onvolledig:
        'voor de vergelijking met het beleid zijn --zorgkantoor, --jaar en --sector alle drie nodig; --zorgkantoor, --jaar en --sector ontbreken',
    });
    expect(leesControlecontext('CZ', 2023, null, null)).toEqual({ onvolledig: expect.stringMatching(/; sector ontbreekt$/) });
  });
});
