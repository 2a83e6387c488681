import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import {
  type Beleid,
  type Bevinding,
  GEEN_TABEL,
  type Tabel,
  controleer as controleerTabel,
  herkenTabellen,
  leesControlecontext,
  maakBeleid,
} from '../core/controle';
import { KOLOMNAAM } from '../core/controle/kolommen';
import { WlzFout } from '../core/fout';
import { isLeeg, normaliseer } from '../core/invoer';
import type { EigenBeleid } from '../core/beleid/eigen-beleid';
import { CSV, type Werkblad, WERKMAP } from '../core/werkmap';
import { leesBeleidsbestand } from './beleidsbestand';
import { GebruiksFout, leesOpties as leesOpdrachtregel } from './opties';
import { Onleesbaar, leesWerkmap } from './werkmap';
import type { Uitvoer } from './wlz';

/**
 * `wlz controleer PAD … [--blad NAAM] [--zorgkantoor Z] [--jaar J] [--sector S] [--kenmerken K] [--vorig P]
 * [--beleid PAD] [--rapport PAD.xlsx] [--json]` (docs/contract.md §7): the checks of WLZ.CONTROLEER over workbooks and
 * CSV exports on disk. A folder means every workbook and CSV directly in it — not in subfolders, so an
 * archive or backup folder inside is not checked by surprise; a symlink in it is followed. Many files are
 * checked on every core (worker threads). Exit 0 when clean (warnings only is still clean), 1 when any
 * finding is a fout, 2 when a file could not be read (the others are still checked).
 */

/** One finding in the report; the file-level ones (no table, missing sheet) have no sheet or cell. */
export interface Rapportbevinding {
  blad: string | null;
  rij: number | null;
  kolom: string | null;
  ernst: Bevinding['ernst'];
  bericht: string;
  verwacht?: string;
  gevonden?: string;
  /** "Blad1!H7" or "'Mijn blad'!H7". */
  cel?: string;
}

/** One table checked, for the report: what was read as what and which rows were skipped. */
export interface Gecontroleerd {
  blad: string;
  bereik: string;
  regels: number;
  /** "Volume" → "E: Volume 2023". */
  kolommen: Record<string, string>;
  nietGelezen: { kolom: string; reden: string }[];
  overgeslagen: { rij: number; reden: string }[];
  /** Index range into `bevindingen` of this table's findings. */
  bevindingen: number[];
}

export type Bestandsrapport =
  { pad: string; bevindingen: Rapportbevinding[]; tabellen: Gecontroleerd[]; verborgenBladen: string[] } | { pad: string; fout: string };

export interface Opties {
  paden: string[];
  blad?: string;
  json: boolean;
  beleid?: Beleid;
  jaar?: number;
  rapport?: string;
}

const OPTIES = {
  blad: 'waarde',
  zorgkantoor: 'waarde',
  jaar: 'waarde',
  sector: 'waarde',
  kenmerken: 'waarde',
  vorig: 'waarde',
  beleid: 'waarde',
  rapport: 'waarde',
  json: 'vlag',
} as const;
type WaardeOptie = Exclude<keyof typeof OPTIES, 'json'>;

/** Beyond this many files, progress goes to stderr. */
const VOORTGANG_VANAF = 5;
/** A single file still being read after this long gets progress lines too. */
const VOORTGANG_NA_MS = 3000;
/** From this many files on, the files are spread over worker threads. */
const WERKERS_VANAF = 8;

/** Runs `wlz controleer` with its arguments (after the word "controleer"); resolves to the exit code. */
export async function controleer(args: string[], uit: Uitvoer): Promise<number> {
  const opties = await leesOpties(args);
  if (opties.rapport !== undefined) await (await import('./rapport')).controleerRapportpad(opties.rapport);
  const bestanden = await verzamel(opties.paden);
  const rapporten = await controleerAlle(bestanden, args, opties, uit);
  uit.schrijf(opties.json ? `${JSON.stringify({ bestanden: rapporten.map(alsJson) }, null, 2)}\n` : leesbaar(rapporten, opties));
  if (opties.rapport !== undefined) {
    await (await import('./rapport')).schrijfRapport(opties.rapport, rapporten);
    uit.fout(`rapport geschreven: ${opties.rapport}\n`);
  }
  if (rapporten.some((r) => 'fout' in r)) return 2;
  return rapporten.some((r) => 'bevindingen' in r && r.bevindingen.some((b) => b.ernst === 'fout')) ? 1 : 0;
}

/** How many threads check files (the main thread included): WLZ_WERKERS, else one per core, at most 8. */
function aantalWerkers(bestanden: number): number {
  const gevraagd = Number(process.env.WLZ_WERKERS);
  const kernen = Number.isInteger(gevraagd) && gevraagd > 0 ? gevraagd : Math.min(8, availableParallelism());
  return Math.min(kernen, Math.ceil(bestanden / 4));
}

