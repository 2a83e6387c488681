import type { Sector } from '../sector';
import type { EigenBeleid } from './eigen-beleid';
import { beleidsgetallen, getalBron, toonGetal } from './getallen';
import { type Beleidsfilter, beleidstabel, kanttekeningenVoor } from './tabel';
import { termijnBeleidsrijen } from './termijnrijen';

/**
 * Everything `wlz beleid` and the pane's reference list: one section per kind of policy data, each a
 * function from the filter to rows of text. A new kind of data (the priority orders, the timetables)
 * is one more entry in BELEIDSSECTIES.
 */
export interface Beleidssectie {
  titel: string;
  /** One line under the title: how to read the rows. */
  toelichting: string;
  koppen: readonly string[];
  rijen(filter: Beleidsfilter, eigen?: EigenBeleid): string[][];
  /** Notes below the rows (statements that cannot be attributed, for instance). */
  noten?(filter: Beleidsfilter): string[];
}

const sectorenTekst = (sectoren: readonly Sector[]) => sectoren.join(', ');

export const TARIEFBELEID: Beleidssectie = {
  titel: 'Tariefbeleid',
  toelichting:
    'Percentages van het NZa-maximumtarief; pp = procentpunt; — = zonder kenmerken. "niet gepubliceerd": de bron noemt geen getal, vul het afgesproken percentage zelf in.',
  koppen: ['Jaar', 'Zorgkantoor', 'Sector', 'Kenmerken', 'Zorg', 'NHC/NIC', 'Bron'],
  rijen: (filter, eigen) =>
    beleidstabel(filter, eigen).map((r) => [
      String(r.jaar),
      r.zorgkantoor,
      sectorenTekst(r.sectoren),
      r.kenmerken,
      r.zorg,
      r.nhcNic,
      r.bron,
    ]),
  noten: (filter) => {
    const noten = kanttekeningenVoor(filter);
    return noten.length
      ? [
          'Niet met zekerheid aan een zorgkantoor toe te schrijven (alleen ter toelichting, nooit in een berekening):',
          ...noten.map((k) => `  - ${k}`),
        ]
      : [];
  },
};

export const BELEIDSGETALLEN: Beleidssectie = {
  titel: 'Overige getallen uit de bronnen',
  toelichting: 'Drempels, volumefactoren, reserveringen, grenzen en termijnen; de WLZ-functies nemen ze als standaardwaarde.',
  koppen: ['Jaar', 'Zorgkantoor', 'Sector', 'Gegeven', 'Waarde', 'Bron'],
  rijen: (filter) =>
    beleidsgetallen
      .filter(
        (g) =>
          (filter.jaar === undefined || g.jaar === filter.jaar) &&
          (filter.zorgkantoor === undefined || g.zorgkantoor === filter.zorgkantoor) &&
          (filter.sector === undefined || g.sectoren.includes(filter.sector)),
      )
      .sort((a, b) => a.jaar - b.jaar)
      .map((g) => [String(g.jaar), g.zorgkantoor, sectorenTekst(g.sectoren), g.omschrijving, toonGetal(g), getalBron(g)]),
};

export const TERMIJNEN_EN_VOORRANG: Beleidssectie = {
  titel: 'Termijnen en voorrang bij de herschikking',
  toelichting:
    'De tijdpaden van de inkoopprocedure (beslissing 16), de bezwaartermijn en de volgorde van voorrang bij de herschikking (beslissing 14).',
  koppen: ['Jaar', 'Zorgkantoor', 'Gegeven', 'Waarde', 'Bron'],
  rijen: (filter) =>
    termijnBeleidsrijen({ jaar: filter.jaar, zorgkantoor: filter.zorgkantoor }).map((r) => [
      String(r.jaar),
      r.zorgkantoor,
      r.onderwerp,
      r.waarde,
      r.bron,
    ]),
};

export const BELEIDSSECTIES: readonly Beleidssectie[] = [TARIEFBELEID, BELEIDSGETALLEN, TERMIJNEN_EN_VOORRANG];
