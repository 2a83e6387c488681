import { D, alsNederlandsGetal } from './geld';
import { ongeldig } from './fout';

/**
 * Reading Excel cell values into core values, by the conventions of docs/contract.md §1. Every WLZ function reads
 * its arguments through these helpers, so empty cells, Dutch number text, percentages typed as 95,8
 * and mismatched ranges get the same Dutch error everywhere.
 */

/** One cell as Excel (or the CLI's JSON) hands it over. */
export type Cel = number | string | boolean | null | undefined;
/** A range: rows of cells. */
export type Bereik = Cel[][];
/** Any argument: a single value or a range. */
export type Argument = Cel | Bereik;
/** What a function may return to Excel: never null, NaN or Infinity. */
export type Uitkomst = number | string | boolean | Array<Array<number | string | boolean>>;

export function isBereik(waarde: unknown): waarde is Bereik {
  return Array.isArray(waarde);
}

/** Empty the way Excel delivers an empty cell (docs/contract.md §1 "empty"); a 0 inside a range is a number here. */
export function isLeeg(waarde: unknown): boolean {
  if (waarde === null || waarde === undefined) return true;
  if (typeof waarde === 'string') return waarde.trim() === '';
  if (isBereik(waarde)) return waarde.length === 0 || waarde.every((rij) => Array.isArray(rij) && rij.every(isLeeg));
  return false;
}

/** Lower case, accents off, spaces folded: "Geïntegreerd " matches "geintegreerd" (docs/contract.md §1 "names and words"). */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A text for messages: the user's own value, kept short. */
export function toon(waarde: unknown): string {
  if (typeof waarde === 'string') return `"${waarde.length > 40 ? `${waarde.slice(0, 40)}…` : waarde}"`;
  if (isBereik(waarde)) return `een bereik van ${vormVan(waarde)}`;
  // Numbers in Dutch notation, as the user sees them in Excel: -0,05, not -0.05.
  if (typeof waarde === 'number' && Number.isFinite(waarde)) return alsNederlandsGetal(new D(waarde.toPrecision(15)));
  return String(waarde);
}

/** A single cell from a scalar parameter: a 1×1 range counts as its cell. */
export function enkeleCel(waarde: Argument, naam: string): Cel {
  if (!isBereik(waarde)) return waarde;
  if (waarde.length === 1 && Array.isArray(waarde[0]) && waarde[0].length === 1) return waarde[0][0];
  throw ongeldig(`${naam} moet één cel zijn, niet ${toon(waarde)}`);
}

const GEHEEL_MET_PUNTEN = /^[1-9]\d{0,2}(\.\d{3})+$/;

/**
 * Dutch number text (docs/contract.md §1 "text numbers"): comma = decimal sign, dot = thousands, trailing % ÷ 100,
 * an optional € and spaces. A dot that is not a thousands separator ("0.958", "12.5") is ambiguous and
 * rejected rather than guessed.
 */
export function leesGetalTekst(tekst: string): { getal: D; procent: boolean } | undefined {
  let t = tekst
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^€/, '')
    .replace(/^(-?)€/, '$1');
  const procent = t.endsWith('%');
  if (procent) t = t.slice(0, -1);
  const teken = /^[+-]/.test(t) ? t[0] : '';
  if (teken) t = t.slice(1);
  const [geheel, decimalen, ...rest] = t.split(',');
  if (rest.length > 0 || geheel === undefined) return undefined;
  let cijfers: string;
  if (/^\d+$/.test(geheel)) cijfers = geheel;
  else if (GEHEEL_MET_PUNTEN.test(geheel)) cijfers = geheel.replace(/\./g, '');
  else if (geheel === '' && decimalen !== undefined) cijfers = '0';
  else return undefined;
  if (decimalen !== undefined && !/^\d+$/.test(decimalen)) return undefined;
  let getal = new D(`${teken === '-' ? '-' : ''}${cijfers}${decimalen !== undefined ? `.${decimalen}` : ''}`);
  if (procent) getal = getal.div(100);
  return { getal, procent };
}

interface GetalOpties {
  /** Value when the cell is empty; without it the parameter is required. */
  standaard?: D;
}

/**
 * A number parameter. Empty → its default, or "<naam> ontbreekt". Booleans and unreadable text →
 * `#VALUE!` naming the parameter and the text.
 */
export function leesGetal(waarde: Argument, naam: string, opties: GetalOpties = {}): D {
  const cel = enkeleCel(waarde, naam);
  if (isLeeg(cel)) {
    if (opties.standaard !== undefined) return opties.standaard;
    throw ongeldig(`${naam} ontbreekt`);
  }
  return celAlsGetal(cel, naam);
}

/** One non-empty cell as a number; shared by scalar parameters and ranges. */
export function celAlsGetal(cel: Cel, naam: string): D {
  if (typeof cel === 'number') {
    if (!Number.isFinite(cel)) throw ongeldig(`${naam} is geen geldig getal`);
    // Excel keeps 15 significant digits: a formula result 1,1149999999999998 is the 1,115 the user sees.
    return new D(cel.toPrecision(15));
  }
  if (typeof cel === 'boolean') throw ongeldig(`${naam} moet een getal zijn, geen ${cel ? 'WAAR' : 'ONWAAR'}`);
  if (typeof cel === 'string') {
    const gelezen = leesGetalTekst(cel);
    if (gelezen) return gelezen.getal;
    throw ongeldig(`${naam}: de tekst ${toon(cel)} is geen getal (gebruik een komma als decimaalteken, bijvoorbeeld 1.234,56)`);
  }
  throw ongeldig(`${naam} moet een getal zijn`);
}

