import { WlzFout, type FoutCode } from '../../core/fout';
import { D, alsBedrag, alsPercentage } from '../../core/geld';
import { leesGetal, leesGetalTekst } from '../../core/invoer';

/**
 * What the pane shows and reads: Dutch numbers, the Dutch names of Excel's errors, and the pane's
 * input fields, which state their unit ("%", "procentpunt", "€") beside the field.
 */

/** Excel's error as a Dutch Excel shows it. */
const FOUT_IN_NEDERLANDS: Record<FoutCode, string> = {
  '#VALUE!': '#WAARDE!',
  '#N/A': '#N/B',
  '#DIV/0!': '#DEEL/0!',
};

/** A percentage for reading, at most `decimalen` decimals: 0,9662745… → "96,63%", 0,968 → "96,8%". */
export function percentage(fractie: D, decimalen = 2): string {
  return alsPercentage(fractie.toDecimalPlaces(decimalen + 2));
}

/** € 1.234,56 */
export function bedrag(waarde: D): string {
  return alsBedrag(waarde);
}

/** 1.234,56 — an amount in a table whose header says "€". */
export function bedragZonderTeken(waarde: D): string {
  return alsBedrag(waarde).replace('€ ', '');
}

/**
 * A field whose unit is "%" or "procentpunt": 95,8 means 95,8 % (0,958). A value typed with its own
 * "%" ("95,8%") is read as written. Empty: the default, or "<naam> ontbreekt".
 */
export function leesProcentveld(tekst: string, naam: string, standaard?: D): D {
  const t = tekst.trim();
  if (t === '' && standaard !== undefined) return standaard;
  const gelezen = leesGetal(t, naam);
  return leesGetalTekst(t)?.procent ? gelezen : gelezen.div(100);
}

/** An amount or number field ("191,60", "1.200.000", "€ 5.000"); empty: the default, or "<naam> ontbreekt". */
export function leesGetalveld(tekst: string, naam: string, standaard?: D): D {
  return leesGetal(tekst.trim(), naam, { standaard });
}

/** The message of a WlzFout with its Dutch error name, or an unexpected error's text. */
export function foutTekst(fout: unknown): { code?: string; bericht: string } {
  if (fout instanceof WlzFout) return { code: FOUT_IN_NEDERLANDS[fout.code], bericht: eersteHoofdletter(fout.bericht) };
  return { bericht: fout instanceof Error ? fout.message : String(fout) };
}

export function eersteHoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