async function controleerAlle(bestanden: string[], args: string[], opties: Opties, uit: Uitvoer): Promise<Bestandsrapport[]> {
  const werkers = aantalWerkers(bestanden.length);
  // Worker threads need the compiled module; from the TypeScript sources (tests) the files are checked here.
  const werker = join(__dirname, 'controleer-werker.js');
  if (bestanden.length >= WERKERS_VANAF && werkers > 1 && __filename.endsWith('.js')) {
    return (await import('./controleer-werker')).verdeel(werker, bestanden, args, opties, werkers, (klaar, pad) =>
      uit.fout(`[${klaar}/${bestanden.length}] ${pad}\n`),
    );
  }
  const rapporten: Bestandsrapport[] = [];
  for (const [i, pad] of bestanden.entries()) {
    if (bestanden.length > VOORTGANG_VANAF) uit.fout(`[${i + 1}/${bestanden.length}] ${pad}\n`);
    rapporten.push(await controleerBestand(pad, opties, voortgangVoor(pad, uit)));
  }
  return rapporten;
}

/** Progress for one large file: after a few seconds, where the reader is. */
function voortgangVoor(pad: string, uit: Uitvoer): (blad: string, rij: number) => void {
  const start = Date.now();
  let gemeld = 0;
  return (blad, rij) => {
    const nu = Date.now();
    if (nu - start < VOORTGANG_NA_MS || nu - gemeld < 1000) return;
    gemeld = nu;
    uit.fout(`${pad}: blad ${blad}, rij ${rij.toLocaleString('nl-NL')} …\n`);
  };
}

export async function leesOpties(args: string[]): Promise<Opties> {
  const { opties: waarden, argumenten: paden } = leesOpdrachtregel(args, 'wlz controleer', OPTIES);
  if (paden.length === 0) throw new GebruiksFout('geef een werkmap (.xlsx), een CSV-export of een map met werkmappen');
  if (waarden.rapport !== undefined && !/\.xlsx$/i.test(waarden.rapport))
    throw new GebruiksFout('wlz controleer: --rapport: geef een bestandsnaam die eindigt op .xlsx');
  // --beleid PAD: the user's policy table (docs/contract.md §3 decision 15), read before any workbook.
  const eigen = waarden.beleid === undefined ? undefined : await leesBeleidsbestand(waarden.beleid);
  const jaar = waarden.jaar !== undefined && /^\d{4}$/.test(waarden.jaar.trim()) ? Number(waarden.jaar) : undefined;
  return { paden, blad: waarden.blad, json: waarden.json === true, beleid: leesBeleid(waarden, eigen), jaar, rapport: waarden.rapport };
}

/** The policy context from the options; an unknown zorgkantoor or sector is a usage error. */
function leesBeleid(w: Partial<Record<WaardeOptie, string>>, eigen: EigenBeleid | undefined): Beleid | undefined {
  try {
    const context = leesControlecontext(w.zorgkantoor ?? null, w.jaar ?? null, w.sector ?? null, w.kenmerken ?? null, {
      voorvoegsel: '--',
      vorig: w.vorig ?? null,
      eigen,
    });
    return context && maakBeleid(context);
  } catch (fout) {
    if (fout instanceof WlzFout) throw new GebruiksFout(fout.bericht);
    throw fout;
  }
}

const IN_MAP = (naam: string) => (WERKMAP.test(naam) || CSV.test(naam)) && !naam.startsWith('~$');

/**
 * The files to check, in the order given; a folder's workbooks and CSV files sorted by name, lock
 * files ("~$naam.xlsx", Excel's beside an open workbook) left out. Anything else with such a name —
 * a symlink, a FIFO — is listed and the reader says whether it can be read.
 */
async function verzamel(paden: string[]): Promise<string[]> {
  const bestanden: string[] = [];
  for (const pad of paden) {
    const soort = await stat(pad).catch(() => undefined);
    if (!soort?.isDirectory()) {
      bestanden.push(pad);
      continue;
    }
    const namen: string[] = [];
    for (const e of await readdir(pad, { withFileTypes: true })) {
      if (!IN_MAP(e.name) || e.isDirectory()) continue;
      // A symlink to a folder is a subfolder: not checked.
      if (e.isSymbolicLink() && (await stat(join(pad, e.name)).catch(() => undefined))?.isDirectory()) continue;
      namen.push(e.name);
    }
    namen.sort((a, b) => a.localeCompare(b, 'nl'));
    if (namen.length === 0) throw new GebruiksFout(`geen werkmappen (.xlsx) of CSV-bestanden in de map ${pad}`);
    bestanden.push(...namen.map((naam) => join(pad, naam)));
  }
  return bestanden;
}

