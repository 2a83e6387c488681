import { D } from './geld';
import { EXACT_TOT, ExacteSom } from './exactesom';
import { deelDoorNul, ongeldig } from './fout';
import { type Cel, celAlsGetal, celNaam, leesPercentage, normaliseer, toon } from './invoer';
import { type Invoerkolom, controleerVormen, isLegeRegelcel, leegNaast, rijVan } from './regels';

/**
 * Gewogen gemiddelde tariefpercentage: W = Σ(pᵢ·bᵢ) / Σbᵢ, with bᵢ the declared amount per line.
 * Source: Z&Z Inkoopkader 2022, §2.3.1 ("het tariefpercentage per prestatiecode en het volume (de
 * gedeclareerde bedragen) per prestatiecode"; "over het loon-, materieel- en kwaliteitsdeel … Over de
 * NIC en NHC ontvangt u 100%") and docs/contract.md §3 decision 2: NHC/NIC lines are left out.
 *
 * - `meetellen` (optional, same shape as `bedragen`): WAAR/ONWAAR, or a label per line. Lines marked
 *   ONWAAR or labelled NHC/NIC ("NHC", "nic", "NHC/NIC", "normatieve huisvestingscomponent") are left
 *   out; any other label ("zorg", "ZZP", "loon", "materieel") counts, and so does an empty cell.
 * - A line with an empty (or 0) bedrag is skipped; a bedrag with an empty percentage is an error.
 * - Negative bedragen (credit lines correcting earlier declarations) are allowed as long as Σb > 0.
 *   If credit lines push W outside (0 %, 100 %], that is reported rather than returned.
 * - Σb ≤ 0 → `#DIV/0!` (docs/contract.md §4).
 *
 * The result is the exact quotient to 40 significant digits (never rounded to 0,1 %): the caller turns
 * it into the nearest JS number.
 */
export function gewogenGemiddelde(percentages: Invoerkolom, bedragen: Invoerkolom, meetellen?: Invoerkolom): D {
  controleerVormen(bedragen, percentages, meetellen);
  const weging = new Weging(percentages, bedragen, meetellen);
  const producten = new ExacteSom();
  const centen = new ExacteSom();
  // Its own loop rather than verwerkRegels, with the fast lane written out: no call per line, so a
  // million lines stay within a small factor of a plain float loop.
  const breedte = bedragen.bereik[0].length;
  for (let r = 0; r < bedragen.bereik.length; r++) {
    const bedragRij = rijVan(bedragen, r, breedte);
    const percentageRij = rijVan(percentages, r, breedte);
    const labelRij = meetellen && rijVan(meetellen, r, breedte);
    for (let k = 0; k < breedte; k++) {
      const bedrag = bedragRij[k];
      const percentage = percentageRij[k];
      if (labelRij && (isLegeRegelcel(bedrag) || !weging.telt(labelRij[k], r * breedte + k))) continue;
      if (typeof bedrag === 'number' && typeof percentage === 'number' && percentage > 0 && percentage <= 1) {
        // geschaald(bedrag, CENTEN) and geschaald(percentage, MILJOENSTEN), inline; NaN and
        // Infinity fail the checks, and with |c| ≤ MAX_CENTEN the product c × m is exact.
        const c = round(bedrag * CENTEN);
        const m = round(percentage * MILJOENSTEN);
        if (c / CENTEN === bedrag && m / MILJOENSTEN === percentage && c <= MAX_CENTEN && c >= -MAX_CENTEN) {
          producten.tel(c * m);
          centen.tel(c);
          continue;
        }
      }
      // A 0 bedrag in the fast lane added nothing; an empty one (or 0 beside a bad percentage) is skipped here.
      if (!isLegeRegelcel(bedrag)) weging.exact(r * breedte + k, bedrag, percentage);
    }
  }
  return weging.uitkomst(producten.waarde().div(SNEL_SCHAAL), centen.waarde().div(CENTEN));
}

// Fast lane: a bedrag in whole cents times a percentage in millionths (95,8125 % = 958125/10⁶) is an
// integer product, summed exactly by ExacteSom without a Decimal per line. Every other line (text,
// more decimals, amounts above € 45 miljoen) takes the Decimal lane. Both lanes are exact, so the
// split never changes the result; real declarations (cents, percentages like 95,8 %) take the fast one.
// Read once: a global lookup per line is slow in sandboxed hosts (a vm context such as jest's).
const { round } = Math;
const CENTEN = 100;
const MILJOENSTEN = 1_000_000;
const MAX_CENTEN = Math.floor(EXACT_TOT / MILJOENSTEN);
const SNEL_SCHAAL = new D(CENTEN * MILJOENSTEN);

