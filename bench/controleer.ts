import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../cli/wlz';
import { D, rondAfOpCenten } from '../core/geld';
import { type Regel, schrijfWerkmap, tabelBlad, tabelRijen } from '../scripts/maak-controle-voorbeelden';
import { toeval } from './gegevens';
import { type Uitslag, afgerond, meet } from './meet';

/**
 * `wlz controleer` on a folder of 100 workbooks, each a CZ GGZ 2023 productieafspraak of 30 lines
 * (Tarief and Bedrag as formulas with their stored results, as Excel saves them), every tenth with
 * one wrong Bedrag. Timed in-process through `main` from cli/wlz.ts (reading, checking and the
 * report, without starting node); one spawned `bin/wlz.js` run is reported beside it.
 */

const WERKMAPPEN = 100;
const REGELS = 30;
const ROOT = join(__dirname, '..', '..', '..');
const ARGS = ['--zorgkantoor', 'CZ', '--jaar', '2023', '--sector', 'GGZ'];

const SOORTEN = [
  { soort: 'ZZP', omschrijving: 'GGZ wonen met begeleiding', percentage: 0.958 },
  { soort: 'MPT', omschrijving: 'Modulair pakket thuis, begeleiding', percentage: 0.958 },
  // CZ GGZ 2023, §6.2: 100 % for VPT, DTV and logeren at existing providers.
  { soort: 'VPT', omschrijving: 'Volledig pakket thuis', percentage: 1 },
  { soort: 'DTV', omschrijving: 'Dagbesteding en vervoer', percentage: 1 },
  { soort: 'logeren', omschrijving: 'Logeren', percentage: 1 },
];

const centen = (bedrag: D) => rondAfOpCenten(bedrag).toNumber();

/** 30 realistic lines: NZa components in cents, the policy percentage, Tarief and Bedrag to the cent. */
function regels(zaad: number, fout: boolean): { sectie: string; regels: Regel[] }[] {
  const r = toeval(zaad);
  const lijst: Regel[] = [];
  for (let i = 0; i < REGELS; i++) {
    const s = SOORTEN[Math.floor(r() * SOORTEN.length)];
    const zorg = (6_000 + Math.floor(r() * 34_000)) / 100;
    const verblijf = s.soort === 'ZZP' || s.soort === 'logeren';
    const nhc = verblijf ? (1_000 + Math.floor(r() * 1_500)) / 100 : 0;
    const nic = verblijf ? (200 + Math.floor(r() * 600)) / 100 : 0;
    const volume = s.soort === 'MPT' ? Math.floor(r() * 4_000) / 2 : 1 + Math.floor(r() * 365);
    const tarief = centen(new D(s.percentage).times(zorg).plus(nhc).plus(nic));
    const bedrag = centen(new D(volume).times(tarief));
    lijst.push({ code: `${s.soort[0].toUpperCase()}${100 + i}`, omschrijving: s.omschrijving, soort: s.soort, volume, zorg, nhc, nic, percentage: s.percentage, tarief, bedrag });
  }
  // One Bedrag a euro off: the check "Bedrag = afgerond(Volume × Tarief)" must find it.
  if (fout) lijst[7] = { ...lijst[7], bedrag: (lijst[7].bedrag as number) + 1 };
  return [{ sectie: 'Productie 2023', regels: lijst }];
}

export async function controleer100(): Promise<Uitslag> {
  const map = mkdtempSync(join(tmpdir(), 'wlz-bench-'));
  try {
    for (let i = 0; i < WERKMAPPEN; i++) {
      const rijen = tabelRijen(regels(100 + i, i % 10 === 0), { formules: true });
      await schrijfWerkmap(join(map, `aanbieder-${String(i + 1).padStart(3, '0')}.xlsx`), [tabelBlad('Productieafspraak', rijen)]);
    }
    let rapport = '';
    let code = -1;
    const ms = await meet(
      {
        stap: async () => {
          rapport = '';
          code = await main(['controleer', map, ...ARGS], Readable.from(['']), { schrijf: (t) => (rapport += t), fout: () => undefined });
        },
        na: () => {
          const verwacht = `Samenvatting: ${WERKMAPPEN} werkmappen, ${WERKMAPPEN} tabellen gecontroleerd: ${WERKMAPPEN / 10} fouten.`;
          if (code !== 1 || !rapport.includes(verwacht)) throw new Error(`wlz controleer: afsluitcode ${code}, verwachtte 1 en "${verwacht}" in:\n${rapport.slice(-600)}`);
        },
      },
      { runs: 5, opwarmen: 1 },
    );
    // The command as a user runs it: node's start and loading the modules included.
    const start = performance.now();
    try {
      execFileSync(process.execPath, [join(ROOT, 'bin', 'wlz.js'), 'controleer', map, ...ARGS], { stdio: 'ignore' });
    } catch (fout) {
      if ((fout as { status?: number }).status !== 1) throw fout;
    }
    const gestart = performance.now() - start;
    return {
      naam: 'controleer_100_werkmappen',
      basis: `wlz controleer op een map met ${WERKMAPPEN} werkmappen van ${REGELS} regels (CZ GGZ 2023, met beleidscontrole), in hetzelfde proces via main() uit cli/wlz.ts`,
      ms: afgerond(ms),
      per_s: afgerond((WERKMAPPEN * 1000) / ms, 1),
      doel: 'per_s ≥ 20',
      gehaald: (WERKMAPPEN * 1000) / ms >= 20,
      toelichting: `als opdracht gestart (node bin/wlz.js, inclusief opstarten): ${Math.round(gestart)} ms = ${afgerond((WERKMAPPEN * 1000) / gestart, 1)} werkmappen/s`,
    };
  } finally {
    rmSync(map, { recursive: true, force: true });
  }
}