export async function controleerBestand(
  pad: string,
  opties: Opties,
  voortgang?: (blad: string, rij: number) => void,
): Promise<Bestandsrapport> {
  let bladen: Werkblad[];
  try {
    bladen = (await leesWerkmap(pad, voortgang)).bladen;
  } catch (fout) {
    if (fout instanceof Onleesbaar) return { pad, fout: fout.message };
    throw fout;
  }
  const bevindingen: Rapportbevinding[] = [];
  const tabellen: Gecontroleerd[] = [];
  const bestandsbevinding = (blad: string | null, ernst: Bevinding['ernst'], bericht: string) =>
    bevindingen.push({ blad, rij: null, kolom: null, ernst, bericht });

  // A hidden sheet (lookup lists, last year's copy) is only checked when asked for by --blad.
  let gekozen = bladen.filter((b) => !b.verborgen);
  if (opties.blad !== undefined) {
    const gezocht = normaliseer(opties.blad);
    gekozen = bladen.filter((b) => normaliseer(b.naam) === gezocht);
    if (gekozen.length === 0) {
      bestandsbevinding(
        opties.blad,
        'fout',
        `blad "${opties.blad}" bestaat niet in deze werkmap; de bladen zijn: ${bladen.map((b) => b.naam).join(', ')}`,
      );
    }
  }
  for (const blad of gekozen) {
    const gevonden = herkenTabellen(
      blad.raster,
      { blad: blad.naam, rij: 1, kolom: 1 },
      { jaar: opties.jaar, verborgenKolommen: blad.verborgenKolommen },
    );
    if (gevonden.length === 0) {
      // Without --blad a sheet without a table (notes, a chart) is simply not a productieafspraak.
      if (opties.blad !== undefined) bestandsbevinding(blad.naam, 'fout', isLeegBlad(blad) ? 'het blad is leeg' : GEEN_TABEL);
      continue;
    }
    for (const tabel of gevonden) {
      const begin = bevindingen.length;
      for (const { cel, ...b } of controleerTabel(tabel, opties.beleid))
        bevindingen.push({ blad: blad.naam, ...b, cel: `${bladVerwijzing(blad.naam)}!${cel}` });
      tabellen.push({ blad: blad.naam, ...beschrijf(tabel), bevindingen: [begin, bevindingen.length] });
    }
  }
  if (opties.blad === undefined && tabellen.length === 0) {
    const leeg = bladen.filter(isLeegBlad).map((b) => b.naam);
    const toelichting = leeg.length === bladen.length ? 'alle bladen zijn leeg' : `bladen: ${bladen.map((b) => b.naam).join(', ')}`;
    bestandsbevinding(null, 'waarschuwing', `${GEEN_TABEL}; ${toelichting}`);
  }
  const verborgenBladen = opties.blad === undefined ? bladen.filter((b) => b.verborgen).map((b) => b.naam) : [];
  return { pad, bevindingen, tabellen, verborgenBladen };
}

function beschrijf(tabel: Tabel): Omit<Gecontroleerd, 'blad' | 'bevindingen'> {
  const kolommen = Object.fromEntries(
    Object.values(tabel.kolommen)
      .sort((a, b) => a.index - b.index)
      .map((k) => [KOLOMNAAM[k.soort], `${k.letter}: ${k.naam}`]),
  );
  return {
    bereik: tabel.bereik,
    regels: tabel.regels.length,
    kolommen,
    nietGelezen: [
      ...tabel.nietGelezen.map((n) => ({ kolom: `${n.kolom.letter}: ${n.kolom.naam}`, reden: n.reden })),
      ...tabel.dubbel.map((k) => ({ kolom: `${k.letter}: ${k.naam}`, reden: `betekent hetzelfde als ${tabel.kolommen[k.soort]?.letter}` })),
    ],
    overgeslagen: tabel.overgeslagen,
  };
}

function isLegeBladrij(rij: Werkblad['raster'][number] | undefined): boolean {
  return (rij ?? []).every((cel) => (typeof cel !== 'object' || cel === null ? isLeeg(cel) : false));
}

