import { ongeldig } from './fout';
import { dagenInMaand, toonMaand, weekdag, type Datum, type Maand } from './datum';
import { isFeestdag } from './feestdagen';

/** A working day: Monday to Friday, not a national holiday (docs/contract.md §4, DECLARATIEDEADLINE). */
export function isWerkdag(d: Datum): boolean {
  return weekdag(d) <= 5 && !isFeestdag(d);
}

/**
 * The n-th working day of a month (n from 1). Used for "uiterlijk de 17de werkdag van de maand"
 * (Z&Z Inkoopkader 2022, §3.1). Every month has at least 18 working days; an n the month does not
 * have is `#VALUE!`.
 */
export function werkdag(maand: Maand, n: number): Datum {
  let geteld = 0;
  for (let dag = 1; dag <= dagenInMaand(maand.jaar, maand.maand); dag += 1) {
    const d = { jaar: maand.jaar, maand: maand.maand, dag };
    if (isWerkdag(d)) {
      geteld += 1;
      if (geteld === n) return d;
    }
  }
  throw ongeldig(`${toonMaand(maand)} heeft geen ${n}e werkdag (maar ${geteld} werkdagen)`);
}
