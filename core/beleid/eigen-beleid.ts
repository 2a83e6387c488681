import { WlzFout, ongeldig } from '../fout';
import { type D, alsPercentage } from '../geld';
import { type Cel, isLeeg, leesGeheel, leesPercentage, normaliseer, toon } from '../invoer';
import { type Sector, leesSector } from '../sector';
import { type Zorgkantoor, leesZorgkantoor } from '../zorgkantoor';
import {
  type KenmerkId,
  type Kenmerkwoord,
  herkenKenmerken,
  kenmerkwoord,
  splitsKenmerken,
  woordsleutel,
  zonderTegenspraak,
} from './kenmerken';
import type { Beleidsregel, Bron, Variant } from './soort';

/**
 * Policy the user supplies (docs/contract.md §3 decision 15): a range with a header row — Zorgkantoor, Jaar,
 * Sector, Kenmerken (optional; empty = bestaande aanbieder), Percentage, Percentage NHC/NIC (optional,
 * default 100 %), Maximum (optional), Bron (required) — read into rules of the same shape as the
 * embedded sources, so every lookup, the check and the listing treat them alike. The rows for one
 * zorgkantoor, jaar and sector replace the embedded policy for exactly that combination. Pure: the
 * caller (Excel, the CLI, the pane) hands over the cells.
 */
export interface EigenBeleid {
  /** One rule per zorgkantoor/jaar/sector in the table. */
  regels: readonly Beleidsregel[];
  /** The rows as read, for `wlz beleid` and the pane. */
  rijen: readonly Eigenrij[];
}

export interface Eigenrij {
  /** Row number within the range, the header being rij 1. */
  rij: number;
  zorgkantoor: Zorgkantoor;
  jaar: number;
  sector: Sector;
  /** The kenmerken as the user wrote them, "" for none. */
  kenmerken: string;
  percentage: D;
  percentageNhcNic?: D;
  maximum?: D;
  bron: string;
}

type Kolom = 'zorgkantoor' | 'jaar' | 'sector' | 'kenmerken' | 'percentage' | 'percentageNhcNic' | 'maximum' | 'bron';

/** Column titles as shown in messages, and the header texts each accepts (compared letters only). */
const KOLOMMEN: Record<Kolom, { titel: string; koppen: string[]; verplicht: boolean }> = {
  zorgkantoor: { titel: 'Zorgkantoor', koppen: ['zorgkantoor', 'zorgkantoren'], verplicht: true },
  jaar: { titel: 'Jaar', koppen: ['jaar', 'inkoopjaar', 'contractjaar'], verplicht: true },
  sector: { titel: 'Sector', koppen: ['sector', 'sectoren'], verplicht: true },
  kenmerken: { titel: 'Kenmerken', koppen: ['kenmerken', 'kenmerk', 'aanbieder', 'kenmerken aanbieder'], verplicht: false },
  percentage: {
    titel: 'Percentage',
    koppen: ['percentage', 'tariefpercentage', 'percentage zorg', 'tariefpercentage zorg'],
    verplicht: true,
  },
  percentageNhcNic: {
    titel: 'Percentage NHC/NIC',
    koppen: ['percentage nhc nic', 'percentage nhcnic', 'nhc nic', 'nhcnic', 'tariefpercentage nhc nic', 'percentage nhc en nic'],
    verplicht: false,
  },
  maximum: { titel: 'Maximum', koppen: ['maximum', 'plafond', 'maximaal', 'maximum percentage'], verplicht: false },
  bron: { titel: 'Bron', koppen: ['bron', 'bronvermelding', 'bron document'], verplicht: true },
};

const KOPSLEUTEL = (tekst: string) =>
  normaliseer(tekst)
    .replace(/[^a-z]+/g, ' ')
    .trim();
const OP_KOP = new Map<string, Kolom>(
  (Object.keys(KOLOMMEN) as Kolom[]).flatMap((k) => KOLOMMEN[k].koppen.map((kop) => [KOPSLEUTEL(kop), k] as const)),
);

const VERWACHT = `verwacht een kopregel met ${(Object.keys(KOLOMMEN) as Kolom[])
  .map((k) => `${KOLOMMEN[k].titel}${KOLOMMEN[k].verplicht ? '' : ' (optioneel)'}`)
  .join(', ')}`;

const OMSCHRIJVING = 'percentage uit uw beleidstabel';

/** The range a formula or the CLI hands over: rows of cells. */
export type Beleidsraster = ReadonlyArray<ReadonlyArray<Cel>>;

/**
 * The user's table as policy rules. Every fault is `#VALUE!` naming the table, the row (the header is
 * rij 1) and the column: a missing column or Bron, a percentage > 100 %, an unknown zorgkantoor or
 * sector, contradictory kenmerken, a percentage above the row's Maximum, and two rows for one
 * combination with different percentages.
 */