/** The Decimal lane, the `meetellen` labels, and the quotient. */
class Weging {
  private producten = new D(0);
  private bedragenSom = new D(0);
  private readonly labels = new Map<string, boolean>();
  /** `meetellen` holds only 1/0 flags (and empty cells): then 0 is "does not count", not desktop's empty cell. */
  private readonly vlaggen: boolean;

  constructor(
    private readonly percentages: Invoerkolom,
    private readonly bedragen: Invoerkolom,
    private readonly meetellen: Invoerkolom | undefined,
  ) {
    this.vlaggen = meetellen !== undefined && alleenVlaggen(meetellen);
  }

  /** A line outside the fast lane; also where every bad cell gets its Dutch error. */
  exact(i: number, bedrag: Cel, percentage: Cel): void {
    const b = celAlsGetal(bedrag, celNaam(this.bedragen.naam, i));
    if (isLegeRegelcel(percentage)) throw leegNaast(this.percentages, this.bedragen, i);
    const p = leesPercentage(percentage, celNaam(this.percentages.naam, i));
    this.producten = this.producten.plus(p.times(b));
    this.bedragenSom = this.bedragenSom.plus(b);
  }

  /** Whether a line counts, by its `meetellen` cell. An empty cell (or desktop's 0) counts. */
  telt(label: Cel, i: number): boolean {
    if (typeof label === 'boolean') return label;
    if (this.vlaggen && (label === 0 || label === 1)) return label === 1;
    if (isLegeRegelcel(label) || label === 1) return true;
    if (typeof label === 'string') {
      let telt = this.labels.get(label);
      if (telt === undefined) {
        telt = teltLabel(label);
        this.labels.set(label, telt);
      }
      return telt;
    }
    throw ongeldig(
      `${celNaam(this.meetellen?.naam ?? 'meetellen', i)} moet WAAR, ONWAAR of een onderdeel zoals "zorg" of "NHC/NIC" zijn, niet ${toon(label)}`,
    );
  }

  /** W from the fast lane's sums plus this lane's. */
  uitkomst(snelleProducten: D, snelleBedragen: D): D {
    const somBedragen = snelleBedragen.plus(this.bedragenSom);
    if (somBedragen.lessThanOrEqualTo(0)) {
      throw deelDoorNul(`de som van ${this.bedragen.naam} is 0 of negatief: er valt niets te wegen`);
    }
    const gemiddelde = snelleProducten.plus(this.producten).div(somBedragen);
    if (gemiddelde.lessThanOrEqualTo(0) || gemiddelde.greaterThan(1)) {
      throw ongeldig(
        `de creditregels (negatieve ${this.bedragen.naam}) wegen zo zwaar dat het gemiddelde buiten 0%–100% valt; controleer de bedragen`,
      );
    }
    return gemiddelde;
  }
}

/**
 * A `meetellen` range of 1/0 flags (issue 10: "1 counts, 0 does not"): at least one 1 and nothing but
 * 1, 0 and empty cells. Any other content keeps 0 as the empty cell desktop Excel hands over.
 */
function alleenVlaggen(meetellen: Invoerkolom): boolean {
  let een = false;
  for (const rij of meetellen.bereik) {
    if (!Array.isArray(rij)) return false;
    for (const cel of rij) {
      if (cel === 1) een = true;
      else if (cel !== 0 && cel !== null && cel !== undefined && cel !== '') return false;
    }
  }
  return een;
}

// NHC, NIC and their written-out names, alone or combined ("NHC/NIC", "NHC en NIC").
const NHC_NIC = /^(nhc|nic|normatievehuisvestingscomponent|normatieveinventariscomponent)+$/;

/** A text label in `meetellen`: WAAR/ONWAAR as text, NHC/NIC → left out, any other label counts. */
export function teltLabel(tekst: string): boolean {
  const t = normaliseer(tekst);
  if (t === 'waar' || t === 'true') return true;
  if (t === 'onwaar' || t === 'false') return false;
  return !NHC_NIC.test(t.replace(/\ben\b/g, '').replace(/[^a-z]/g, ''));
}
