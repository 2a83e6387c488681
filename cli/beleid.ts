import type { EigenBeleid } from '../core/beleid/eigen-beleid';
import { BELEIDSSECTIES, type Beleidssectie } from '../core/beleid/overzicht';
import type { Beleidsfilter } from '../core/beleid/tabel';
import { SECTOREN, zoekSector, type Sector } from '../core/sector';
import { ZORGKANTOREN, zoekZorgkantoor, type Zorgkantoor } from '../core/zorgkantoor';
import { GebruiksFout, leesOpties } from './opties';
import type { Uitvoer } from './wlz';

/**
 * `wlz beleid [--jaar J] [--zorgkantoor Z] [--sector S] [--beleid PAD]` (docs/contract.md §7): every number of
 * every source with its bron — one aligned Dutch table per section of core/beleid/overzicht.ts — plus
 * the user's policy table (decision 15) when given. Options as cli/opties reads them. A bad option or
 * value is a usage error (exit 2); an empty selection says so and exits 0.
 */
const OPTIES = { jaar: 'waarde', zorgkantoor: 'waarde', sector: 'waarde', beleid: 'waarde' } as const;
type Optie = keyof typeof OPTIES;

function filterUit(opties: Partial<Record<Optie, string>>): Beleidsfilter {
  const filter: Beleidsfilter = {};
  if (opties.jaar !== undefined) {
    if (!/^\s*\d{4}\s*$/.test(opties.jaar))
      throw new GebruiksFout(`wlz beleid: --jaar moet een jaartal zijn zoals 2024, niet "${opties.jaar}"`);
    filter.jaar = Number(opties.jaar);
  }
  if (opties.zorgkantoor !== undefined) {
    const zorgkantoor: Zorgkantoor | undefined = zoekZorgkantoor(opties.zorgkantoor);
    if (!zorgkantoor)
      throw new GebruiksFout(
        `wlz beleid: onbekend zorgkantoor "${opties.zorgkantoor}"; bekend zijn: ${ZORGKANTOREN.join(', ')} (ook ZK, Z&Z, ZenZ)`,
      );
    filter.zorgkantoor = zorgkantoor;
  }
  if (opties.sector !== undefined) {
    const sector: Sector | undefined = zoekSector(opties.sector);
    if (!sector) throw new GebruiksFout(`wlz beleid: onbekende sector "${opties.sector}"; kies ${SECTOREN.join(', ')} (of VV)`);
    filter.sector = sector;
  }
  return filter;
}

/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
function uitgelijnd(regels: string[][]): string[] {
  const breedtes = regels[0].map((_, k) => regels.reduce((breedste, r) => Math.max(breedste, r[k].length), 0));
  return regels.map((r) =>
    r
      .map((cel, k) => (k === r.length - 1 ? cel : cel.padEnd(breedtes[k])))
      .join('  ')
      .trimEnd(),
  );
}

function filterTekst(filter: Beleidsfilter): string {
  const delen = [filter.zorgkantoor, filter.jaar, filter.sector].filter((d) => d !== undefined);
  return delen.length ? ` voor ${delen.join(' ')}` : '';
}

/** One section as text: title, how to read it, the aligned table and its notes; none without rows. */
function sectieTekst(sectie: Beleidssectie, filter: Beleidsfilter, eigen: EigenBeleid | undefined): string[] {
  const rijen = sectie.rijen(filter, eigen);
  if (rijen.length === 0) return [];
  const regels = uitgelijnd([[...sectie.koppen], ...rijen]);
  const noten = sectie.noten?.(filter) ?? [];
  return [
    `${sectie.titel}${filterTekst(filter)}`,
    sectie.toelichting,
    '',
    regels[0],
    regels[0].replace(/\S/g, '-'),
    ...regels.slice(1),
    ...(noten.length ? ['', ...noten] : []),
    '',
  ];
}

export async function beleid(args: string[], uit: Uitvoer): Promise<number> {
  const opties = leesOpties(args, 'wlz beleid', OPTIES, { argumenten: false }).opties;
  const filter = filterUit(opties);
  // The policy-file reader loads exceljs: only when a file is given, so plain `wlz beleid` starts quickly.
  const eigen = opties.beleid === undefined ? undefined : await (await import('./beleidsbestand')).leesBeleidsbestand(opties.beleid);
  const tekst = BELEIDSSECTIES.flatMap((sectie) => sectieTekst(sectie, filter, eigen));
  if (tekst.length === 0) {
    uit.schrijf(`Geen ingebouwd beleid${eigen ? ' of eigen beleid' : ''}${filterTekst(filter)}.\n`);
    return 0;
  }
  const kop = eigen
    ? [
        `Met uw beleidstabel ${opties.beleid}: ${eigen.rijen.length} ${eigen.rijen.length === 1 ? 'regel' : 'regels'}; die vervangen het ingebouwde beleid voor hun zorgkantoor, jaar en sector.`,
        '',
      ]
    : [];
  uit.schrijf(`${[...kop, ...tekst].join('\n').trimEnd()}\n`);
  return 0;
}
