import { D } from '../../core/geld';
import { kolomLetter } from '../../core/controle';

/**
 * The formulas the pane writes into the workbook. Excel's `Range.formulas` takes the invariant
 * (en-US) form — commas between arguments, a dot as decimal sign — whatever the user's language;
 * `formulasLocal` would take the user's own form ("In the user's language and number-formatting
 * locale. For example, the English "=SUM(A1, 1.5)" formula would become "=SUMME(A1; 1,5)" in German",
 * Excel JavaScript API, Excel.Range, properties formulas and formulasLocal). The pane builds the
 * invariant form, writes it with `formulas`, and shows the user the Dutch form (`inNederlandseNotatie`).
 */

/** An argument already in formula syntax: a nested call, a reference, a number or a quoted text. */
export type Argumenttekst = string;

/** A text argument: "Zilveren Kruis", with " doubled inside. */
export function tekst(waarde: string): Argumenttekst {
  return `"${waarde.replace(/"/g, '""')}"`;
}

/** A number argument in invariant form, never with an exponent: 0.958, 191.6, 1200000. */
export function getal(waarde: D | number): Argumenttekst {
  return (typeof waarde === 'number' ? new D(waarde) : waarde).toFixed();
}

/**
 * A call WLZ.NAAM(…) without the "=". Trailing omitted arguments are dropped; an omitted argument
 * before a given one stays empty (Excel then uses the default).
 */
export function wlz(naam: string, ...args: Array<Argumenttekst | undefined>): string {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n -= 1;
  return `WLZ.${naam}(${args
    .slice(0, n)
    .map((a) => a ?? '')
    .join(',')})`;
}

/** A sheet name as formulas reference it: always quoted, which Excel accepts for every name. */
export function bladNaam(blad: string): string {
  return `'${blad.replace(/'/g, "''")}'`;
}

/** An absolute reference to a block of cells: 'Blad 1'!$B$2:$B$40 (one cell: 'Blad 1'!$B$2). */
export function bereik(blad: string | undefined, rij1: number, kolom1: number, rij2 = rij1, kolom2 = kolom1): string {
  const cel = (r: number, k: number) => `$${kolomLetter(k)}$${r}`;
  const adres = rij1 === rij2 && kolom1 === kolom2 ? cel(rij1, kolom1) : `${cel(rij1, kolom1)}:${cel(rij2, kolom2)}`;
  return blad === undefined ? adres : `${bladNaam(blad)}!${adres}`;
}

/** A cell address without sheet or $: C7. */
export function cel(rij: number, kolom: number): string {
  return `${kolomLetter(kolom)}${rij}`;
}

/**
 * The invariant form as a Dutch Excel shows it: ; between arguments and a decimal comma. Texts in
 * "…" and sheet names in '…' are left alone; the dot in a function name (WLZ.TARIEF) stays.
 */
export function inNederlandseNotatie(formule: string): string {
  let uit = '';
  let aanhaling: '"' | "'" | undefined;
  for (let i = 0; i < formule.length; i++) {
    const teken = formule[i];
    if (aanhaling) {
      uit += teken;
      if (teken === aanhaling) aanhaling = undefined;
      continue;
    }
    if (teken === '"' || teken === "'") aanhaling = teken;
    if (teken === ',') uit += ';';
    else if (teken === '.' && /\d/.test(formule[i - 1] ?? '') && /\d/.test(formule[i + 1] ?? '') && isGetalStart(formule, i)) uit += ',';
    else uit += teken;
  }
  return uit;
}

/** The dot at `i` belongs to a number when the digits before it are not the tail of a name or reference (A1.5 cannot occur). */
function isGetalStart(formule: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /\d/.test(formule[j])) j -= 1;
  return j < 0 || !/[A-Za-z_$]/.test(formule[j]);
}
