import { D } from './geld';
import { herkenKenmerken, kenmerkenUit, splitsKenmerken } from './beleid/kenmerken';
import { beleidstabel } from './beleid/tabel';
import { beleidscontexten } from './beleidscontexten';
import { richttarief } from './richttarief';
import { geldigeKenmerken, tariefpercentage, type Beleidsvraag } from './tariefpercentage';
import { fout } from '../test/vang';

const vraag = (zorgkantoor: string, jaar: number, sector: string, kenmerken: string[] = [], vorig?: string): Beleidsvraag => ({
  zorgkantoor,
  jaar,
  sector,
  kenmerken,
  vorigPercentage: vorig === undefined ? undefined : new D(vorig),
});
const percentage = (...args: Parameters<typeof vraag>) => tariefpercentage(vraag(...args)).percentage.toString();

describe('Zilveren Kruis 2023 (ZK Aanvulling 2023, hoofdstuk 2)', () => {
  it('GGZ geïntegreerd: the source example 95,8 + 1,0 procentpunt = 96,8 %, NHC/NIC 100 %', () => {
    const antwoord = tariefpercentage(vraag('Zilveren Kruis', 2023, 'GGZ', ['geïntegreerd']));
    expect(antwoord.percentage.toString()).toBe('0.968');
    expect(antwoord.percentageNhcNic?.toString()).toBe('1');
    expect(antwoord.uitleg).toBe(
      '96,8% = richttarief 95,8% + 1,0 procentpunt geïntegreerde zorgaanbieder (ZK Aanvulling 2023, hoofdstuk 2)',
    );
    expect(antwoord.bron).toBe('ZK Aanvulling 2023, hoofdstuk 2');
    expect(antwoord).toMatchObject({ zorgkantoor: 'Zilveren Kruis', sector: 'GGZ' });
  });

  it.each([
    ['V&V', [], '0.958'],
    ['VV', ['bestaand'], '0.958'],
    ['V&V', ['nieuw'], '0.938'],
    ['GZ', [], '0.958'],
    ['GZ', ['nieuwe aanbieder'], '0.938'],
    ['GGZ', ['beschermd wonen'], '0.958'],
    ['GGZ', ['nieuw', 'geintegreerd'], '0.948'],
    ['GGZ', ['Nieuw; Beschermd Wonen'], '0.938'],
  ])('%s %j → %s (table of hoofdstuk 2)', (sector, kenmerken, verwacht) => {
    expect(percentage('ZK', 2023, sector, kenmerken)).toBe(verwacht);
  });

  it('a GGZ provider must say which type it is', () => {
    const f = fout(() => tariefpercentage(vraag('ZK', 2023, 'GGZ')));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toMatch(/mogelijk zijn: geïntegreerd; beschermd wonen; nieuw \+ geïntegreerd; nieuw \+ beschermd wonen/);
  });

  it('"lager tariefpercentage" is individually agreed: #N/A asking for the agreed value', () => {
    const f = fout(() => tariefpercentage(vraag('ZK', 2023, 'V&V', ['lager tariefpercentage'])));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toMatch(/vul het afgesproken percentage zelf in/);
  });
});

describe('CZ GGZ 2023 (§6.2, docs/contract.md §3 decision 7)', () => {
  it.each([
    [[], '0.958'],
    [['nieuw'], '0.938'],
    [['VPT'], '1'],
    [['dtv'], '1'],
    [['logeren', 'bestaand'], '1'],
    // 100 % is for existing providers only: a new provider gets 93,8 % for VPT/DTV/logeren too.
    [['VPT', 'nieuw'], '0.938'],
    [['nieuwe zorgaanbieder', 'logeren'], '0.938'],
  ])('%j → %s', (kenmerken, verwacht) => {
    expect(percentage('CZ', 2023, 'GGZ', kenmerken)).toBe(verwacht);
  });

  it('explains why a new provider gets no 100 %', () => {
    expect(tariefpercentage(vraag('CZ', 2023, 'GGZ', ['VPT', 'nieuw'])).uitleg).toMatch(
      /^93,8%: .*100% geldt alleen voor bestaande zorgaanbieders.*\(CZ GGZ 2023, §6\.2\)$/,
    );
  });

  it('has no V&V or GZ policy: #N/A naming the national richttarief', () => {
    const f = fout(() => tariefpercentage(vraag('CZ', 2023, 'V&V')));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toMatch(/het landelijk richttarief 2023 is 95,8%/);
  });

  it('VPT and DTV together contradict each other', () => {
    expect(fout(() => tariefpercentage(vraag('CZ', 2023, 'GGZ', ['VPT, DTV']))).bericht).toMatch(/tegenstrijdige kenmerken "VPT" en "DTV"/);
  });
});

