import { ongeldig } from './fout';
import { normaliseer, toon } from './invoer';

/** The three Wlz sectors in the sources: verpleging en verzorging, gehandicaptenzorg, GGZ. */
export const SECTOREN = ['V&V', 'GZ', 'GGZ'] as const;
export type Sector = (typeof SECTOREN)[number];

function sleutel(tekst: string): string {
  return normaliseer(tekst)
    .replace(/\ben\b/g, '&')
    .replace(/\s/g, '');
}

// docs/contract.md §1 "names and words": "V&V"/"VV", "GZ", "GGZ", plus the sector names written out.
const ALIASSEN: Record<Sector, string[]> = {
  'V&V': ['V&V', 'VV', 'V en V', 'Verpleging en verzorging', 'Verpleging & verzorging'],
  GZ: ['GZ', 'Gehandicaptenzorg'],
  GGZ: ['GGZ', 'Geestelijke gezondheidszorg'],
};

const OP_SLEUTEL = new Map<string, Sector>(SECTOREN.flatMap((s) => ALIASSEN[s].map((alias) => [sleutel(alias), s] as const)));

export function zoekSector(tekst: string): Sector | undefined {
  return OP_SLEUTEL.get(sleutel(tekst));
}

/** The canonical sector; anything else is `#VALUE!` naming the three. */
export function leesSector(tekst: string): Sector {
  const gevonden = zoekSector(tekst);
  if (gevonden) return gevonden;
  throw ongeldig(`onbekende sector ${toon(tekst)}; kies V&V (of VV), GZ of GGZ`);
}
