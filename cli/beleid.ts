import { SECTOREN, zoekSector, type Sector } from '../core/sector';
import { beleidstabel, kanttekeningenVoor, type Beleidsfilter, type Beleidsrij } from '../core/tariefpercentage';
import { ZORGKANTOREN, zoekZorgkantoor, type Zorgkantoor } from '../core/zorgkantoor';
import { GebruiksFout, leesOpties } from './opties';
import type { Uitvoer } from './wlz';

/**
 * `wlz beleid [--jaar J] [--zorgkantoor Z] [--sector S]` (SPEC §7): the embedded policy table with its
 * sources, as aligned Dutch text. Options as cli/opties reads them. A bad option or value is a usage error
 * (exit 2); an empty selection says so and exits 0.
 */
const OPTIES = { jaar: 'waarde', zorgkantoor: 'waarde', sector: 'waarde' } as const;
type Optie = keyof typeof OPTIES;

function filterUit(opties: Partial<Record<Optie, string>>): Beleidsfilter {
  const filter: Beleidsfilter = {};
  if (opties.jaar !== undefined) {
    if (!/^\s*\d{4}\s*$/.test(opties.jaar)) throw new GebruiksFout(`wlz beleid: --jaar moet een jaartal zijn zoals 2024, niet "${opties.jaar}"`);
    filter.jaar = Number(opties.jaar);
  }
  if (opties.zorgkantoor !== undefined) {
    const zorgkantoor: Zorgkantoor | undefined = zoekZorgkantoor(opties.zorgkantoor);
    if (!zorgkantoor) throw new GebruiksFout(`wlz beleid: onbekend zorgkantoor "${opties.zorgkantoor}"; bekend zijn: ${ZORGKANTOREN.join(', ')} (ook ZK, Z&Z, ZenZ)`);
    filter.zorgkantoor = zorgkantoor;
  }
  if (opties.sector !== undefined) {
    const sector: Sector | undefined = zoekSector(opties.sector);
    if (!sector) throw new GebruiksFout(`wlz beleid: onbekende sector "${opties.sector}"; kies ${SECTOREN.join(', ')} (of VV)`);
    filter.sector = sector;
  }
  return filter;
}

const KOPPEN = ['Jaar', 'Zorgkantoor', 'Sector', 'Kenmerken', 'Zorg', 'NHC/NIC', 'Bron'];

function cellen(rij: Beleidsrij): string[] {
  return [String(rij.jaar), rij.zorgkantoor, rij.sectoren.join(', '), rij.kenmerken, rij.zorg, rij.nhcNic, rij.bron];
}

/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
function uitgelijnd(regels: string[][]): string[] {
  const breedtes = KOPPEN.map((_, k) => regels.reduce((breedste, r) => Math.max(breedste, r[k].length), 0));
  return regels.map((r) => r.map((cel, k) => (k === r.length - 1 ? cel : cel.padEnd(breedtes[k]))).join('  ').trimEnd());
}

function filterTekst(filter: Beleidsfilter): string {
  const delen = [filter.zorgkantoor, filter.jaar, filter.sector].filter((d) => d !== undefined);
  return delen.length ? ` voor ${delen.join(' ')}` : '';
}

export async function beleid(args: string[], uit: Uitvoer): Promise<number> {
  const filter = filterUit(leesOpties(args, 'wlz beleid', OPTIES, { argumenten: false }).opties);
  const rijen = beleidstabel(filter);
  if (rijen.length === 0) {
    uit.schrijf(`Geen ingebouwd tariefbeleid${filterTekst(filter)}.\n`);
    return 0;
  }
  const regels = uitgelijnd([KOPPEN, ...rijen.map(cellen)]);
  const streep = regels[0].replace(/\S/g, '-');
  const kanttekeningen = kanttekeningenVoor(filter);
  const tekst = [
    `Ingebouwd tariefbeleid${filterTekst(filter)}`,
    'Percentages van het NZa-maximumtarief; pp = procentpunt; — = zonder kenmerken. "niet gepubliceerd": de bron noemt geen getal, vul het afgesproken percentage zelf in.',
    '',
    regels[0],
    streep,
    ...regels.slice(1),
    ...(kanttekeningen.length ? ['', 'Niet met zekerheid aan een zorgkantoor toe te schrijven (alleen ter toelichting, nooit in een berekening):', ...kanttekeningen.map((k) => `  - ${k}`)] : []),
  ];
  uit.schrijf(`${tekst.join('\n')}\n`);
  return 0;
}
