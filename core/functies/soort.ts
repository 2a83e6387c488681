import type { Standaard } from '../beleid/getallen';
import { ongeldig } from '../fout';
import type { D } from '../geld';
import type { Argument, Uitkomst } from '../invoer';

/**
 * One WLZ function as the user meets it: name, Dutch and English help, parameters, an example, and
 * `bereken`, which takes Excel values and returns Excel values (or throws a WlzFout). The Excel
 * custom functions, the `wlz functie` command and the task pane's reference all read this one table.
 */
export interface Parameter {
  /** Dutch name as in docs/contract.md §4, shown in Excel's formula help. */
  naam: string;
  beschrijving: string;
  /** English description, for the en-US/en-GB metadata override. */
  description: string;
  optioneel?: boolean;
  /** Accepts a range (a matrix parameter in the metadata); otherwise one cell. */
  bereik?: boolean;
  /** The default an empty cell takes, with whose number it is (core/beleid). */
  standaard?: Standaard;
}

/**
 * A parameter declared once (issue 15.2): its reader, its default with the default's bron, whether it
 * is optional and both help texts. The help's "standaard …" sentence is generated from the default,
 * so it can never restate a stale number; `lees` applies the name and the default.
 */
export interface Declaratie<T> {
  naam: string;
  /** Dutch help without the default: the generated sentence follows. */
  uitleg: string;
  /** English help without the default. */
  explanation: string;
  /** A default makes the parameter optional, unless `optioneel` says otherwise. */
  standaard?: Standaard;
  optioneel?: boolean;
  bereik?: boolean;
  lees: (waarde: Argument, naam: string, standaard: D | undefined) => T;
}

export type GelezenParameter<T> = Parameter & { lees(waarde: Argument): T };

export function parameter<T>(d: Declaratie<T>): GelezenParameter<T> {
  const { standaard } = d;
  return {
    naam: d.naam,
    beschrijving: standaard ? `${d.uitleg}; standaard ${standaard.tekst}.` : `${d.uitleg}.`,
    description: standaard ? `${d.explanation}; default ${standaard.text}.` : `${d.explanation}.`,
    ...((d.optioneel ?? standaard !== undefined) ? { optioneel: true } : {}),
    ...(d.bereik ? { bereik: true } : {}),
    ...(standaard ? { standaard } : {}),
    lees: (waarde) => d.lees(waarde, d.naam, standaard?.waarde),
  };
}

export type Resultaatsoort = 'getal' | 'tekst' | 'waarheid' | 'datum' | 'tabel';

/** What a 'getal' result is, so a host can show it as text beside the number ("€ 198,55", "95,8%"). */
export type Getalsoort = 'bedrag' | 'percentage';

export interface WlzFunctie {
  /** Excel-facing name without the namespace: "TARIEF" is typed as =WLZ.TARIEF(…). */
  naam: string;
  beschrijving: string;
  description: string;
  /** Each declared once with `parameter()` (issue 15.2): its help, default and reader together. */
  parameters: GelezenParameter<unknown>[];
  resultaat: Resultaatsoort;
  /** Set when the number is an amount in euro or a percentage (a fraction); unset: a plain number. */
  getalsoort?: Getalsoort;
  /** A worked example in Dutch Excel notation, e.g. "=WLZ.TARIEF(191,60; 10; 5; 95,8%)" → "198,55". */
  voorbeeld: { formule: string; uitkomst: string };
  /** Wants the sheet addresses of its parameters (Excel: @requiresParameterAddresses). */
  adressenNodig?: boolean;
  bereken(args: Argument[], aanroep?: Aanroep): Uitkomst;
}

/** What the caller knows about the call beyond the values. */
export interface Aanroep {
  /** Address per parameter, e.g. "Blad1!B3:K20", where the host knows it (Excel, not the CLI). */
  adressen?: ReadonlyArray<string | undefined>;
}

/** Excel's largest number (9,99999999999999E+307); beyond it a cell cannot hold the result. */
const EXCEL_MAXIMUM = 9.99999999999999e307;

/** The boundary from exact decimals to an Excel number (docs/contract.md §1: convert only here). */
export function alsGetal(waarde: D): number {
  const getal = waarde.toNumber();
  if (!(Math.abs(getal) <= EXCEL_MAXIMUM)) throw ongeldig('de uitkomst is te groot voor Excel; controleer de bedragen');
  return Object.is(getal, -0) ? 0 : getal;
}