describe('Zorg en Zekerheid 2022–2023 (Z&Z Inkoopkader 2022, §2.3)', () => {
  it('2022 is provider-specific flankerend beleid: #N/A pointing to WLZ.FLANKEREND', () => {
    const f = fout(() => tariefpercentage(vraag('Z&Z', 2022, 'V&V')));
    expect(f.code).toBe('#N/A');
    expect(f.bericht).toMatch(/WLZ\.FLANKEREND/);
    expect(f.bericht).toMatch(/§2\.3\.1/);
  });

  it('2023 is 95,8 %, marked as our inference', () => {
    const antwoord = tariefpercentage(vraag('zorg en zekerheid', 2023, 'GGZ'));
    expect(antwoord.percentage.toString()).toBe('0.958');
    expect(antwoord.bron).toBe('Z&Z Inkoopkader 2022, §2.3, afgeleid');
  });
});

describe('Zilveren Kruis V&V 2017 (§2.2.5)', () => {
  it('the basis is not in the source: #N/A pointing to WLZ.OPSLAGTARIEF', () => {
    for (const kenmerken of [[], ['tariefsopslag']]) {
      const f = fout(() => tariefpercentage(vraag('ZK', 2017, 'VV', kenmerken)));
      expect(f.code).toBe('#N/A');
      expect(f.bericht).toMatch(/WLZ\.OPSLAGTARIEF/);
    }
  });
});

