import { ongeldig } from './fout';
import { leesGetalTekst } from './invoer';
import type { Raster, Rastercel } from './controle';

/**
 * A Dutch CSV export read like a sheet (SPEC §5 "Real workbooks"): UTF-8 with or without BOM, ";" as
 * separator (a "," only when the first line holds no ";"), quoted fields with "" for a quote, CRLF or
 * LF. A cell that is Dutch number text ("1.234,56", "95,8%") becomes the number Excel would have made
 * of it when opening the file; anything else stays text. Pure: text in, cells out.
 */

/** Far more than any productieafspraak: a bound, so a huge or hostile file is refused, not parsed. */
export const MAX_CSV_CELLEN = 2_000_000;

export function leesCsv(tekst: string): Raster {
  const t = tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
  const eersteRegel = t.slice(0, Math.max(0, t.search(/\r?\n/)) || t.length);
  const scheiding = eersteRegel.includes(';') || !eersteRegel.includes(',') ? ';' : ',';
  const rijen: Rastercel[][] = [];
  let rij: Rastercel[] = [];
  let veld = '';
  let gequoot = false;
  let cellen = 0;
  const sluitVeld = () => {
    rij.push(alsCel(veld));
    veld = '';
    gequoot = false;
    if (++cellen > MAX_CSV_CELLEN) throw ongeldig(`het CSV-bestand heeft meer dan ${MAX_CSV_CELLEN.toLocaleString('nl-NL')} cellen`);
  };
  for (let i = 0; i < t.length; i++) {
    const teken = t[i];
    if (teken === '"' && veld === '' && !gequoot) {
      // A quoted field: up to the closing quote, "" is one quote.
      let einde = i + 1;
      for (;;) {
        const q = t.indexOf('"', einde);
        if (q < 0) throw ongeldig(`CSV: een aanhalingsteken wordt niet gesloten (regel ${rijen.length + 1})`);
        if (t[q + 1] === '"') {
          veld += t.slice(einde, q + 1);
          einde = q + 2;
          continue;
        }
        veld += t.slice(einde, q);
        i = q;
        break;
      }
      gequoot = true;
    } else if (teken === scheiding) {
      sluitVeld();
    } else if (teken === '\n' || teken === '\r') {
      sluitVeld();
      rijen.push(rij);
      rij = [];
      if (teken === '\r' && t[i + 1] === '\n') i++;
    } else {
      veld += teken;
    }
  }
  if (veld !== '' || gequoot || rij.length) {
    sluitVeld();
    rijen.push(rij);
  }
  const breedte = Math.max(0, ...rijen.map((r) => r.length));
  return rijen.map((r) => (r.length < breedte ? [...r, ...Array<Rastercel>(breedte - r.length).fill(null)] : r));
}

/**
 * A field as the cell Dutch Excel makes of it on opening: empty → null, Dutch number text → its number
 * (95,8% → 0,958), quoted or not, as Excel does; anything else text.
 */
function alsCel(veld: string): Rastercel {
  if (veld.trim() === '') return null;
  const getal = leesGetalTekst(veld);
  return getal ? getal.getal.toNumber() : veld;
}
