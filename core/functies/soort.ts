import type { D } from '../geld';
import type { Argument, Uitkomst } from '../invoer';

/**
 * One WLZ function as the user meets it: name, Dutch and English help, parameters, an example, and
 * `bereken`, which takes Excel values and returns Excel values (or throws a WlzFout). The Excel
 * custom functions, the `wlz functie` command and the task pane's reference all read this one table.
 */
export interface Parameter {
  /** Dutch name as in SPEC §4, shown in Excel's formula help. */
  naam: string;
  beschrijving: string;
  /** English description, for the en-US/en-GB metadata override. */
  description: string;
  optioneel?: boolean;
  /** Accepts a range (a matrix parameter in the metadata); otherwise one cell. */
  bereik?: boolean;
}

export type Resultaatsoort = 'getal' | 'tekst' | 'waarheid' | 'datum' | 'tabel';

export interface WlzFunctie {
  /** Excel-facing name without the namespace: "TARIEF" is typed as =WLZ.TARIEF(…). */
  naam: string;
  beschrijving: string;
  description: string;
  parameters: Parameter[];
  resultaat: Resultaatsoort;
  /** A worked example in Dutch Excel notation, e.g. "=WLZ.TARIEF(191,60; 10; 5; 95,8%)" → "198,55". */
  voorbeeld: { formule: string; uitkomst: string };
  bereken(args: Argument[]): Uitkomst;
}

/** The boundary from exact decimals to an Excel number (SPEC §1: convert only here). */
export function alsGetal(waarde: D): number {
  const getal = waarde.toNumber();
  return Object.is(getal, -0) ? 0 : getal;
}
