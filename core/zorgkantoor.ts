import { ongeldig } from './fout';
import { normaliseer, toon } from './invoer';

/**
 * The seven zorgkantoren, in the column order of Thema's 2024–2026 (row "Bekostiging en tarieven"),
 * which VERGELIJK and `wlz beleid` follow.
 */
export const ZORGKANTOREN = ['Zilveren Kruis', 'VGZ', 'Menzis', 'CZ', 'Salland', 'DSW', 'Zorg en Zekerheid'] as const;
export type Zorgkantoor = (typeof ZORGKANTOREN)[number];

/** Compares names without case, accents, spaces, dots or the word "zorgkantoor": "Z & Z" = "z&z". */
function sleutel(tekst: string): string {
  return normaliseer(tekst)
    .replace(/\bzorgkantoor\b/g, '')
    .replace(/[\s.]/g, '');
}

// docs/contract.md §1 "names and words": the aliases users type.
const ALIASSEN: Record<Zorgkantoor, string[]> = {
  'Zilveren Kruis': ['Zilveren Kruis', 'ZK'],
  VGZ: ['VGZ'],
  Menzis: ['Menzis'],
  CZ: ['CZ'],
  Salland: ['Salland'],
  DSW: ['DSW'],
  'Zorg en Zekerheid': ['Zorg en Zekerheid', 'Zorg & Zekerheid', 'Z&Z', 'ZenZ', 'Z en Z'],
};

const OP_SLEUTEL = new Map<string, Zorgkantoor>(
  ZORGKANTOREN.flatMap((naam) => ALIASSEN[naam].map((alias) => [sleutel(alias), naam] as const)),
);

/** The canonical name for a name or alias, or undefined when it is not one of the seven. */
export function zoekZorgkantoor(tekst: string): Zorgkantoor | undefined {
  return OP_SLEUTEL.get(sleutel(tekst));
}

/** The canonical name; an unknown name is `#VALUE!` listing the seven with their aliases. */
export function leesZorgkantoor(tekst: string): Zorgkantoor {
  const gevonden = zoekZorgkantoor(tekst);
  if (gevonden) return gevonden;
  const bekend = ZORGKANTOREN.map((naam) => (ALIASSEN[naam].length > 1 ? `${naam} (${ALIASSEN[naam].slice(1).join(', ')})` : naam));
  throw ongeldig(`onbekend zorgkantoor ${toon(tekst)}; bekend zijn: ${bekend.join(', ')}`);
}