describe("2024 V&V (Thema's 2024–2026, rij Bekostiging en tarieven)", () => {
  it('richttarief 95,5 % at every zorgkantoor with a base percentage', () => {
    for (const zk of ['ZK', 'VGZ', 'Menzis', 'CZ', 'Salland', 'Z&Z']) expect(percentage(zk, 2024, 'V&V')).toBe('0.955');
  });

  it('CZ: technologie + bewegingen en doelen stack: 95,5 + 0,1 + 0,3 = 95,9 %', () => {
    const antwoord = tariefpercentage(vraag('CZ', 2024, 'V&V', ['technologie', 'bewegingen en doelen']));
    expect(antwoord.percentage.toString()).toBe('0.959');
    expect(antwoord.uitleg).toBe(
      "95,9% = richttarief 95,5% + 0,1 procentpunt opslag arbeidsbesparende technologie + 0,3 procentpunt opslag bewegingen en doelen (Thema's 2024–2026, rij Bekostiging en tarieven)",
    );
  });

  it('Menzis and CZ: new providers 95,5 − 2 = 93,5 %; CZ new + technologie 93,6 %', () => {
    expect(percentage('Menzis', 2024, 'VV', ['nieuw'])).toBe('0.935');
    expect(percentage('CZ', 2024, 'VV', ['nieuw'])).toBe('0.935');
    expect(percentage('CZ', 2024, 'VV', ['nieuw', 'technologie'])).toBe('0.936');
  });

  it('Zilveren Kruis: essentiële voorzieningen 96,0 % flat; new providers not published', () => {
    expect(percentage('zilveren kruis', 2024, 'VV', ['essentiele voorzieningen'])).toBe('0.96');
    expect(fout(() => tariefpercentage(vraag('ZK', 2024, 'VV', ['nieuw']))).code).toBe('#N/A');
  });

  it('Zorg en Zekerheid: werkgeversopslag 95,5 + 0,3 = 95,8 %; new providers not published', () => {
    expect(percentage('ZenZ', 2024, 'VV', ['werkgeversopslag'])).toBe('0.958');
    expect(fout(() => tariefpercentage(vraag('Z&Z', 2024, 'VV', ['nieuw']))).code).toBe('#N/A');
  });

  it('VGZ: opslagen without a number are #N/A', () => {
    for (const k of ['opslag MPT', 'opslag regionale tafels']) {
      const f = fout(() => tariefpercentage(vraag('VGZ', 2024, 'VV', [k])));
      expect(f.code).toBe('#N/A');
      expect(f.bericht).toMatch(/zonder getal/);
    }
  });

  describe('DSW: own 2023 percentage + monitor step, at most 97,5 % (docs/contract.md §3 decision 8)', () => {
    it('96,0 % + monitor hoger = 97,0 %, and says the step is an upper bound', () => {
      const antwoord = tariefpercentage(vraag('DSW', 2024, 'VV', ['monitor hoger'], '0.96'));
      expect(antwoord.percentage.toString()).toBe('0.97');
      expect(antwoord.uitleg).toMatch(/^97,0% = eigen tariefpercentage 2023 96,0% \+ 1,0 procentpunt monitor hoger \(Thema's/);
      expect(antwoord.uitleg).toMatch(/"maximaal"/);
    });

    it('97,0 % + monitor hoger = 98,0 %, capped at 97,5 %', () => {
      const antwoord = tariefpercentage(vraag('DSW', 2024, 'VV', ['monitor hoger'], '0.97'));
      expect(antwoord.percentage.toString()).toBe('0.975');
      expect(antwoord.uitleg).toMatch(/begrensd op het maximum van 97,5%/);
    });

    it('gelijk keeps, lager lowers by 1 procentpunt; new providers 91,0 %', () => {
      expect(percentage('DSW', 2024, 'VV', ['monitor gelijk'], '0.962')).toBe('0.962');
      expect(percentage('DSW', 2024, 'VV', ['Monitor: lager'], '0.962')).toBe('0.952');
      expect(percentage('DSW', 2024, 'VV', ['nieuw'])).toBe('0.91');
    });

    it('needs the monitor outcome and vorig_percentage; refuses vorig_percentage where unused', () => {
      expect(fout(() => tariefpercentage(vraag('DSW', 2024, 'VV', [], '0.96'))).bericht).toMatch(
        /monitor hoger; monitor gelijk; monitor lager; nieuw/,
      );
      expect(fout(() => tariefpercentage(vraag('DSW', 2024, 'VV', ['monitor hoger']))).bericht).toMatch(/^vorig_percentage ontbreekt/);
      expect(fout(() => tariefpercentage(vraag('DSW', 2024, 'VV', ['nieuw'], '0.96'))).bericht).toMatch(/niet gebruikt/);
      expect(fout(() => tariefpercentage(vraag('CZ', 2024, 'VV', [], '0.96'))).code).toBe('#VALUE!');
      expect(fout(() => tariefpercentage(vraag('DSW', 2024, 'VV', ['monitor hoger'], '1.2'))).bericht).toMatch(/hoogstens 100%/);
    });

    it('monitor hoger and lager together contradict each other', () => {
      expect(fout(() => tariefpercentage(vraag('DSW', 2024, 'VV', ['monitor hoger', 'monitor lager'], '0.96'))).code).toBe('#VALUE!');
    });
  });

  describe('Salland: differentiation −2 … +1 procentpunt, given with the word', () => {
    it.each([
      ['differentiatie +0,5', '0.96'],
      ['differentiatie 1', '0.965'],
      ['differentiatie -2%', '0.935'],
      ['Differentiatie \u22121,5 procentpunt', '0.94'],
    ])('%s → %s', (k, verwacht) => {
      expect(percentage('Salland', 2024, 'VV', [k])).toBe(verwacht);
    });

    it('cites medium confidence', () => {
      expect(tariefpercentage(vraag('Salland', 2024, 'VV', ['differentiatie +0,5'])).bron).toBe(
        "Thema's 2024–2026, rij Bekostiging en tarieven, zekerheid middel",
      );
    });

    it('without a step #N/A, outside the range #VALUE!', () => {
      expect(fout(() => tariefpercentage(vraag('Salland', 2024, 'VV', ['differentiatie']))).code).toBe('#N/A');
      const f = fout(() => tariefpercentage(vraag('Salland', 2024, 'VV', ['differentiatie +1,5'])));
      expect(f.code).toBe('#VALUE!');
      expect(f.bericht).toMatch(/van -2,0 tot \+1,0 procentpunt, niet \+1,5/);
      expect(fout(() => tariefpercentage(vraag('Salland', 2024, 'VV', ['differentiatie +0,5', 'differentiatie -1']))).bericht).toMatch(
        /tegenstrijdig/,
      );
    });
  });
});

describe('names and words (docs/contract.md §1)', () => {
  it.each(['Zilveren Kruis', 'ZK', 'zilveren kruis', 'Zilveren Kruis Zorgkantoor'])('zorgkantoor %s', (zk) => {
    expect(tariefpercentage(vraag(zk, 2023, 'GGZ', ['geïntegreerd'])).zorgkantoor).toBe('Zilveren Kruis');
  });

  it.each(['Z&Z', 'zenz', 'Zorg en Zekerheid', 'z & z'])('zorgkantoor %s', (zk) => {
    expect(tariefpercentage(vraag(zk, 2023, 'V&V')).zorgkantoor).toBe('Zorg en Zekerheid');
  });

  it.each(['geintegreerd', 'GEÏNTEGREERD', 'Geïntegreerde zorgaanbieder', '  geïntegreerde   aanbieder '])('kenmerk %s', (k) => {
    expect(percentage('ZK', 2023, 'ggz', [k])).toBe('0.968');
  });

  it('unknown zorgkantoor or sector: #VALUE! listing the valid names', () => {
    expect(fout(() => tariefpercentage(vraag('Achmea', 2023, 'GGZ'))).bericht).toMatch(
      /onbekend zorgkantoor "Achmea"; bekend zijn: Zilveren Kruis \(ZK\), VGZ/,
    );
    expect(fout(() => tariefpercentage(vraag('ZK', 2023, 'ouderenzorg'))).bericht).toMatch(/kies V&V \(of VV\), GZ of GGZ/);
  });

  it('unknown kenmerk: #VALUE! listing the words valid for that zorgkantoor/jaar/sector', () => {
    const f = fout(() => tariefpercentage(vraag('CZ', 2024, 'V&V', ['technologie', 'robotica'])));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toBe(
      'onbekend kenmerk "robotica" voor CZ 2024 V&V; geldig zijn: nieuw, bestaand, technologie, bewegingen en doelen, free proposal',
    );
    // A word of another zorgkantoor is not valid here either.
    expect(fout(() => tariefpercentage(vraag('Menzis', 2024, 'V&V', ['technologie']))).bericht).toMatch(
      /onbekend kenmerk "technologie" voor Menzis 2024 V&V/,
    );
  });

  it('names each unknown word once and at most five, so a range of typos stays readable', () => {
    const woorden = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'g'];
    expect(fout(() => tariefpercentage(vraag('Menzis', 2024, 'V&V', woorden))).bericht).toMatch(
      /^onbekende kenmerken "a", "b", "c", "d", "e" en nog 2 voor Menzis 2024 V&V; geldig zijn: nieuw, bestaand$/,
    );
    const veel = Array.from({ length: 200_000 }, (_, i) => `woord ${i}`);
    expect(fout(() => tariefpercentage(vraag('Menzis', 2024, 'V&V', veel))).bericht.length).toBeLessThan(200);
  });

  it('a year that is not whole is #VALUE!; a year without policy #N/A', () => {
    expect(fout(() => tariefpercentage(vraag('ZK', 2023.5, 'V&V'))).code).toBe('#VALUE!');
    expect(fout(() => tariefpercentage(vraag('ZK', 2030, 'V&V'))).code).toBe('#N/A');
  });

  it('splits on ; , and line breaks, but not on a decimal comma', () => {
    expect(splitsKenmerken('nieuw, geïntegreerd;VPT\nlogeren')).toEqual(['nieuw', 'geïntegreerd', 'VPT', 'logeren']);
    expect(splitsKenmerken('differentiatie +0,5, technologie')).toEqual(['differentiatie +0,5', 'technologie']);
    expect(herkenKenmerken(['differentiatie +0,5']).herkend[0].procentpunt?.toString()).toBe('0.005');
    // One enormous cell is refused quickly, not parsed for a number.
    expect(herkenKenmerken(['1'.repeat(32_767)]).onbekend).toHaveLength(1);
  });
});

describe('kenmerkenUit (Excel values)', () => {
  it('reads text or a range, skipping empty cells and the 0 of an empty cell in a range', () => {
    expect(kenmerkenUit(null, 'kenmerken')).toEqual([]);
    expect(kenmerkenUit('nieuw; VPT', 'kenmerken')).toEqual(['nieuw; VPT']);
    expect(
      kenmerkenUit(
        [
          ['nieuw', null],
          ['', 0],
          ['VPT', ''],
        ],
        'kenmerken',
      ),
    ).toEqual(['nieuw', 'VPT']);
  });

  it('refuses numbers and booleans, naming the cell', () => {
    expect(fout(() => kenmerkenUit([['nieuw'], [5]], 'kenmerken')).bericht).toMatch(/^kenmerken \(cel 2\) moet tekst zijn/);
    expect(fout(() => kenmerkenUit(true, 'kenmerken')).code).toBe('#VALUE!');
  });

  it('is linear on a huge range', () => {
    const groot = Array.from({ length: 200_000 }, (_, i) => [i === 7 ? 'nieuw' : null]);
    expect(kenmerkenUit(groot, 'kenmerken')).toEqual(['nieuw']);
  });
});

describe('richttarief (national)', () => {
  it.each([
    [2022, undefined, '0.958'],
    [2023, 'GGZ', '0.958'],
    [2024, 'V&V', '0.955'],
  ])('%i %s → %s', (jaar, sector, verwacht) => {
    expect(richttarief(jaar, sector).percentage.toString()).toBe(verwacht);
  });

  it('2024 GZ/GGZ are not in the sources: #N/A', () => {
    for (const s of ['GZ', 'GGZ']) expect(fout(() => richttarief(2024, s)).code).toBe('#N/A');
  });

  it('2024 without a sector: #VALUE! asking for it, naming what is known', () => {
    const f = fout(() => richttarief(2024));
    expect(f.code).toBe('#VALUE!');
    expect(f.bericht).toMatch(/^sector ontbreekt: .*V&V: 95,5%/);
  });

  it('an unknown year is #N/A', () => {
    expect(fout(() => richttarief(2019)).code).toBe('#N/A');
  });
});

describe('what the task pane and `wlz beleid` read', () => {
  it('geldigeKenmerken lists the words of one context', () => {
    expect(geldigeKenmerken('ZK', 2023, 'GGZ')).toEqual(['nieuw', 'bestaand', 'geïntegreerd', 'beschermd wonen', 'lager tariefpercentage']);
    expect(geldigeKenmerken('CZ', 2023, 'V&V')).toEqual([]);
  });

  it('beleidscontexten covers every rule and sector, with combinations', () => {
    const contexten = beleidscontexten();
    expect(contexten.filter((c) => c.jaar === 2024 && c.sector === 'V&V').map((c) => c.zorgkantoor)).toEqual([
      'Zilveren Kruis',
      'VGZ',
      'Menzis',
      'CZ',
      'Salland',
      'DSW',
      'Zorg en Zekerheid',
    ]);
    const dsw = contexten.find((c) => c.zorgkantoor === 'DSW')!;
    expect(dsw.combinaties).toContainEqual({ kenmerken: ['monitor hoger'], vorigPercentage: true, gepubliceerd: true });
    const salland = contexten.find((c) => c.zorgkantoor === 'Salland')!;
    expect(salland.kenmerken.find((k) => k.woord === 'differentiatie')).toMatchObject({
      werking: 'opslag',
      bandbreedte: { van: new D('-0.02'), tot: new D('0.01') },
    });
  });

  it('beleidstabel filters by year, zorgkantoor and sector', () => {
    const cz2024 = beleidstabel({ jaar: 2024, zorgkantoor: 'CZ' });
    expect(cz2024.map((r) => [r.kenmerken, r.zorg])).toEqual([
      ['—', '95,5%'],
      ['nieuw', '93,5% (95,5% -2,0 pp)'],
      ['+ technologie', '+0,1 pp'],
      ['+ bewegingen en doelen', '+0,3 pp'],
      ['free proposal', 'niet gepubliceerd'],
      ['maximum', '100,0%'],
    ]);
    expect(beleidstabel({ sector: 'GZ', jaar: 2023 }).every((r) => r.sectoren.join() === 'GZ')).toBe(true);
    expect(beleidstabel({ jaar: 2024, sector: 'GGZ' })).toEqual([]);
  });
});
