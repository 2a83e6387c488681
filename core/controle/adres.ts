/**
 * Sheet addresses. Findings carry the row and column the way the sheet numbers them, so the task pane
 * can select the cell and the CLI can print "Blad1!H7". Excel hands CONTROLEER the address of its
 * `tabel` argument ("Blad1!B3:K20", "'Mijn blad'!$B$3:$K$20", "[Map1.xlsx]Blad1!B3:K20").
 */

/** Where the first cell of a range sits on its sheet: 1-based row and column numbers. */
export interface Oorsprong {
  blad?: string;
  rij: number;
  kolom: number;
}

/** Without an address the range's own first cell is A1: rows count from 1, columns from A. */
export const ZONDER_ADRES: Oorsprong = { rij: 1, kolom: 1 };

const MAX_RIJ = 1_048_576;
const MAX_KOLOM = 16_384;

/** 1 → "A", 27 → "AA", 16384 → "XFD". */
export function kolomLetter(kolom: number): string {
  let letters = '';
  for (let n = kolom; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function kolomNummer(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/** "'Mijn blad'" → "Mijn blad" (a doubled quote inside is one quote); "[Map1.xlsx]Blad1" → "Blad1". */
function bladNaam(deel: string): string {
  const zonderAanhalingstekens = /^'(.*)'$/s.test(deel) ? deel.slice(1, -1).replace(/''/g, "'") : deel;
  return zonderAanhalingstekens.replace(/^.*\]/s, '');
}

// The first cell of the range: "B3", "$B$3", a whole column "B" (B:K) or a whole row "3" (3:20).
const EERSTE_CEL = /^\$?([A-Za-z]{1,3})?\$?(\d{1,7})?(?::|$)/;

/**
 * The origin of an Excel address, or the A1 origin when the address is missing or unreadable —
 * an odd address must never stop the check, it only changes how rows are numbered.
 */
export function leesAdres(adres: string | undefined): Oorsprong {
  if (!adres) return ZONDER_ADRES;
  const uitroep = adres.lastIndexOf('!');
  const blad = uitroep >= 0 ? bladNaam(adres.slice(0, uitroep)) : undefined;
  const cel = EERSTE_CEL.exec(adres.slice(uitroep + 1).trim());
  if (!cel || (!cel[1] && !cel[2])) return ZONDER_ADRES;
  const kolom = cel[1] ? kolomNummer(cel[1]) : 1;
  const rij = cel[2] ? Number(cel[2]) : 1;
  if (kolom > MAX_KOLOM || rij < 1 || rij > MAX_RIJ) return ZONDER_ADRES;
  return blad ? { blad, rij, kolom } : { rij, kolom };
}
