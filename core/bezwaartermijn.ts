import { BEZWAARTERMIJN_DAGEN } from './beleid/termijnen';
import { plusDagen, type Datum } from './datum';

export { BEZWAARTERMIJN_DAGEN };

/**
 * The last day of a bezwaar or kort-geding term of `dagen` kalenderdagen after a publication or decision
 * on `datum` (docs/contract.md §3 decision 16): the term starts the day after `datum`, so its last day is
 * `datum` + `dagen`. "uiterlijk op de 20e kalenderdag na publicatie" (Z&Z Inkoopkader 2022, §4.5):
 * 30-6-2022 gives 20-7-2022, as in ZK Aanvulling 2023 §6.1 (steps 4 and 6). Calendar days: a last day
 * on a weekend or holiday stays where it is; the sources name no shift.
 */
export function bezwaartermijn(datum: Datum, dagen: number = BEZWAARTERMIJN_DAGEN): Datum {
  return plusDagen(datum, dagen);
}
