import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../cli/wlz';

async function wlz(args: string[]): Promise<{ code: number; uit: string; fout: string }> {
  let uit = '';
  let fout = '';
  const code = await main(args, Readable.from(['']), { schrijf: (t) => (uit += t), fout: (t) => (fout += t) });
  return { code, uit, fout };
}

let map: string;
beforeAll(() => {
  map = mkdtempSync(join(tmpdir(), 'wlz-kalender-'));
});
afterAll(() => rmSync(map, { recursive: true, force: true }));

describe('wlz kalender', () => {
  it('--json prints {"termijnen": [...]} in the shape of docs/contract.md §7', async () => {
    const r = await wlz(['kalender', '--zorgkantoor', 'ZK', '--jaar', '2023', '--json']);
    expect(r.code).toBe(0);
    expect(r.fout).toBe('');
    const json = JSON.parse(r.uit) as { termijnen: Array<Record<string, unknown>> };
    expect(Object.keys(json)).toEqual(['termijnen']);
    expect(json.termijnen).toHaveLength(16);
    const stap12 = json.termijnen.find((t) => t.stap === 12)!;
    expect(Object.keys(stap12).slice(0, 6)).toEqual(['datum', 'tijd', 'stap', 'wie', 'omschrijving', 'bron']);
    expect(stap12).toEqual({
      datum: '2022-10-31',
      tijd: null,
      stap: 12,
      wie: 'Zorgaanbieder',
      omschrijving:
        'Uiterste datum voor indiening budgetformulier 2023 via NZa portaal bij zorgkantoor. Uiterste datum voor akkoord op de overeenkomst via acceptatie in Vecozo',
      bron: 'ZK Aanvulling 2023, §6.1',
      zorgkantoor: 'Zilveren Kruis',
      jaar: 2023,
      sectoren: ['V&V', 'GZ', 'GGZ'],
      tot: null,
      wanneer: '31-10-2022',
      opmerking: null,
    });
    expect(json.termijnen.find((t) => t.stap === 7)).toMatchObject({ datum: '2022-07-29', tijd: '17:00' });
  });

  it('keeps both CZ dates for step 11 and says the source contradicts itself', async () => {
    const r = await wlz(['kalender', '--zorgkantoor=CZ', '--json']);
    const elf = (JSON.parse(r.uit) as { termijnen: Array<Record<string, unknown>> }).termijnen.filter((t) => t.stap === 11);
    expect(elf.map((t) => [t.datum, t.bron])).toEqual([
      ['2022-11-05', 'CZ GGZ 2023, §7.1, Tabel 1'],
      ['2022-11-15', 'CZ GGZ 2023, §8.2'],
    ]);
    expect(elf.every((t) => String(t.opmerking).startsWith('De bron spreekt zichzelf tegen'))).toBe(true);
    const tekst = await wlz(['kalender', '--zorgkantoor', 'CZ']);
    expect(tekst.uit).toMatch(/^Tijdpad CZ, overeenkomstjaar 2023 \(GGZ\)$/m);
    expect(tekst.uit).toMatch(/^11 +5-11-2022 +CZ GGZ 2023, §7\.1, Tabel 1 +Indiening initiële budgetafspraak bij NZa$/m);
    expect(tekst.uit).toMatch(/^11 +15-11-2022 +Zorgkantoor en zorgaanbieder +CZ GGZ 2023, §8\.2 /m);
    expect(tekst.uit).toContain('Let op, stap 11 (CZ GGZ 2023, §8.2): De bron spreekt zichzelf tegen');
  });

  it('prints every timetable by default, a step without a day in the source words', async () => {
    const r = await wlz(['kalender']);
    expect(r.code).toBe(0);
    expect(r.uit.match(/^Tijdpad /gm)).toHaveLength(4);
    expect(r.uit).toMatch(/^1 +\(Begin april 2016\) +Zorgkantoor +ZK V&V 2017, §2\.3 +Contouren inkoopkader$/m);
    expect(r.uit).toMatch(/^12 +31-5-2023 +Zorgaanbieder en zorgkantoor \(tweezijdig\) +Z&Z Inkoopkader 2022, §3\.3\.3 /m);
  });

  it('says so for a selection without a timetable, exit 0; usage errors exit 2', async () => {
    const leeg = await wlz(['kalender', '--zorgkantoor', 'VGZ']);
    expect(leeg).toMatchObject({
      code: 0,
      uit: expect.stringMatching(/^Geen tijdpad in de bronnen voor VGZ; wel voor Zilveren Kruis 2017, /),
    });
    expect(JSON.parse((await wlz(['kalender', '--jaar', '2030', '--json'])).uit)).toEqual({ termijnen: [] });
    for (const args of [['--jaar', '23'], ['--zorgkantoor', 'Achmea'], ['--jaar'], ['--kleur', 'rood'], ['los'], ['--json', '--json']]) {
      const r = await wlz(['kalender', ...args]);
      expect(r.code).toBe(2);
      expect(r.fout).toMatch(/^wlz kalender: /);
    }
  });

  it('--ics writes a new iCalendar file, and never overwrites an existing one', async () => {
    const pad = join(map, 'zk-2023.ics');
    const r = await wlz(['kalender', '--zorgkantoor', 'ZK', '--jaar', '2023', '--ics', pad]);
    expect(r).toMatchObject({ code: 0, fout: '' });
    expect(r.uit).toBe(`16 termijnen geschreven naar ${pad} (iCalendar, één gebeurtenis van een hele dag per stap).\n`);
    const ics = readFileSync(pad, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(16);
    expect(ics).toContain('\r\nUID:zilveren-kruis-2023-stap-12@wlz-rekenkern\r\nDTSTAMP:');

    const bestaand = join(map, 'bestaand.ics');
    writeFileSync(bestaand, 'van de gebruiker');
    const nogmaals = await wlz(['kalender', '--ics', bestaand]);
    expect(nogmaals.code).toBe(2);
    expect(nogmaals.fout).toBe(
      `wlz kalender: ${bestaand} bestaat al; kies een nieuwe bestandsnaam (een bestaand bestand wordt nooit overschreven)\n`,
    );
    expect(readFileSync(bestaand, 'utf8')).toBe('van de gebruiker');

    const geenMap = join(map, 'bestaat-niet', 'x.ics');
    expect((await wlz(['kalender', '--ics', geenMap])).fout).toMatch(/kan niet worden geschreven \(ENOENT\)/);
    expect(existsSync(geenMap)).toBe(false);
  });

  it('--ics with --json keeps stdout pure JSON and names the steps left out', async () => {
    const pad = join(map, 'zk-2017.ics');
    const r = await wlz(['kalender', '--zorgkantoor', 'ZK', '--jaar', '2017', '--json', '--ics', pad]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.uit).termijnen).toHaveLength(8);
    expect(r.fout).toContain('6 termijnen geschreven naar');
    expect(r.fout).toContain('niet in het bestand: Zilveren Kruis 2017 stap 1, de bron noemt geen dag ("Begin april 2016")');
  });
});
