import { alsPercentage } from '../geld';
import type { Sector } from '../sector';
import { ZORGKANTOREN, type Zorgkantoor } from '../zorgkantoor';
import type { EigenBeleid } from './eigen-beleid';
import { beleidsregels, kanttekeningen, richttarieven } from './index';
import { kenmerkwoord } from './kenmerken';
import type { Basis, Beleidsregel, Variant } from './soort';
import { bronnenTekst, toonStap, uitProcent } from './tekst';

/**
 * The embedded policy as a readable table (`wlz beleid`, the task pane): one row per published value,
 * adjustment, unpublished case and ceiling, each with its source. Text only; the numbers a formula
 * uses come from core/tariefpercentage.ts.
 */
export interface Beleidsrij {
  jaar: number;
  /** Canonical zorgkantoor, or "landelijk" for the national richttarief. */
  zorgkantoor: Zorgkantoor | 'landelijk';
  sectoren: Sector[];
  /** "nieuw + geïntegreerd", "+ technologie", "maximum", "—" for the row without kenmerken. */
  kenmerken: string;
  /** "96,8% (95,8% + 1,0 pp)", "+0,1 pp", "niet gepubliceerd". */
  zorg: string;
  /** "100,0%" or "" when the source gives none. */
  nhcNic: string;
  bron: string;
}

export interface Beleidsfilter {
  jaar?: number;
  zorgkantoor?: Zorgkantoor;
  sector?: Sector;
}

function zorgTekst(basis: Basis, variant: Variant): string {
  if ('nietGepubliceerd' in basis) return 'niet gepubliceerd';
  const stappen = (variant.aanpassingen ?? []).map((a) => `${toonStap(uitProcent(a.procentpunt))} pp${a.maximaal ? ' (maximaal)' : ''}`);
  if ('vorigPercentage' in basis) return [basis.vorigPercentage, ...stappen].join(' ');
  const start = uitProcent(basis.procent);
  if (stappen.length === 0) return alsPercentage(start);
  const totaal = (variant.aanpassingen ?? []).reduce((som, a) => som.plus(uitProcent(a.procentpunt)), start);
  return `${alsPercentage(totaal)} (${alsPercentage(start)} ${stappen.join(' ')})`;
}

function rijenVan(beleidsregel: Beleidsregel, sectoren: Sector[]): Beleidsrij[] {
  const rij = (kenmerken: string, zorg: string, bron: Parameters<typeof bronnenTekst>[0], nhcNic = ''): Beleidsrij => ({
    jaar: beleidsregel.jaar,
    zorgkantoor: beleidsregel.zorgkantoor,
    sectoren,
    kenmerken,
    zorg,
    nhcNic,
    bron: bronnenTekst(bron),
  });
  return [
    ...beleidsregel.varianten.map((v) =>
      rij(
        v.kenmerken.length ? v.kenmerken.map((id) => kenmerkwoord(id, beleidsregel.eigenWoorden).woord).join(' + ') : '—',
        zorgTekst(v.basis, v),
        [v.bron],
        v.nhcNicProcent !== undefined ? alsPercentage(uitProcent(v.nhcNicProcent)) : '',
      ),
    ),
    ...(beleidsregel.opslagen ?? []).map((o) => {
      const waarde = o.bandbreedte
        ? `${toonStap(uitProcent(o.bandbreedte.vanProcentpunt))} … ${toonStap(uitProcent(o.bandbreedte.totProcentpunt))} pp`
        : `${toonStap(uitProcent(o.procentpunt ?? '0'))} pp`;
      return rij(`+ ${kenmerkwoord(o.kenmerk).woord}`, waarde, [o.bron]);
    }),
    ...(beleidsregel.nietGepubliceerd ?? []).map((n) => rij(kenmerkwoord(n.kenmerk).woord, 'niet gepubliceerd', [n.bron])),
    ...(beleidsregel.plafond ? [rij('maximum', alsPercentage(uitProcent(beleidsregel.plafond.procent)), [beleidsregel.plafond.bron])] : []),
  ];
}

/** The sectors of a row that pass the filter; none means the row is left out. */
function sectorenDoor(sectoren: readonly Sector[], filter: Beleidsfilter): Sector[] {
  return filter.sector === undefined ? [...sectoren] : sectoren.filter((s) => s === filter.sector);
}

/**
 * The policy table, filtered (with the user's policy table where given): national richttarief rows first in each year, then the zorgkantoren in
 * the order of Thema's 2024–2026. A zorgkantoor filter leaves out the national rows.
 */
export function beleidstabel(filter: Beleidsfilter = {}, eigen?: EigenBeleid): Beleidsrij[] {
  const jaarPast = (jaar: number) => filter.jaar === undefined || filter.jaar === jaar;
  const landelijk: Beleidsrij[] =
    filter.zorgkantoor !== undefined
      ? []
      : richttarieven.flatMap((r) => {
          const sectoren = sectorenDoor(r.sectoren, filter);
          if (!jaarPast(r.jaar) || sectoren.length === 0) return [];
          return [
            {
              jaar: r.jaar,
              zorgkantoor: 'landelijk' as const,
              sectoren,
              kenmerken: 'richttarief',
              zorg: alsPercentage(uitProcent(r.procent)),
              nhcNic: '',
              bron: bronnenTekst([r.bron]),
            },
          ];
        });
  // The user's rules replace the embedded ones for exactly their zorgkantoor, jaar and sector (docs/contract.md §3 decision 15).
  const eigenRegels = eigen?.regels ?? [];
  const vervangen = (beleidsregel: Beleidsregel, sector: Sector) =>
    !eigenRegels.includes(beleidsregel) &&
    eigenRegels.some((e) => e.zorgkantoor === beleidsregel.zorgkantoor && e.jaar === beleidsregel.jaar && e.sectoren.includes(sector));
  const perZorgkantoor = [...beleidsregels, ...eigenRegels].flatMap((beleidsregel) => {
    const sectoren = sectorenDoor(beleidsregel.sectoren, filter).filter((s) => !vervangen(beleidsregel, s));
    if (!jaarPast(beleidsregel.jaar) || sectoren.length === 0) return [];
    if (filter.zorgkantoor !== undefined && filter.zorgkantoor !== beleidsregel.zorgkantoor) return [];
    return rijenVan(beleidsregel, sectoren);
  });
  const volgorde = (r: Beleidsrij) => (r.zorgkantoor === 'landelijk' ? -1 : ZORGKANTOREN.indexOf(r.zorgkantoor));
  // Array.prototype.sort is stable: rows of one rule keep their order.
  return [...landelijk, ...perZorgkantoor].sort((a, b) => a.jaar - b.jaar || volgorde(a) - volgorde(b));
}

/** Statements that cannot be attributed to a zorgkantoor (docs/contract.md §2), for the years and sector asked. */
export function kanttekeningenVoor(filter: Beleidsfilter = {}): string[] {
  if (filter.zorgkantoor !== undefined) return [];
  return kanttekeningen
    .filter((k) => (filter.jaar === undefined || k.jaar === filter.jaar) && sectorenDoor(k.sectoren, filter).length > 0)
    .map((k) => `${k.jaar} ${k.sectoren.join(', ')}: ${k.tekst} (${bronnenTekst([k.bron])})`);
}
