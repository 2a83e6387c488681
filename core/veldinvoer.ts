import { D, alsBedrag, alsNederlandsGetal, alsPercentage } from './geld';
import { ongeldig } from './fout';
import { leesGetalTekst } from './invoer';

/**
 * What people type in an input field of the task pane (not an Excel cell): percentages, percentage
 * points and amounts, read so that the usual ways of writing one value all mean that value, and
 * anything else is a Dutch message rather than a number.
 *
 * A field is not a cell: a cell has a format, so 95,8 in a cell is refused (docs/contract.md §1); a field labelled
 * "(%)" says its unit, so there 95,8 is 95,8 %. The README teaches 0,958 for 95,8 %, so the fraction
 * reads the same. One rule decides between the two: a number above 1 is a percentage, a number up to 1
 * is the fraction Excel stores (1 = 100 %). A percentage of 1 % or less must be typed with its sign
 * ("0,5%"). The pane shows the value understood next to the field, so the reading is never silent.
 */

/** Readings of a number typed in a field, beyond Dutch text: a lone decimal point ("1234.56", "0.958"). */
function leesVeldgetal(tekst: string, naam: string): { getal: D; procent: boolean } {
  const t = tekst.trim();
  const nederlands = leesGetalTekst(t);
  if (nederlands) return nederlands;
  // Plain number text as a calculator or an English sheet writes it: a single dot that is not Dutch
  // thousands ("1.234" stays 1234, read above) is a decimal point: "1234.56", "0.958".
  const zonderEuro = t.replace(/[\s\u00a0\u202f]/g, '').replace(/^(-?)€/, '$1');
  const punt = /^([+-]?)(\d+)\.(\d+)(%?)$/.exec(zonderEuro);
  if (punt) {
    const getal = new D(`${punt[1] === '-' ? '-' : ''}${punt[2]}.${punt[3]}`);
    return { getal: punt[4] ? getal.div(100) : getal, procent: punt[4] === '%' };
  }
  throw ongeldig(`${naam}: "${t.length > 40 ? `${t.slice(0, 40)}…` : t}" is geen getal; typ bijvoorbeeld 95,8 of 1.234,56`);
}

export interface Procentbereik {
  /** Lowest and highest value allowed, as fractions (0,9 = 90 %). */
  van: D;
  tot: D;
  /** Whether `van` itself is allowed; a tariff percentage must be above 0 (docs/contract.md §1). */
  vanToegestaan?: boolean;
}

/**
 * A field with unit "%": "95,8", "95,8%" and "0,958" are all 95,8 % (0,958). Empty: undefined (the
 * caller knows its default). Outside the range: a Dutch message naming the field and the value as read.
 */
export function leesProcentInvoer(tekst: string, naam: string, bereik: Procentbereik): D | undefined {
  if (tekst.trim() === '') return undefined;
  const { getal, procent } = leesVeldgetal(tekst, naam);
  const fractie = procent || getal.abs().lessThanOrEqualTo(1) ? getal : getal.div(100);
  binnen(fractie, naam, bereik, alsProcent);
  return fractie;
}

/**
 * A field with unit "procentpunt" (an opslag, a maximale daling, a step): "0,5" and "0,5%" are both
 * 0,5 procentpunt (0,005). A sign is allowed where the range allows it ("-1").
 */
export function leesProcentpuntInvoer(tekst: string, naam: string, bereik: Procentbereik): D | undefined {
  if (tekst.trim() === '') return undefined;
  const { getal, procent } = leesVeldgetal(tekst, naam);
  const fractie = procent ? getal : getal.div(100);
  binnen(fractie, naam, bereik, procentpunt);
  return fractie;
}

export interface Bedragbereik {
  van?: D;
  tot?: D;
}

/** A field with unit "€": "1.234,56", "1234,56", "1234.56" and "€ 1.234,56" are all € 1.234,56. */
export function leesBedragInvoer(tekst: string, naam: string, bereik: Bedragbereik = { van: new D(0) }): D | undefined {
  if (tekst.trim() === '') return undefined;
  const { getal, procent } = leesVeldgetal(tekst, naam);
  if (procent) throw ongeldig(`${naam} is een bedrag in euro, geen percentage`);
  if (bereik.van !== undefined && getal.lessThan(bereik.van)) {
    throw ongeldig(
      bereik.van.isZero()
        ? `${naam} mag niet negatief zijn, niet ${alsBedrag(getal)}`
        : `${naam} moet minstens ${alsBedrag(bereik.van)} zijn, niet ${alsBedrag(getal)}`,
    );
  }
  if (bereik.tot !== undefined && getal.greaterThan(bereik.tot))
    throw ongeldig(`${naam} mag hoogstens ${alsBedrag(bereik.tot)} zijn, niet ${alsBedrag(getal)}`);
  return getal;
}

/** "95,8%", "100%": as many decimals as the value has. */
export function alsProcent(fractie: D): string {
  return alsPercentage(fractie, 0);
}

/** "0,5 procentpunt", "-2 procentpunt". */
export function procentpunt(fractie: D): string {
  return `${alsNederlandsGetal(fractie.times(100))} procentpunt`;
}

function binnen(fractie: D, naam: string, { van, tot, vanToegestaan = true }: Procentbereik, toon: (w: D) => string): void {
  const teLaag = vanToegestaan ? fractie.lessThan(van) : fractie.lessThanOrEqualTo(van);
  if (!teLaag && !fractie.greaterThan(tot)) return;
  const grens = vanToegestaan ? `tussen ${toon(van)} en ${toon(tot)}` : `boven ${toon(van)} en hoogstens ${toon(tot)}`;
  throw ongeldig(`${naam} moet ${grens} liggen; gelezen: ${toon(fractie)}`);
}