/**
 * A number that may not be negative (volumes, amounts, days). A percent sign is refused: "95,8 %" in
 * the zorg cell of a filled-down TARIEF is a column mix-up, never € 0,958.
 */
export function leesNietNegatief(waarde: Argument, naam: string, opties: GetalOpties = {}): D {
  weigerProcent(enkeleCel(waarde, naam), naam);
  const getal = leesGetal(waarde, naam, opties);
  if (getal.isNegative()) throw ongeldig(`${naam} mag niet negatief zijn (${toon(waarde)})`);
  return getal;
}

/** `#VALUE!` for a percentage where an amount or volume belongs. */
export function weigerProcent(cel: Cel, naam: string): void {
  if (typeof cel === 'string' && cel.trim().endsWith('%')) {
    throw ongeldig(`${naam}: ${toon(cel)} is een percentage, maar ${naam} is een bedrag of aantal`);
  }
}

/** One cell of a range of amounts or volumes (correcties): a number, never a percentage. */
export function celAlsHoeveelheid(cel: Cel, naam: string): D {
  weigerProcent(cel, naam);
  return celAlsGetal(cel, naam);
}

/** A whole number within bounds (jaar, maand, aantal maanden). */
export function leesGeheel(waarde: Argument, naam: string, min: number, max: number, opties: GetalOpties = {}): number {
  const getal = leesGetal(waarde, naam, opties);
  if (!getal.isInteger() || getal.lessThan(min) || getal.greaterThan(max)) {
    throw ongeldig(`${naam} moet een geheel getal van ${min} tot en met ${max} zijn, niet ${getal.toString().replace('.', ',')}`);
  }
  return getal.toNumber();
}

interface PercentageOpties extends GetalOpties {
  /** Zero allowed (adjustments, thresholds); a tariff percentage must be above zero. */
  nulToegestaan?: boolean;
}

/**
 * A percentage as a fraction (docs/contract.md §1 "percentages"): 95,8 % is 0,958. A number above 1 is almost
 * always a percentage typed as a plain number, so it is refused with the hint, never divided by 100
 * silently. Percentage-point adjustments are fractions too (0,5 procentpunt = 0,005).
 */
export function leesPercentage(waarde: Argument, naam: string, opties: PercentageOpties = {}): D {
  const getal = leesGetal(waarde, naam, opties);
  if (getal.greaterThan(1)) {
    const getoond = getal.toString().replace('.', ',');
    throw ongeldig(`${naam}: ${getoond} lijkt een percentage als getal; typ ${getoond}% of ${getal.div(100).toString().replace('.', ',')}`);
  }
  if (getal.isNegative() || (getal.isZero() && !opties.nulToegestaan)) {
    throw ongeldig(
      `${naam} moet ${opties.nulToegestaan ? 'tussen 0% en 100%' : 'groter dan 0% en hoogstens 100%'} liggen, niet ${toon(waarde)}`,
    );
  }
  return getal;
}

/** A text parameter (zorgkantoor, sector, soort). Numbers are not accepted as text. */
export function leesTekst(waarde: Argument, naam: string, opties: { standaard?: string } = {}): string {
  const cel = enkeleCel(waarde, naam);
  if (isLeeg(cel)) {
    if (opties.standaard !== undefined) return opties.standaard;
    throw ongeldig(`${naam} ontbreekt`);
  }
  if (typeof cel !== 'string') throw ongeldig(`${naam} moet tekst zijn, geen ${toon(cel)}`);
  return cel.trim();
}

/** A range parameter as rows of cells; a single value becomes a 1×1 range. */
export function leesBereik(waarde: Argument, naam: string): Bereik {
  if (!isBereik(waarde)) return [[waarde]];
  if (waarde.length === 0 || !waarde.every(Array.isArray)) throw ongeldig(`${naam} is geen geldig bereik`);
  const breedte = waarde[0].length;
  if (breedte === 0 || !waarde.every((rij) => rij.length === breedte))
    throw ongeldig(`${naam}: alle rijen van het bereik moeten even lang zijn`);
  return waarde;
}

export function vormVan(bereik: Bereik): string {
  return `${bereik.length}×${bereik[0]?.length ?? 0}`;
}

/** Paired ranges must have the same shape (docs/contract.md §1 "ranges"); the message names both sizes. */
export function controleerZelfdeVorm(a: Bereik, naamA: string, b: Bereik, naamB: string): void {
  if (a.length !== b.length || a[0].length !== b[0].length) {
    throw ongeldig(`${naamA} (${vormVan(a)} cellen) en ${naamB} (${vormVan(b)} cellen) moeten even groot zijn`);
  }
}

/** The cells of a range, row by row. */
export function cellenVan(bereik: Bereik): Cel[] {
  return bereik.length === 1 ? bereik[0] : bereik.flat();
}

/** The cell name in messages: "rij 3" of the range (1-based, row-major), as a user counts. */
export function celNaam(naam: string, index: number): string {
  return `${naam} (cel ${index + 1})`;
}
