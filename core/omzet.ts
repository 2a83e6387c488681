import { D, rondAfOpCenten } from './geld';
import { EXACT_TOT, ExacteSom, geschaald } from './exactesom';
import { type Cel, celNaam, leesNietNegatief } from './invoer';
import { type Invoerkolom, type Regelverwerker, isLegeRegelcel, leegNaast, verwerkRegels } from './regels';

/** The bedrag of one productieafspraak line: volume × tarief, rounded to cents (docs/contract.md §1 "money", §5). */
export function regelbedrag(volume: D, tarief: D): D {
  return rondAfOpCenten(volume.times(tarief));
}

/**
 * Omzet of a productieafspraak: Σ round(volume × tarief), each line rounded to cents before summing
 * (docs/contract.md §1 "totals are sums of rounded lines", §4 OMZET). Lines with an empty volume are skipped.
 */
export function omzet(volumes: Invoerkolom, tarieven: Invoerkolom): D {
  const teller = new Omzetteller(volumes, tarieven);
  verwerkRegels(teller, volumes, tarieven);
  return teller.som();
}

// Fast lane: volume and tarief with at most 4 decimals are whole ten-thousandths, their product a whole
// number of 10⁻⁸ euro; below 2⁵² that product is exact in a double, and so is its rounding to cents.
// Everything else (text, more decimals, lines above € 45 miljoen, bad cells) takes the Decimal lane.
const TIENDUIZENDSTEN = 10_000;
const PER_CENT = 1_000_000;

/**
 * Adds up line bedragen round(volume × tarief) from paired cells; OMZET and STIMULERINGSBUDGET share it.
 * The volume may not be negative; a volume with an empty (or 0) tarief beside it is an error, never a
 * silent € 0.
 */
export class Omzetteller implements Regelverwerker {
  private readonly centen = new ExacteSom();
  private rest = new D(0);

  constructor(
    private readonly volumes: Invoerkolom,
    private readonly tarieven: Invoerkolom,
  ) {}

  regel(i: number, volume: Cel, tarief: Cel): void {
    if (typeof volume === 'number' && typeof tarief === 'number' && volume > 0 && tarief > 0) {
      const product = geschaald(volume, TIENDUIZENDSTEN) * geschaald(tarief, TIENDUIZENDSTEN);
      if (product < EXACT_TOT) {
        // Half a cent or more rounds up: the product is positive, so that is half away from zero.
        const onderCent = product % PER_CENT;
        this.centen.tel((product - onderCent) / PER_CENT + (onderCent * 2 >= PER_CENT ? 1 : 0));
        return;
      }
    }
    const v = leesNietNegatief(volume, celNaam(this.volumes.naam, i));
    if (isLegeRegelcel(tarief)) throw leegNaast(this.tarieven, this.volumes, i);
    this.rest = this.rest.plus(regelbedrag(v, leesNietNegatief(tarief, celNaam(this.tarieven.naam, i))));
  }

  som(): D {
    return this.centen.waarde().div(100).plus(this.rest);
  }
}