export function leesEigenBeleid(raster: Beleidsraster, naam = 'beleid'): EigenBeleid {
  const kopIndex = raster.findIndex((rij) => rij.some((cel) => !isLeeg(cel)));
  if (kopIndex === -1) throw ongeldig(`${naam}: de beleidstabel is leeg; ${VERWACHT}`);
  const kolommen = kolommenVan(raster[kopIndex], naam, kopIndex + 1);
  const rijen: Eigenrij[] = [];
  for (let r = kopIndex + 1; r < raster.length; r += 1) {
    const cellen = raster[r];
    if (cellen.every((cel) => isLeeg(cel))) continue;
    rijen.push(leesRij(cellen, r + 1, kolommen, naam));
  }
  if (rijen.length === 0) throw ongeldig(`${naam}: de beleidstabel heeft een kopregel maar geen regels`);
  return { regels: regelsVan(rijen, naam), rijen };
}

interface Gevonden {
  index: number;
  kop: string;
}

function kolommenVan(kop: ReadonlyArray<Cel>, naam: string, rij: number): Partial<Record<Kolom, Gevonden>> {
  const gevonden: Partial<Record<Kolom, Gevonden>> = {};
  kop.forEach((cel, index) => {
    if (typeof cel !== 'string') return;
    const kolom = OP_KOP.get(KOPSLEUTEL(cel));
    if (!kolom) return;
    const eerder = gevonden[kolom];
    if (eerder)
      throw ongeldig(
        `${naam}, rij ${rij}: de koppen "${eerder.kop}" en "${cel.trim()}" betekenen allebei ${KOLOMMEN[kolom].titel}; houd er één`,
      );
    gevonden[kolom] = { index, kop: cel.trim() };
  });
  const ontbreekt = (Object.keys(KOLOMMEN) as Kolom[]).filter((k) => KOLOMMEN[k].verplicht && !gevonden[k]);
  if (ontbreekt.length) {
    throw ongeldig(
      `${naam}, rij ${rij}: ${ontbreekt.length === 1 ? 'kolom' : 'kolommen'} ${ontbreekt.map((k) => KOLOMMEN[k].titel).join(', ')} ${ontbreekt.length === 1 ? 'ontbreekt' : 'ontbreken'} in de kopregel; ${VERWACHT}`,
    );
  }
  return gevonden;
}

function leesRij(cellen: ReadonlyArray<Cel>, rij: number, kolommen: Partial<Record<Kolom, Gevonden>>, naam: string): Eigenrij {
  const plek = (k: Kolom) => `${naam}, rij ${rij}, kolom ${kolommen[k]?.kop ?? KOLOMMEN[k].titel}`;
  const cel = (k: Kolom): Cel => {
    const gevonden = kolommen[k];
    return gevonden ? cellen[gevonden.index] : null;
  };
  /** Reads one cell, prefixing any message with the cell's place. */
  const lees = <T>(k: Kolom, lezer: (waarde: Cel, naam: string) => T): T => {
    try {
      return lezer(cel(k), plek(k));
    } catch (fout) {
      if (fout instanceof WlzFout && !fout.bericht.startsWith(plek(k))) throw ongeldig(`${plek(k)}: ${fout.bericht}`);
      throw fout;
    }
  };
  const tekst =
    (k: Kolom) =>
    (waarde: Cel, plaats: string): string => {
      if (isLeeg(waarde)) throw ongeldig(`${plaats}: ${KOLOMMEN[k].titel} ontbreekt`);
      if (typeof waarde !== 'string') throw ongeldig(`${plaats}: moet tekst zijn, niet ${toon(waarde)}`);
      return waarde.trim();
    };
  const zorgkantoor = lees('zorgkantoor', (w, p) => leesZorgkantoor(tekst('zorgkantoor')(w, p)));
  const jaar = lees('jaar', (w, p) => leesGeheel(w, p, 2000, 2100));
  const sector = lees('sector', (w, p) => leesSector(tekst('sector')(w, p)));
  const kenmerken = lees('kenmerken', (w, p) => {
    if (isLeeg(w)) return '';
    if (typeof w !== 'string') throw ongeldig(`${p}: moet tekst zijn zoals "nieuw", niet ${toon(w)}`);
    return w.trim();
  });
  const percentage = lees('percentage', (w, p) => leesPercentage(w, p));
  const percentageNhcNic = isLeeg(cel('percentageNhcNic')) ? undefined : lees('percentageNhcNic', (w, p) => leesPercentage(w, p));
  const maximum = isLeeg(cel('maximum')) ? undefined : lees('maximum', (w, p) => leesPercentage(w, p));
  const bron = lees('bron', tekst('bron'));
  if (maximum && percentage.greaterThan(maximum)) {
    throw ongeldig(
      `${plek('percentage')}: ${alsPercentage(percentage)} is hoger dan het maximum ${alsPercentage(maximum)} in dezelfde regel`,
    );
  }
  return { rij, zorgkantoor, jaar, sector, kenmerken, percentage, percentageNhcNic, maximum, bron };
}

