import { beleidscontexten, tariefpercentage } from '../core/tariefpercentage';
import { beginstand, combinatieVan, keuzegroepen, kies, losseKenmerken } from '../addin/taskpane/kenmerkkeuze';

const context = (zorgkantoor: string, jaar: number, sector: string) => {
  const c = beleidscontexten().find((x) => x.zorgkantoor === zorgkantoor && x.jaar === jaar && x.sector === sector);
  if (!c) throw new Error(`geen context ${zorgkantoor} ${jaar} ${sector}`);
  return c;
};

describe('Tarief tab: kenmerken pickers offer only the combinations of the source', () => {
  it('Zilveren Kruis 2023 GGZ: aanbieder and type GGZ-aanbieder, no "none" for the type', () => {
    const zk = context('Zilveren Kruis', 2023, 'GGZ');
    expect(keuzegroepen(zk).map((g) => [g.titel, g.opties.map((o) => o.label)])).toEqual([
      ['Aanbieder', ['bestaand', 'nieuw']],
      ['Type GGZ-aanbieder', ['geïntegreerd', 'beschermd wonen']],
    ]);
    expect(beginstand(zk)).toEqual({ aanbieder: null, 'type GGZ-aanbieder': 'geïntegreerd' });
    expect(losseKenmerken(zk).map((k) => [k.woord, k.werking])).toEqual([['lager tariefpercentage', 'niet gepubliceerd']]);
  });

  it('choosing an option moves the other groups to a combination that has it (DSW 2024)', () => {
    const dsw = context('DSW', 2024, 'V&V');
    const start = beginstand(dsw);
    expect(start).toEqual({ aanbieder: null, monitor: 'monitor hoger' });
    // "nieuw" exists only without a monitor outcome: the monitor group follows.
    const nieuw = kies(dsw, start, 'aanbieder', 'nieuw');
    expect(nieuw).toEqual({ aanbieder: 'nieuw', monitor: null });
    expect(combinatieVan(dsw, nieuw)).toMatchObject({ kenmerken: ['nieuw'], vorigPercentage: false });
    // And back: a monitor outcome makes the provider existing again.
    expect(kies(dsw, nieuw, 'monitor', 'monitor lager')).toEqual({ aanbieder: null, monitor: 'monitor lager' });
    expect(combinatieVan(dsw, start)?.vorigPercentage).toBe(true);
  });

  it('keeps what it can: CZ GGZ 2023 nieuw + VPT', () => {
    const cz = context('CZ', 2023, 'GGZ');
    const stand = kies(cz, kies(cz, beginstand(cz), 'aanbieder', 'nieuw'), 'prestatie', 'VPT');
    expect(stand).toEqual({ aanbieder: 'nieuw', prestatie: 'VPT' });
  });

  it('every state the pickers can reach is a combination the core accepts', () => {
    for (const c of beleidscontexten()) {
      for (const groep of keuzegroepen(c)) {
        for (const optie of groep.opties) {
          const stand = kies(c, beginstand(c), groep.sleutel, optie.woord);
          const combinatie = combinatieVan(c, stand);
          expect({ c: `${c.zorgkantoor} ${c.jaar} ${c.sector}`, optie: optie.label, gevonden: combinatie !== undefined }).toMatchObject({
            gevonden: true,
          });
          if (!combinatie || !combinatie.gepubliceerd || combinatie.vorigPercentage) continue;
          expect(() =>
            tariefpercentage({ zorgkantoor: c.zorgkantoor, jaar: c.jaar, sector: c.sector, kenmerken: combinatie.kenmerken }),
          ).not.toThrow();
        }
      }
    }
  });
});
