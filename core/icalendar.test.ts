import { alsICalendar, escapeTekst, vouw } from './icalendar';
import { termijnen } from './termijn';

const NU = new Date(Date.UTC(2026, 11, 1, 9, 5, 7));

/** RFC 5545 §3.1: unfold (CRLF followed by one space or tab is removed) into content lines. */
function ontvouw(tekst: string): string[] {
  return tekst.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** §3.3.11 in reverse, checking that only valid escapes occur. */
function ontsnap(waarde: string): string {
  return waarde.replace(/\\(.)/g, (_, teken: string) => {
    if (teken === 'n' || teken === 'N') return '\n';
    if (teken === '\\' || teken === ';' || teken === ',') return teken;
    throw new Error(`ongeldige escape \\${teken}`);
  });
}

interface Gebeurtenis {
  [eigenschap: string]: string;
}

/** A strict reader for what we write: balanced components, properties as NAME[;PARAM]:VALUE. */
function lees(tekst: string): { kalender: Record<string, string>; gebeurtenissen: Gebeurtenis[] } {
  expect(tekst.endsWith('\r\n')).toBe(true);
  // No bare LF or CR: every line ends in CRLF.
  expect(tekst.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const regels = ontvouw(tekst.slice(0, -2));
  expect(regels[0]).toBe('BEGIN:VCALENDAR');
  expect(regels[regels.length - 1]).toBe('END:VCALENDAR');
  const kalender: Record<string, string> = {};
  const gebeurtenissen: Gebeurtenis[] = [];
  let huidig: Gebeurtenis | undefined;
  for (const regel of regels.slice(1, -1)) {
    const m = /^([A-Z-]+)((?:;[A-Z-]+=[^;:]+)*):(.*)$/.exec(regel);
    if (!m) throw new Error(`geen geldige inhoudsregel: ${regel}`);
    const [, naam, parameters, waarde] = m;
    if (naam === 'BEGIN') {
      expect(waarde).toBe('VEVENT');
      expect(huidig).toBeUndefined();
      huidig = {};
    } else if (naam === 'END') {
      expect(waarde).toBe('VEVENT');
      gebeurtenissen.push(huidig as Gebeurtenis);
      huidig = undefined;
    } else if (huidig) {
      expect(huidig[naam + parameters]).toBeUndefined();
      huidig[naam + parameters] = waarde;
    } else kalender[naam] = waarde;
  }
  expect(huidig).toBeUndefined();
  return { kalender, gebeurtenissen };
}

describe('alsICalendar (RFC 5545)', () => {
  const lijst = termijnen();
  const { tekst, zonderDatum } = alsICalendar(lijst, NU);
  const { kalender, gebeurtenissen } = lees(tekst);

  it('is a VCALENDAR 2.0 with PRODID, one all-day VEVENT per step with a date', () => {
    expect(kalender).toEqual({ VERSION: '2.0', PRODID: '-//WLZ rekenkern//wlz kalender//NL', CALSCALE: 'GREGORIAN', METHOD: 'PUBLISH' });
    expect(gebeurtenissen).toHaveLength(lijst.length - 2);
    expect(zonderDatum.map((t) => `${t.jaar} ${t.stap}`)).toEqual(['2017 1', '2017 6']);
    for (const g of gebeurtenissen) {
      expect(Object.keys(g).sort()).toEqual([
        'DESCRIPTION',
        'DTEND;VALUE=DATE',
        'DTSTAMP',
        'DTSTART;VALUE=DATE',
        'SUMMARY',
        'TRANSP',
        'UID',
      ]);
      expect(g.DTSTAMP).toBe('20261201T090507Z');
      expect(g['DTSTART;VALUE=DATE']).toMatch(/^\d{8}$/);
      expect(Number(g['DTEND;VALUE=DATE'])).toBeGreaterThan(Number(g['DTSTART;VALUE=DATE']));
    }
  });

  it('has a stable, unique UID per step, the same in every run', () => {
    const uids = gebeurtenissen.map((g) => g.UID);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain('zilveren-kruis-2023-stap-12@wlz-rekenkern');
    expect(uids).toContain('cz-2023-stap-11-2@wlz-rekenkern');
    const later = lees(alsICalendar(termijnen(), new Date(Date.UTC(2030, 0, 1))).tekst).gebeurtenissen.map((g) => g.UID);
    expect(later).toEqual(uids);
  });

  it('puts step 12 of ZK 2023 on 31-10-2022 as a one-day event, and CZ step 2 over two days', () => {
    const stap12 = gebeurtenissen.find((g) => g.UID === 'zilveren-kruis-2023-stap-12@wlz-rekenkern')!;
    expect(stap12['DTSTART;VALUE=DATE']).toBe('20221031');
    expect(stap12['DTEND;VALUE=DATE']).toBe('20221101');
    const cz2 = gebeurtenissen.find((g) => g.UID === 'cz-2023-stap-2@wlz-rekenkern')!;
    expect([cz2['DTSTART;VALUE=DATE'], cz2['DTEND;VALUE=DATE']]).toEqual(['20220607', '20220609']);
    const nacalculatie = gebeurtenissen.find((g) => g.UID === 'zorg-en-zekerheid-2022-stap-12@wlz-rekenkern')!;
    expect(nacalculatie['DTSTART;VALUE=DATE']).toBe('20230531');
  });

  it('escapes TEXT and says when the source contradicts itself', () => {
    const cz11 = gebeurtenissen.find((g) => g.UID === 'cz-2023-stap-11@wlz-rekenkern')!;
    expect(ontsnap(cz11.SUMMARY)).toBe('CZ 2023 stap 11: Indiening initiële budgetafspraak bij NZa');
    const beschrijving = ontsnap(cz11.DESCRIPTION);
    expect(beschrijving.split('\n')).toEqual([
      'Indiening initiële budgetafspraak bij NZa',
      'Wanneer (volgens de bron): Voor 5 november 2022',
      'Bron: CZ GGZ 2023, §7.1, Tabel 1',
      'De bron spreekt zichzelf tegen: stap 11 staat elders op "voor 15 november 2022" (CZ GGZ 2023, §8.2). Vraag CZ welke datum geldt.',
    ]);
    // Every unescaped ; or , inside a TEXT value would split it: none are left.
    for (const g of gebeurtenissen) expect(g.DESCRIPTION.replace(/\\[\\;,nN]/g, '')).not.toMatch(/[\\;,]/);
    expect(escapeTekst('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds every line at 75 octets without splitting a UTF-8 character', () => {
    const fysiek = tekst.slice(0, -2).split('\r\n');
    for (const regel of fysiek) expect(Buffer.byteLength(regel, 'utf8')).toBeLessThanOrEqual(75);
    expect(fysiek.some((r) => r.startsWith(' '))).toBe(true);
    // 74 ASCII + "é" (2 octets) = 76 octets: the é moves to the continuation line, whole.
    const lang = `${'x'.repeat(74)}é€𝄞`;
    const gevouwen = vouw(lang);
    expect(gevouwen).toBe(`${'x'.repeat(74)}\r\n é€𝄞`);
    expect(ontvouw(gevouwen)).toEqual([lang]);
    expect(vouw('kort')).toBe('kort');
    const heelLang = vouw('€'.repeat(100));
    for (const r of heelLang.split('\r\n')) expect(Buffer.byteLength(r, 'utf8')).toBeLessThanOrEqual(75);
    expect(ontvouw(heelLang)).toEqual(['€'.repeat(100)]);
  });
});
