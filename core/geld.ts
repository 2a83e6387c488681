import Decimal from 'decimal.js';

/**
 * Exact decimal arithmetic for every amount and percentage in the core (docs/contract.md §1 "arithmetic").
 * A private Decimal constructor, so no other library's global Decimal settings can change ours.
 * Precision 40 keeps products of cents and percentages exact long before any rounding.
 */
export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type D = Decimal;

const NUL = new D(0);

/** Half away from zero to whole cents, like Excel ROUND(x; 2) (docs/contract.md §1 "money"). */
export function rondAfOpCenten(bedrag: Decimal): Decimal {
  // decimal.js ROUND_HALF_UP rounds ties away from zero for negative numbers too.
  return bedrag.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Sum of decimals; the empty sum is 0. */
export function som(waarden: Iterable<Decimal>): Decimal {
  let totaal = NUL;
  for (const w of waarden) totaal = totaal.plus(w);
  return totaal;
}

/** Dutch notation for messages: 95,8% / 0,958 / € 1.234,56. */
export function alsPercentage(fractie: Decimal, decimalen = 1): string {
  const p = fractie.times(100);
  return `${p.toFixed(Math.max(decimalen, p.decimalPlaces())).replace('.', ',')}%`;
}

export function alsNederlandsGetal(waarde: Decimal): string {
  const [geheel, deel] = waarde.toString().split('.');
  const teken = geheel.startsWith('-') ? '-' : '';
  const cijfers = teken ? geheel.slice(1) : geheel;
  const gegroepeerd = cijfers.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return teken + gegroepeerd + (deel ? `,${deel}` : '');
}

export function alsBedrag(bedrag: Decimal): string {
  const centen = rondAfOpCenten(bedrag);
  const tekst = alsNederlandsGetal(centen.abs().toDecimalPlaces(2));
  const [geheel, deel = ''] = tekst.split(',');
  return `${centen.isNegative() ? '-' : ''}€ ${geheel},${deel.padEnd(2, '0')}`;
}
