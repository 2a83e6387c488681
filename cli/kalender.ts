import { writeFileSync } from 'node:fs';
import type { Datum } from '../core/datum';
import { alsICalendar } from '../core/icalendar';
import { beschikbareTijdpaden, termijnen, toonTermijnDatum, type Termijn, type Termijnfilter } from '../core/termijn';
import { ZORGKANTOREN, zoekZorgkantoor } from '../core/zorgkantoor';
import { GebruiksFout, leesOpties, type GelezenOpties } from './opties';
import type { Uitvoer } from './wlz';

/**
 * `wlz kalender [--zorgkantoor Z] [--jaar J] [--json] [--ics PAD]` (docs/contract.md §7): the timetable steps of
 * the sources (decision 16). `--jaar` is the overeenkomstjaar of a timetable. `--ics` writes a new
 * iCalendar file and never overwrites an existing one. Usage errors exit 2; an empty selection says so
 * and exits 0.
 */
const OPTIES = { zorgkantoor: 'waarde', jaar: 'waarde', ics: 'waarde', json: 'vlag' } as const;
type Opties = GelezenOpties<typeof OPTIES>;

function filterUit(opties: Opties): Termijnfilter {
  const filter: Termijnfilter = {};
  if (opties.jaar !== undefined) {
    if (!/^\d{4}$/.test(opties.jaar))
      throw new GebruiksFout(`wlz kalender: --jaar moet een jaartal zijn zoals 2023, niet "${opties.jaar}"`);
    filter.jaar = Number(opties.jaar);
  }
  if (opties.zorgkantoor !== undefined) {
    const zorgkantoor = zoekZorgkantoor(opties.zorgkantoor);
    if (!zorgkantoor)
      throw new GebruiksFout(
        `wlz kalender: onbekend zorgkantoor "${opties.zorgkantoor}"; bekend zijn: ${ZORGKANTOREN.join(', ')} (ook ZK, Z&Z, ZenZ)`,
      );
    filter.zorgkantoor = zorgkantoor;
  }
  return filter;
}

const iso = (d: Datum | null) =>
  d ? `${String(d.jaar).padStart(4, '0')}-${String(d.maand).padStart(2, '0')}-${String(d.dag).padStart(2, '0')}` : null;

/** docs/contract.md §7's shape first (datum, tijd, stap, wie, omschrijving, bron), then what makes a row complete. */
function alsJson(t: Termijn) {
  return {
    datum: iso(t.datum),
    tijd: t.tijd,
    stap: t.stap,
    wie: t.wie,
    omschrijving: t.omschrijving,
    bron: t.bron,
    zorgkantoor: t.zorgkantoor,
    jaar: t.jaar,
    sectoren: t.sectoren,
    tot: iso(t.tot),
    wanneer: t.wanneer,
    opmerking: t.opmerking,
  };
}

const KOPPEN = ['Stap', 'Datum', 'Tijd', 'Wie', 'Bron', 'Omschrijving'];

function uitgelijnd(regels: string[][]): string[] {
  const breedtes = KOPPEN.map((_, k) => regels.reduce((breedste, r) => Math.max(breedste, r[k].length), 0));
  return regels.map((r) =>
    r
      .map((cel, k) => (k === r.length - 1 ? cel : cel.padEnd(breedtes[k])))
      .join('  ')
      .trimEnd(),
  );
}

function tekstVan(lijst: Termijn[]): string {
  const blokken: string[] = [];
  for (const pad of beschikbareTijdpaden()) {
    const stappen = lijst.filter((t) => t.zorgkantoor === pad.zorgkantoor && t.jaar === pad.jaar);
    if (stappen.length === 0) continue;
    const regels = uitgelijnd([
      KOPPEN,
      ...stappen.map((t) => [
        String(t.stap),
        t.datum ? toonTermijnDatum(t) : `(${t.wanneer})`,
        t.tijd ?? '',
        t.wie ?? '',
        t.bron,
        t.omschrijving,
      ]),
    ]);
    const opmerkingen = stappen.filter((t) => t.opmerking).map((t) => `  Let op, stap ${t.stap} (${t.bron}): ${t.opmerking}`);
    blokken.push(
      [
        `Tijdpad ${pad.zorgkantoor}, overeenkomstjaar ${pad.jaar} (${pad.sectoren.join(', ')})`,
        '',
        regels[0],
        regels[0].replace(/\S/g, '-'),
        ...regels.slice(1),
        ...(opmerkingen.length ? ['', ...opmerkingen] : []),
      ].join('\n'),
    );
  }
  return `${blokken.join('\n\n')}\n`;
}

/** Writes the file; a problem with the file itself is a message for stderr (exit 2), not a usage error. */
function schrijfIcs(pad: string, lijst: Termijn[]): { melding: string } | { fout: string } {
  const { tekst, zonderDatum } = alsICalendar(lijst, new Date());
  try {
    // 'wx': fails when the file exists, so a user's file is never overwritten.
    writeFileSync(pad, tekst, { encoding: 'utf8', flag: 'wx' });
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      return { fout: `${pad} bestaat al; kies een nieuwe bestandsnaam (een bestaand bestand wordt nooit overschreven)` };
    return { fout: `${pad} kan niet worden geschreven (${code ?? String(fout)})` };
  }
  const zonder = zonderDatum.map(
    (t) => `  niet in het bestand: ${t.zorgkantoor} ${t.jaar} stap ${t.stap}, de bron noemt geen dag ("${t.wanneer}")`,
  );
  return {
    melding: [
      `${lijst.length - zonderDatum.length} termijnen geschreven naar ${pad} (iCalendar, één gebeurtenis van een hele dag per stap).`,
      ...zonder,
    ].join('\n'),
  };
}

export async function kalender(args: string[], uit: Uitvoer): Promise<number> {
  const opties = leesOpties(args, 'wlz kalender', OPTIES, { argumenten: false }).opties;
  const filter = filterUit(opties);
  const lijst = termijnen(filter);
  if (lijst.length === 0 && !opties.json) {
    const gevraagd = [filter.zorgkantoor, filter.jaar].filter((d) => d !== undefined).join(' ');
    uit.schrijf(
      `Geen tijdpad in de bronnen voor ${gevraagd}; wel voor ${beschikbareTijdpaden()
        .map((p) => `${p.zorgkantoor} ${p.jaar}`)
        .join(', ')}.\n`,
    );
    return 0;
  }
  const geschreven = opties.ics !== undefined && lijst.length > 0 ? schrijfIcs(opties.ics, lijst) : undefined;
  if (geschreven && 'fout' in geschreven) {
    uit.fout(`wlz kalender: ${geschreven.fout}\n`);
    return 2;
  }
  const melding = geschreven?.melding;
  if (opties.json) uit.schrijf(`${JSON.stringify({ termijnen: lijst.map(alsJson) })}\n`);
  else if (melding === undefined) uit.schrijf(tekstVan(lijst));
  // With --json, stdout stays pure JSON: the confirmation goes to stderr.
  if (melding !== undefined) (opties.json ? uit.fout : uit.schrijf)(`${melding}\n`);
  return 0;
}
