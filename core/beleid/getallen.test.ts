import { alleFuncties } from '../functies';
import { beleidsgetal, beleidsgetallen, beleidssoorten, toonGetal, waardeVan } from './getallen';
import { leesEigenBeleid } from './eigen-beleid';
import { fout } from '../../test/vang';

/** Every number of the sources as data (docs/contract.md §2), with the sources' own numbers. */
describe('policy numbers besides the tariff rules', () => {
  it.each([
    ['minimale betalingsomvang', 'CZ', 2023, undefined, '5000', '€ 5.000', 'CZ GGZ 2023'],
    ['volumefactor', 'CZ', 2023, 'ZZP', '0.95', '95%', 'CZ GGZ 2023'],
    ['volumefactor', 'CZ', 2023, 'VPT', '0.95', '95%', 'CZ GGZ 2023'],
    ['volumefactor', 'CZ', 2023, 'DTV', '0.95', '95%', 'CZ GGZ 2023'],
    ['volumefactor', 'CZ', 2023, 'MPT', '0.9', '90%', 'CZ GGZ 2023'],
    ['stimuleringsbudget', 'CZ', 2023, undefined, '0.002', '0,2%', 'CZ GGZ 2023'],
    ['percentage NHC/NIC', 'CZ', 2023, undefined, '1', '100%', 'CZ GGZ 2023'],
    ['reservering onvoorziene omstandigheden', 'Zilveren Kruis', 2023, undefined, '0.002', '0,2%', 'ZK Aanvulling 2023'],
    ['reservering regionale ontwikkeling', 'Zilveren Kruis', 2023, undefined, '0.002', '0,2%', 'ZK Aanvulling 2023'],
    ['crisisbezetting herschikking', 'Zilveren Kruis', 2023, undefined, '0.7', '70%', 'ZK Aanvulling 2023'],
    ['comfortbrief', 'Zorg en Zekerheid', 2022, undefined, '0.9', '90%', 'Z&Z Inkoopkader 2022'],
    ['crisis ondergrens', 'Zorg en Zekerheid', 2022, undefined, '0.4', '40%', 'Z&Z Inkoopkader 2022'],
    ['crisis bovengrens', 'Zorg en Zekerheid', 2022, undefined, '0.6', '60%', 'Z&Z Inkoopkader 2022'],
    ['crisis aaneengesloten maanden', 'Zorg en Zekerheid', 2022, undefined, '3', '3 maanden', 'Z&Z Inkoopkader 2022'],
    ['maximale daling flankerend beleid', 'Zorg en Zekerheid', 2022, undefined, '0.005', '0,5 procentpunt', 'Z&Z Inkoopkader 2022'],
    ['declaratiewerkdag', 'Zorg en Zekerheid', 2022, undefined, '17', '17e werkdag', 'Z&Z Inkoopkader 2022'],
    ['betaalvertraging', 'Zorg en Zekerheid', 2022, undefined, '2', '2 maanden', 'Z&Z Inkoopkader 2022'],
    ['indientermijn', 'Zorg en Zekerheid', 2022, undefined, '3', '3 maanden', 'Z&Z Inkoopkader 2022'],
    ['maximale tariefsopslag', 'landelijk', 2017, undefined, '0.03', '3 procentpunt', 'ZK V&V 2017'],
    ['behandeling MPT dagen', 'Zilveren Kruis', 2017, undefined, '365', '365 dagen', 'ZK V&V 2017'],
  ] as const)('%s %s %s %s = %s (%s)', (naam, zorgkantoor, jaar, soort, waarde, getoond, titel) => {
    const getal = beleidsgetal(naam, { zorgkantoor, jaar, soort });
    expect(waardeVan(getal).toString()).toBe(waarde);
    expect(toonGetal(getal)).toBe(getoond);
    expect(getal.bron.titel).toBe(titel);
  });

  it('lists the stimulus budget exclusions as data (CZ GGZ 2023, §6.2)', () => {
    expect(beleidssoorten('stimuleringsbudget uitgezonderd', { zorgkantoor: 'CZ', jaar: 2023 })).toEqual({
      soorten: ['VPT', 'DTV', 'logeren'],
      bron: { titel: 'CZ GGZ 2023', sectie: '§6.2' },
    });
  });

  it('cites every number with a known title and a section', () => {
    const titels = ['ZK Aanvulling 2023', 'Z&Z Inkoopkader 2022', 'CZ GGZ 2023', 'ZK V&V 2017', "Thema's 2024–2026"];
    for (const g of beleidsgetallen) {
      expect(titels).toContain(g.bron.titel);
      expect(g.bron.sectie).not.toBe('');
    }
  });

  it('a missing number is a bug caught at once, never a guess', () => {
    expect(() => beleidsgetal('minimale betalingsomvang', { zorgkantoor: 'CZ', jaar: 2027 })).toThrow(/0 gevonden, 1 getal verwacht/);
  });

  it('generates every help text that names a default from that default, with its bron', () => {
    for (const f of alleFuncties) {
      for (const p of f.parameters) {
        if (!p.standaard) {
          expect(p.beschrijving).not.toMatch(/standaard/i);
          continue;
        }
        expect(p.beschrijving.endsWith(`standaard ${p.standaard.tekst}.`)).toBe(true);
        expect(p.description.endsWith(`default ${p.standaard.text}.`)).toBe(true);
        if (p.standaard.bron) expect(p.beschrijving).toContain(`(${p.standaard.bron})`);
      }
    }
  });
});

describe('leesEigenBeleid (docs/contract.md §3 decision 15)', () => {
  it('an empty range is named as such', () => {
    expect(fout(() => leesEigenBeleid([[null, '']])).bericht).toMatch(
      /^beleid: de beleidstabel is leeg; verwacht een kopregel met Zorgkantoor, Jaar, Sector, Kenmerken \(optioneel\)/,
    );
  });

  it('groups rows into one rule per zorgkantoor, jaar and sector, with its own words and ceiling', () => {
    const { regels, rijen } = leesEigenBeleid([
      ['Zorgkantoor', 'Jaar', 'Sector', 'Kenmerken', 'Percentage', 'Maximum', 'Bron'],
      ['VGZ', 2027, 'GZ', 'nieuw', 0.93, 0.97, 'VGZ 2027'],
      ['VGZ', 2027, 'GZ', 'kleinschalig', 0.95, 0.97, 'VGZ 2027'],
      ['VGZ', 2027, 'GGZ', null, 0.955, null, 'VGZ 2027'],
    ]);
    expect(rijen).toHaveLength(3);
    expect(regels.map((r) => [r.zorgkantoor, r.jaar, r.sectoren, r.varianten.length, r.plafond?.procent])).toEqual([
      ['VGZ', 2027, ['GZ'], 2, '97'],
      ['VGZ', 2027, ['GGZ'], 1, undefined],
    ]);
    expect([...(regels[0].eigenWoorden?.keys() ?? [])]).toEqual(['kleinschalig']);
  });
});