/** The kenmerken of a row as ids: vocabulary words keep their meaning, other words become the table's own. */
function idsVan(rij: Eigenrij, eigen: Map<string, Kenmerkwoord>, naam: string): KenmerkId[] {
  const woorden = splitsKenmerken(rij.kenmerken);
  const { herkend, onbekend } = herkenKenmerken(woorden);
  for (const woord of onbekend) {
    const sleutel = woordsleutel(woord);
    if (!eigen.has(sleutel)) eigen.set(sleutel, { woord, synoniemen: [] });
  }
  const alle = [...herkend, ...onbekend.map((tekst) => ({ id: `eigen:${woordsleutel(tekst)}` as KenmerkId, tekst }))];
  try {
    // "bestaand" only states the default: the row is the one without "nieuw".
    return zonderTegenspraak(alle, eigen)
      .filter((k) => kenmerkwoord(k.id, eigen).standaardVan === undefined)
      .map((k) => k.id);
  } catch (fout) {
    if (fout instanceof WlzFout) throw ongeldig(`${naam}, rij ${rij.rij}, kolom Kenmerken: ${fout.bericht}`);
    throw fout;
  }
}

function combinatie(ids: readonly KenmerkId[]): string {
  return [...ids].sort().join('+');
}

/** The rows grouped into one rule per zorgkantoor/jaar/sector; a doubled combination must agree. */
function regelsVan(rijen: readonly Eigenrij[], naam: string): Beleidsregel[] {
  const groepen = new Map<string, { rijen: Eigenrij[]; eigen: Map<string, Kenmerkwoord> }>();
  for (const rij of rijen) {
    const sleutel = `${rij.zorgkantoor}\u0000${rij.jaar}\u0000${rij.sector}`;
    const groep = groepen.get(sleutel) ?? { rijen: [] as Eigenrij[], eigen: new Map<string, Kenmerkwoord>() };
    groep.rijen.push(rij);
    groepen.set(sleutel, groep);
  }
  return [...groepen.values()].map(({ rijen: groep, eigen }) => {
    const varianten = new Map<string, { variant: Variant; rij: Eigenrij }>();
    let plafond: { rij: Eigenrij; maximum: D } | undefined;
    for (const rij of groep) {
      const ids = idsVan(rij, eigen, naam);
      const sleutel = combinatie(ids);
      const eerder = varianten.get(sleutel);
      const wat = `${rij.zorgkantoor} ${rij.jaar} ${rij.sector}${ids.length ? `, ${ids.map((id) => kenmerkwoord(id, eigen).woord).join(' + ')}` : ''}`;
      if (eerder) {
        const anders = !eerder.rij.percentage.equals(rij.percentage)
          ? `een ander percentage (${alsPercentage(rij.percentage)} tegen ${alsPercentage(eerder.rij.percentage)})`
          : !gelijk(eerder.rij.percentageNhcNic, rij.percentageNhcNic)
            ? 'een ander percentage NHC/NIC'
            : undefined;
        if (anders)
          throw ongeldig(
            `${naam}, rij ${rij.rij}: dezelfde combinatie als rij ${eerder.rij.rij} (${wat}) met ${anders}; houd één regel per combinatie`,
          );
        continue;
      }
      if (rij.maximum) {
        if (plafond && !plafond.maximum.equals(rij.maximum)) {
          throw ongeldig(
            `${naam}, rij ${rij.rij}, kolom Maximum: ${alsPercentage(rij.maximum)} wijkt af van het maximum ${alsPercentage(plafond.maximum)} in rij ${plafond.rij.rij} voor ${rij.zorgkantoor} ${rij.jaar} ${rij.sector}`,
          );
        }
        plafond = { rij, maximum: rij.maximum };
      }
      const bron: Bron = { titel: rij.bron, sectie: `rij ${rij.rij}`, eigen: true };
      varianten.set(sleutel, {
        rij,
        variant: {
          kenmerken: ids,
          basis: { procent: rij.percentage.times(100).toString(), omschrijving: OMSCHRIJVING },
          nhcNicProcent: rij.percentageNhcNic?.times(100).toString() ?? '100',
          bron,
        },
      });
    }
    const eerste = groep[0];
    return {
      zorgkantoor: eerste.zorgkantoor,
      jaar: eerste.jaar,
      sectoren: [eerste.sector],
      varianten: [...varianten.values()].map((v) => v.variant),
      ...(plafond
        ? {
            plafond: {
              procent: plafond.maximum.times(100).toString(),
              bron: { titel: plafond.rij.bron, sectie: `rij ${plafond.rij.rij}`, eigen: true },
            },
          }
        : {}),
      eigenWoorden: eigen,
    };
  });
}

function gelijk(a: D | undefined, b: D | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.equals(b);
}
