import { beleidssoorten, standaardUit } from './beleid/getallen';
import { D, rondAfOpCenten } from './geld';
import { type Cel, celNaam } from './invoer';
import { controleerKleinPercentage } from './kleinpercentage';
import { Omzetteller } from './omzet';
import { leesPrestatiesoort } from './prestatiesoort';
import { type Invoerkolom, type Regelverwerker, isLegeRegelcel, leegNaast, verwerkRegels } from './regels';

/**
 * CZ GGZ 2023, §6.2 (Regionaal stimuleringsbudget): "een bedrag gereserveerd dat gebaseerd is op 0,2%
 * van de tarieven maal de volumes van initiële productieafspraken (voor de uitnames van 5 en 10%)";
 * "VPT, DTV en logeren … worden niet meegenomen bij het vaststellen van het regionaal stimuleringsbudget."
 * Both are data of their source (core/beleid/cz-ggz-2023.ts).
 */
export const STIMULERINGSBUDGET_BELEID = {
  percentage: standaardUit('stimuleringsbudget', { zorgkantoor: 'CZ', jaar: 2023 }),
  uitgezonderd: beleidssoorten('stimuleringsbudget uitgezonderd', { zorgkantoor: 'CZ', jaar: 2023 }),
} as const;

/** Ceiling for the percentage: the source uses 0,2 %; "0,2" typed without % (20 %) is refused. */
const GROOTSTE_PERCENTAGE = new D('0.1');

/**
 * Regional stimulus budget: percentage × Σ(volume × tarief) over the lines whose soort is not VPT,
 * DTV or logeren. The volumes are the initial agreement *before* the 5 %/10 % uitname (so not the
 * outcome of VOLUMEBOD).
 *
 * Rounding: each line is the productieafspraak's own bedrag, round(volume × tarief) (docs/contract.md §1: totals
 * are sums of rounded lines; the same bedrag OMZET and the table check in docs/contract.md §5 use); the budget is
 * one amount derived from that total, so it is rounded to cents once, at the end (docs/contract.md §4 "rounded").
 */
export function stimuleringsbudget(volumes: Invoerkolom, tarieven: Invoerkolom, soorten: Invoerkolom, percentage: D): D {
  controleerKleinPercentage(percentage, 'percentage', GROOTSTE_PERCENTAGE, 'procent');
  const grondslag = new Grondslag(volumes, tarieven, soorten);
  verwerkRegels(grondslag, volumes, tarieven, soorten);
  return rondAfOpCenten(percentage.times(grondslag.som()));
}

/** The lines that count towards the budget, summed by the same Omzetteller as OMZET. */
class Grondslag implements Regelverwerker {
  private readonly omzet: Omzetteller;

  constructor(
    private readonly volumes: Invoerkolom,
    tarieven: Invoerkolom,
    private readonly soorten: Invoerkolom,
  ) {
    this.omzet = new Omzetteller(volumes, tarieven);
  }

  regel(i: number, volume: Cel, tarief: Cel, soortCel: Cel): void {
    if (isLegeRegelcel(soortCel)) throw leegNaast(this.soorten, this.volumes, i);
    const soort = leesPrestatiesoort(soortCel, celNaam(this.soorten.naam, i));
    if (!STIMULERINGSBUDGET_BELEID.uitgezonderd.soorten.includes(soort)) this.omzet.regel(i, volume, tarief);
  }

  som(): D {
    return this.omzet.som();
  }
}
