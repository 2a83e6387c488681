import { leesGetalTekst } from '../invoer';
import type { Werkblad, Werkmapcel } from './cel';
import { Leesfout } from './fout';
import { MAX_KOLOMMEN, MAX_RIJEN } from './grenzen';

/**
 * A CSV export read like one sheet (docs/contract.md §5): the Dutch export Excel writes ("CSV (gescheiden door
 * lijstscheidingsteken)": ";" between fields, decimal comma, "95,8%", often UTF-8 with BOM), and the
 * comma-separated kind with decimal points. Numbers become numbers as Excel would read them on opening;
 * everything else stays text.
 */

function decodeer(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Excel exports are Windows-1252 ("€" = 0x80); decoded here, as not every runtime has it.
    let tekst = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      tekst += String.fromCharCode(
        ...Array.from(bytes.subarray(i, i + 0x8000), (b) => (b >= 0x80 && b < 0xa0 ? CP1252.charCodeAt(b - 0x80) : b)),
      );
    }
    return tekst;
  }
}

/** Windows-1252 for 0x80–0x9F (the rest is Latin-1); the five unused codes stay as they are. */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** The separator: the one of ";", tab and "," found most in the first line outside quotes. */
function scheidingsteken(tekst: string): string {
  const eerste = tekst.slice(0, Math.max(0, tekst.search(/\r?\n/)) || tekst.length).replace(/"[^"]*"/g, '');
  // Excel's "sep=;" line names it outright.
  const sep = /^sep=(.)$/i.exec(eerste.trim());
  if (sep) return sep[1];
  const tel = (t: string) => eerste.split(t).length - 1;
  const kandidaten = [';', '\t', ','].map((t) => [t, tel(t)] as const).sort((a, b) => b[1] - a[1]);
  return kandidaten[0][1] > 0 ? kandidaten[0][0] : ';';
}

/** One field as Excel reads it: a number where the text is one, else the text. */
function alsCel(veld: string, decimaalpunt: boolean): Werkmapcel {
  const t = veld.trim();
  if (t === '') return null;
  // A code like "0123" keeps its leading zero as text, as Excel keeps it when typed as text.
  if (/^0\d/.test(t)) return veld;
  if (decimaalpunt) {
    const m = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(t);
    if (m) return m[2] ? Number(m[1]) / 100 : Number(m[1]);
    return veld;
  }
  const gelezen = /\d/.test(t) ? leesGetalTekst(t) : undefined;
  return gelezen ? gelezen.getal.toNumber() : veld;
}

export function leesCsv(bytes: Uint8Array, naam: string): Werkblad {
  const tekst = decodeer(bytes);
  const sep = scheidingsteken(tekst);
  const raster: Werkmapcel[][] = [];
  let rij: Werkmapcel[] = [];
  let veld = '';
  let inQuotes = false;
  let r = 0;
  let p = /^sep=.\r?\n/i.test(tekst) ? tekst.indexOf('\n') + 1 : 0;
  const decimaalpunt = sep === ',';
  const sluitVeld = () => {
    if (rij.length >= MAX_KOLOMMEN) throw new Leesfout(`de CSV heeft op regel ${r + 1} meer dan 16.384 velden, meer dan Excel kent`);
    const cel = alsCel(veld, decimaalpunt);
    if (cel !== null) rij[rij.length] = cel;
    else rij.length += 1;
    veld = '';
  };
  const sluitRij = () => {
    sluitVeld();
    if (rij.some((c) => c !== undefined)) raster[r] = rij;
    r += 1;
    if (r > MAX_RIJEN) throw new Leesfout('de CSV heeft meer dan 1.048.576 regels, meer dan Excel kent');
    rij = [];
  };
  for (; p < tekst.length; p += 1) {
    const c = tekst[p];
    if (inQuotes) {
      if (c === '"') {
        if (tekst[p + 1] === '"') {
          veld += '"';
          p += 1;
        } else inQuotes = false;
      } else veld += c;
    } else if (c === '"' && veld.trim() === '') {
      veld = '';
      inQuotes = true;
    } else if (c === sep) sluitVeld();
    else if (c === '\n') sluitRij();
    else if (c !== '\r') veld += c;
  }
  if (veld !== '' || rij.length > 0) sluitRij();
  return { naam, raster, verborgenKolommen: new Set(), verborgen: false };
}
