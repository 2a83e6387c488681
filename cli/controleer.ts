import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Beleid, type Bevinding, GEEN_TABEL, controleer as controleerTabel, herkenTabel, leesControlecontext, maakBeleid } from '../core/controle';
import { WlzFout } from '../core/fout';
import { isLeeg, normaliseer } from '../core/invoer';
import type { Raster } from '../core/controle';
import { GebruiksFout, leesOpties as leesOpdrachtregel } from './opties';
import { Onleesbaar, type Werkblad, leesWerkmap } from './werkmap';
import type { Uitvoer } from './wlz';

/**
 * `wlz controleer PAD … [--blad NAAM] [--zorgkantoor Z] [--jaar J] [--sector S] [--kenmerken K] [--json]`
 * (SPEC §7): the checks of WLZ.CONTROLEER over workbooks on disk. A folder means every workbook
 * directly in it — not in subfolders, so an archive or backup folder inside is not checked by
 * surprise. Exit 0 when clean (warnings only is still clean), 1 when any finding is a fout, 2 when a
 * file could not be read (the others are still checked).
 */

/** One finding in the report; the file-level ones (no table, missing sheet) have no sheet or cell. */
interface Rapportbevinding {
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

/** The tables checked in one workbook, for the readable report. */
interface Gecontroleerd {
  blad: string;
  bereik: string;
  regels: number;
}

type Bestandsrapport = { pad: string; bevindingen: Rapportbevinding[]; tabellen: Gecontroleerd[] } | { pad: string; fout: string };

interface Opties {
  paden: string[];
  blad?: string;
  json: boolean;
  beleid?: Beleid;
}

const OPTIES = { blad: 'waarde', zorgkantoor: 'waarde', jaar: 'waarde', sector: 'waarde', kenmerken: 'waarde', json: 'vlag' } as const;
type WaardeOptie = Exclude<keyof typeof OPTIES, 'json'>;

/** Workbooks exceljs reads; .xls is listed too, so the report says it cannot be read rather than skip it. */
const WERKMAP = /\.(xlsx|xlsm|xls)$/i;
/** Beyond this many files, progress goes to stderr. */
const VOORTGANG_VANAF = 5;

/** Runs `wlz controleer` with its arguments (after the word "controleer"); resolves to the exit code. */
export async function controleer(args: string[], uit: Uitvoer): Promise<number> {
  const opties = leesOpties(args);
  const bestanden = await verzamel(opties.paden);
  const rapporten: Bestandsrapport[] = [];
  for (const [i, pad] of bestanden.entries()) {
    if (bestanden.length > VOORTGANG_VANAF) uit.fout(`[${i + 1}/${bestanden.length}] ${pad}\n`);
    rapporten.push(await controleerBestand(pad, opties));
  }
  uit.schrijf(opties.json ? `${JSON.stringify({ bestanden: rapporten.map(alsJson) }, null, 2)}\n` : leesbaar(rapporten, opties));
  if (rapporten.some((r) => 'fout' in r)) return 2;
  return rapporten.some((r) => 'bevindingen' in r && r.bevindingen.some((b) => b.ernst === 'fout')) ? 1 : 0;
}

function leesOpties(args: string[]): Opties {
  const { opties: waarden, argumenten: paden } = leesOpdrachtregel(args, 'wlz controleer', OPTIES);
  if (paden.length === 0) throw new GebruiksFout('geef een werkmap (.xlsx) of een map met werkmappen');
  return { paden, blad: waarden.blad, json: waarden.json === true, beleid: leesBeleid(waarden) };
}

/** The policy context from the options; an unknown zorgkantoor or sector is a usage error. */
function leesBeleid(w: Partial<Record<WaardeOptie, string>>): Beleid | undefined {
  try {
    const context = leesControlecontext(w.zorgkantoor ?? null, w.jaar ?? null, w.sector ?? null, w.kenmerken ?? null, '--');
    return context && maakBeleid(context);
  } catch (fout) {
    if (fout instanceof WlzFout) throw new GebruiksFout(fout.bericht);
    throw fout;
  }
}

/** The files to check, in the order given; a folder's workbooks sorted by name, lock files left out. */
async function verzamel(paden: string[]): Promise<string[]> {
  const bestanden: string[] = [];
  for (const pad of paden) {
    const soort = await stat(pad).catch(() => undefined);
    if (!soort?.isDirectory()) {
      bestanden.push(pad);
      continue;
    }
    const namen = (await readdir(pad, { withFileTypes: true }))
      // "~$naam.xlsx" is the lock file Excel keeps beside an open workbook.
      .filter((e) => e.isFile() && WERKMAP.test(e.name) && !e.name.startsWith('~$'))
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'nl'));
    if (namen.length === 0) throw new GebruiksFout(`geen werkmappen (.xlsx) in de map ${pad}`);
    bestanden.push(...namen.map((naam) => join(pad, naam)));
  }
  return bestanden;
}

