import { D } from './geld';
import { gewogenGemiddelde, teltLabel } from './gewogengemiddelde';
import { type Cel, celAlsGetal, leesPercentage } from './invoer';
import { type Invoerkolom, type Regelverwerker, isLegeRegelcel, verwerkRegels } from './regels';

/** One tariff percentage of a declaration list with the amount declared at it. */
export interface Aandeel {
  percentage: D;
  /** Σ declared amount of the lines at this percentage (credit lines included). */
  bedrag: D;
  /** bedrag / Σ bedrag of all counted lines: the weight of this percentage in W. */
  aandeel: D;
}

/**
 * The amount share per tariff percentage: the weights behind the gewogen gemiddelde W = Σ(pᵢ·bᵢ)/Σbᵢ
 * (Z&Z Inkoopkader 2022, §2.3.1; docs/contract.md §3 decision 2), grouped by percentage, highest percentage
 * first. The same lines count as in GEWOGENGEMIDDELDE — NHC/NIC and ONWAAR in `meetellen` are left
 * out, empty bedragen are skipped — and the same input errors apply, because the lines are first
 * checked by `gewogenGemiddelde` itself. The task pane charts this.
 */
export function aandeelPerPercentage(percentages: Invoerkolom, bedragen: Invoerkolom, meetellen?: Invoerkolom): Aandeel[] {
  // Validates shapes and every cell, and fails with #DIV/0! when Σb ≤ 0: after it, every line reads.
  gewogenGemiddelde(percentages, bedragen, meetellen);
  const groepen = new Groepen();
  verwerkRegels(groepen, bedragen, percentages, meetellen);
  const totaal = [...groepen.perPercentage.values()].reduce((som, g) => som.plus(g.bedrag), new D(0));
  return [...groepen.perPercentage.values()]
    .sort((a, b) => b.percentage.comparedTo(a.percentage))
    .map((g) => ({ percentage: g.percentage, bedrag: g.bedrag, aandeel: g.bedrag.div(totaal) }));
}

class Groepen implements Regelverwerker {
  readonly perPercentage = new Map<string, { percentage: D; bedrag: D }>();

  regel(_i: number, bedragCel: Cel, percentageCel: Cel, label: Cel): void {
    if (!telt(label)) return;
    const percentage = leesPercentage(percentageCel, 'percentages');
    const bedrag = celAlsGetal(bedragCel, 'bedragen');
    const sleutel = percentage.toString();
    const groep = this.perPercentage.get(sleutel);
    if (groep) groep.bedrag = groep.bedrag.plus(bedrag);
    else this.perPercentage.set(sleutel, { percentage, bedrag });
  }
}

/** A `meetellen` cell as GEWOGENGEMIDDELDE reads it: empty (or desktop's 0), WAAR and 1 count; text by its label. */
function telt(label: Cel): boolean {
  if (typeof label === 'boolean') return label;
  if (typeof label === 'string' && !isLegeRegelcel(label)) return teltLabel(label);
  return true;
}
