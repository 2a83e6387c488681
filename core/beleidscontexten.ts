import type { D } from './geld';
import { beleidsregels, type Beleidsregel, type KenmerkId } from './beleid';
import type { EigenBeleid } from './beleid/eigen-beleid';
import { kenmerkwoord } from './beleid/kenmerken';
import { uitProcent } from './beleid/tekst';
import { SECTOREN, type Sector } from './sector';
import { kenmerkenVan } from './tariefpercentage';
import { ZORGKANTOREN, type Zorgkantoor } from './zorgkantoor';

/** What the task pane offers: every context with policy, its words and combinations. */

export interface KenmerkKeuze {
  woord: string;
  /** Words of one group exclude each other. */
  groep?: string;
  /** keuze: selects a row of the source table; opslag: adds procentpunten; standaard: states the default; niet gepubliceerd: gives #N/A. */
  werking: 'keuze' | 'opslag' | 'standaard' | 'niet gepubliceerd';
  /** For a word that carries its own step ("differentiatie +0,5"): the allowed range. */
  bandbreedte?: { van: D; tot: D };
}

export interface Combinatie {
  kenmerken: string[];
  /** This row starts from vorig_percentage. */
  vorigPercentage: boolean;
  /** False when the source names the case without a number (`#N/A`). */
  gepubliceerd: boolean;
}

export interface Beleidscontext {
  zorgkantoor: Zorgkantoor;
  jaar: number;
  sector: Sector;
  kenmerken: KenmerkKeuze[];
  combinaties: Combinatie[];
  samenvatting?: string;
  /** The context comes from the user's policy table. */
  eigen: boolean;
}

function werkingVan(beleidsregel: Beleidsregel, id: KenmerkId): KenmerkKeuze['werking'] {
  if (kenmerkwoord(id, beleidsregel.eigenWoorden).standaardVan) return 'standaard';
  if ((beleidsregel.nietGepubliceerd ?? []).some((n) => n.kenmerk === id)) return 'niet gepubliceerd';
  if ((beleidsregel.opslagen ?? []).some((o) => o.kenmerk === id)) return 'opslag';
  return 'keuze';
}

/**
 * Every zorgkantoor/jaar/sector with policy, with the kenmerken and combinations it knows, so the task
 * pane offers only valid choices. Ordered by year, then zorgkantoor (Thema's 2024–2026 order), then sector.
 * With the user's policy table (docs/contract.md §3 decision 15) its combinations replace the embedded ones and
 * its own years and zorgkantoren are offered too.
 */
export function beleidscontexten(eigen?: EigenBeleid): Beleidscontext[] {
  const eigenRegels = eigen?.regels ?? [];
  const vervangen = (r: Beleidsregel, sector: Sector) =>
    eigenRegels.some((e) => e.zorgkantoor === r.zorgkantoor && e.jaar === r.jaar && e.sectoren.includes(sector));
  const contexten = [...eigenRegels, ...beleidsregels].flatMap((beleidsregel) =>
    beleidsregel.sectoren
      .filter((sector) => eigenRegels.includes(beleidsregel) || !vervangen(beleidsregel, sector))
      .map((sector): Beleidscontext => ({
        zorgkantoor: beleidsregel.zorgkantoor,
        jaar: beleidsregel.jaar,
        sector,
        kenmerken: kenmerkenVan(beleidsregel).map((id) => {
          const bandbreedte = beleidsregel.opslagen?.find((o) => o.kenmerk === id)?.bandbreedte;
          return {
            woord: kenmerkwoord(id, beleidsregel.eigenWoorden).woord,
            groep: kenmerkwoord(id, beleidsregel.eigenWoorden).groep,
            werking: werkingVan(beleidsregel, id),
            bandbreedte: bandbreedte && { van: uitProcent(bandbreedte.vanProcentpunt), tot: uitProcent(bandbreedte.totProcentpunt) },
          };
        }),
        combinaties: beleidsregel.varianten.map((v) => ({
          kenmerken: v.kenmerken.map((id) => kenmerkwoord(id, beleidsregel.eigenWoorden).woord),
          vorigPercentage: 'vorigPercentage' in v.basis,
          gepubliceerd: !('nietGepubliceerd' in v.basis),
        })),
        samenvatting: beleidsregel.samenvatting,
        eigen: beleidsregel.eigenWoorden !== undefined,
      })),
  );
  return contexten.sort(
    (a, b) =>
      a.jaar - b.jaar ||
      ZORGKANTOREN.indexOf(a.zorgkantoor) - ZORGKANTOREN.indexOf(b.zorgkantoor) ||
      SECTOREN.indexOf(a.sector) - SECTOREN.indexOf(b.sector),
  );
}