function isLeegBlad(blad: Werkblad): boolean {
  return blad.raster.every(isLegeBladrij);
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
export function bladVerwijzing(naam: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

function alsJson(r: Bestandsrapport): object {
  if ('fout' in r) return { pad: r.pad, fout: r.fout };
  return {
    pad: r.pad,
    bevindingen: r.bevindingen,
    tabellen: r.tabellen.map(({ bevindingen: _, ...t }) => t),
    ...(r.verborgenBladen.length ? { verborgenBladen: r.verborgenBladen } : {}),
  };
}

function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}

function telling(bevindingen: Rapportbevinding[]): string {
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length;
  const waarschuwingen = bevindingen.length - fouten;
  if (bevindingen.length === 0) return 'geen bevindingen';
  return [
    ...(fouten ? [aantal(fouten, 'fout', 'fouten')] : []),
    ...(waarschuwingen ? [aantal(waarschuwingen, 'waarschuwing', 'waarschuwingen')] : []),
  ].join(', ');
}

function bevindingRegels(lijst: Rapportbevinding[]): string[] {
  const breedte = Math.max(0, ...lijst.map((b) => (b.cel ?? '').length));
  return lijst.map(
    (b) => `    ${b.ernst.padEnd('waarschuwing'.length)}  ${breedte ? `${(b.cel ?? '').padEnd(breedte)}  ` : ''}${b.bericht}`,
  );
}

/** "rij 4, 8 (tussenkop …); rij 12 (geen volume of bedrag)": skipped rows grouped by reason. */
function overgeslagenTekst(lijst: { rij: number; reden: string }[]): string {
  const perReden = new Map<string, number[]>();
  for (const o of lijst) perReden.set(o.reden, [...(perReden.get(o.reden) ?? []), o.rij]);
  return [...perReden]
    .map(
      ([reden, rijen]) =>
        `rij ${rijen.length > 8 ? `${rijen.slice(0, 8).join(', ')} en ${rijen.length - 8} meer` : rijen.join(', ')} (${reden})`,
    )
    .join('; ');
}

/** The Dutch report: per file, per table its findings with their cells and how it was read. */
function leesbaar(rapporten: Bestandsrapport[], opties: Opties): string {
  const regels: string[] = [];
  for (const r of rapporten) {
    regels.push(r.pad);
    if ('fout' in r) {
      regels.push(`  NIET TE LEZEN: ${r.fout}`, '');
      continue;
    }
    for (const b of r.bevindingen.filter((b) => b.blad === null)) regels.push(`  ${b.ernst}: ${b.bericht}`);
    for (const t of r.tabellen) {
      const lijst = r.bevindingen.slice(t.bevindingen[0], t.bevindingen[1]);
      regels.push(
        `  blad ${t.blad}, tabel ${t.bereik} (${aantal(t.regels, 'regel', 'regels')}): ${telling(lijst)}`,
        ...bevindingRegels(lijst),
      );
      regels.push(
        `    gelezen: ${Object.entries(t.kolommen)
          .map(([soort, k]) => `${soort} = ${k}`)
          .join('; ')}`,
      );
      if (t.nietGelezen.length) regels.push(`    niet gelezen: ${t.nietGelezen.map((n) => `${n.kolom} (${n.reden})`).join('; ')}`);
      if (t.overgeslagen.length) regels.push(`    overgeslagen: ${overgeslagenTekst(t.overgeslagen)}`);
    }
    // Sheet-level findings without a table (--blad on a sheet that is missing or empty).
    const zonderTabel = r.bevindingen.filter((b) => b.blad !== null && !r.tabellen.some((t) => t.blad === b.blad));
    for (const blad of [...new Set(zonderTabel.map((b) => b.blad as string))]) {
      const lijst = zonderTabel.filter((b) => b.blad === blad);
      regels.push(`  blad ${blad}: ${telling(lijst)}`, ...bevindingRegels(lijst));
    }
    if (r.verborgenBladen.length)
      regels.push(`  verborgen bladen niet gecontroleerd (kies er een met --blad): ${r.verborgenBladen.join(', ')}`);
    regels.push('');
  }
  const gelezen = rapporten.filter((r): r is Extract<Bestandsrapport, { bevindingen: unknown }> => 'bevindingen' in r);
  const onleesbaar = rapporten.length - gelezen.length;
  const alle = gelezen.flatMap((r) => r.bevindingen);
  const tabellen = gelezen.reduce((n, r) => n + r.tabellen.length, 0);
  regels.push(
    `Samenvatting: ${aantal(rapporten.length, 'werkmap', 'werkmappen')}, ${aantal(tabellen, 'tabel', 'tabellen')} gecontroleerd: ${telling(alle)}` +
      (onleesbaar ? `; ${aantal(onleesbaar, 'bestand', 'bestanden')} niet te lezen` : '') +
      '.',
    !opties.beleid
      ? 'Tariefpercentages niet met het beleid vergeleken (geef --zorgkantoor, --jaar en --sector).'
      : opties.beleid.nietGepubliceerd
        ? `Tariefpercentages niet met het beleid vergeleken: ${opties.beleid.nietGepubliceerd}.`
        : `Tariefpercentages vergeleken met het beleid van ${opties.beleid.omschrijving}.`,
  );
  return `${regels.join('\n')}\n`;
}