async function controleerBestand(pad: string, opties: Opties): Promise<Bestandsrapport> {
  let bladen: Werkblad[];
  try {
    bladen = await leesWerkmap(pad);
  } catch (fout) {
    if (fout instanceof Onleesbaar) return { pad, fout: fout.message };
    throw fout;
  }
  const bevindingen: Rapportbevinding[] = [];
  const tabellen: Gecontroleerd[] = [];
  const bestandsbevinding = (blad: string | null, ernst: Bevinding['ernst'], bericht: string) => bevindingen.push({ blad, rij: null, kolom: null, ernst, bericht });

  let gekozen = bladen;
  if (opties.blad !== undefined) {
    const gezocht = normaliseer(opties.blad);
    gekozen = bladen.filter((b) => normaliseer(b.naam) === gezocht);
    if (gekozen.length === 0) {
      bestandsbevinding(opties.blad, 'fout', `blad "${opties.blad}" bestaat niet in deze werkmap; de bladen zijn: ${bladen.map((b) => b.naam).join(', ')}`);
    }
  }
  for (const blad of gekozen) {
    const tabel = herkenTabel(blad.raster, { blad: blad.naam, rij: 1, kolom: 1 });
    if (!tabel) {
      // Without --blad a sheet without a table (notes, a chart) is simply not a productieafspraak.
      if (opties.blad !== undefined) bestandsbevinding(blad.naam, 'fout', isLeegBlad(blad.raster) ? 'het blad is leeg' : GEEN_TABEL);
      continue;
    }
    tabellen.push({ blad: blad.naam, bereik: tabel.bereik, regels: tabel.regels.length });
    for (const { cel, ...b } of controleerTabel(tabel, opties.beleid)) bevindingen.push({ blad: blad.naam, ...b, cel: `${bladVerwijzing(blad.naam)}!${cel}` });
  }
  if (opties.blad === undefined && tabellen.length === 0) {
    const leeg = bladen.filter((b) => isLeegBlad(b.raster)).map((b) => b.naam);
    const toelichting = leeg.length === bladen.length ? 'alle bladen zijn leeg' : `bladen: ${bladen.map((b) => b.naam).join(', ')}`;
    bestandsbevinding(null, 'waarschuwing', `${GEEN_TABEL}; ${toelichting}`);
  }
  return { pad, bevindingen, tabellen };
}

function isLeegBlad(raster: Raster): boolean {
  return raster.every((rij) => rij.every((cel) => typeof cel !== 'object' || cel === null ? isLeeg(cel) : false));
}

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
export function bladVerwijzing(naam: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

function alsJson(r: Bestandsrapport): object {
  return 'fout' in r ? { pad: r.pad, fout: r.fout } : { pad: r.pad, bevindingen: r.bevindingen };
}

function aantal(n: number, enkel: string, meer: string): string {
  return `${n} ${n === 1 ? enkel : meer}`;
}

function telling(bevindingen: Rapportbevinding[]): string {
  const fouten = bevindingen.filter((b) => b.ernst === 'fout').length;
  const waarschuwingen = bevindingen.length - fouten;
  if (bevindingen.length === 0) return 'geen bevindingen';
  return [...(fouten ? [aantal(fouten, 'fout', 'fouten')] : []), ...(waarschuwingen ? [aantal(waarschuwingen, 'waarschuwing', 'waarschuwingen')] : [])].join(', ');
}

/** The Dutch report: per file, per sheet the table checked and its findings with their cells. */
function leesbaar(rapporten: Bestandsrapport[], opties: Opties): string {
  const regels: string[] = [];
  for (const r of rapporten) {
    regels.push(r.pad);
    if ('fout' in r) {
      regels.push(`  NIET TE LEZEN: ${r.fout}`, '');
      continue;
    }
    const perBlad = new Map<string | null, Rapportbevinding[]>();
    for (const b of r.bevindingen) perBlad.set(b.blad, [...(perBlad.get(b.blad) ?? []), b]);
    for (const b of perBlad.get(null) ?? []) regels.push(`  ${b.ernst}: ${b.bericht}`);
    const bladen = [...r.tabellen.map((t) => t.blad), ...[...perBlad.keys()].filter((k): k is string => k !== null && !r.tabellen.some((t) => t.blad === k))];
    for (const blad of bladen) {
      const tabel = r.tabellen.find((t) => t.blad === blad);
      const lijst = perBlad.get(blad) ?? [];
      regels.push(`  blad ${blad}${tabel ? `, tabel ${tabel.bereik} (${aantal(tabel.regels, 'regel', 'regels')})` : ''}: ${telling(lijst)}`);
      const breedte = Math.max(0, ...lijst.map((b) => (b.cel ?? '').length));
      for (const b of lijst) regels.push(`    ${b.ernst.padEnd('waarschuwing'.length)}  ${breedte ? `${(b.cel ?? '').padEnd(breedte)}  ` : ''}${b.bericht}`);
    }
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
