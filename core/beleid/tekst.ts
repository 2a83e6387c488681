import { D } from '../geld';
import type { Bron } from './soort';

/** Helpers shared by the lookup and the policy table: data strings to decimals, decimals to Dutch. */

/** "95.8" (procent, as written in the data) → 0,958. */
export function uitProcent(procent: string): D {
  return new D(procent).div(100);
}

/** 0,01 → "1,0"; the number of procentpunten without sign. */
export function toonProcentpunt(fractie: D): string {
  const punten = fractie.abs().times(100);
  return punten.toFixed(Math.max(1, punten.decimalPlaces())).replace('.', ',');
}

/** 0,01 → "+1,0", -0,02 → "-2,0". */
export function toonStap(fractie: D): string {
  return `${fractie.isNegative() ? '-' : '+'}${toonProcentpunt(fractie)}`;
}

/**
 * The sources of one answer as one citation: the same title and section are named once, with the
 * notes ("afgeleid", "zekerheid middel") of any of its parts, since they apply to the whole answer.
 */
export function bronnenTekst(bronnen: readonly Bron[]): string {
  const samen = new Map<string, Bron>();
  for (const bron of bronnen) {
    const sleutel = `${bron.titel}\u0000${bron.sectie}`;
    const eerder = samen.get(sleutel);
    samen.set(sleutel, {
      titel: bron.titel,
      sectie: bron.sectie,
      afgeleid: eerder?.afgeleid || bron.afgeleid || undefined,
      zekerheid: eerder?.zekerheid ?? bron.zekerheid,
      eigen: bron.eigen,
    });
  }
  return [...samen.values()]
    .map((b) => {
      if (b.eigen) return `${b.titel}; uit uw beleidstabel, ${b.sectie}`;
      const noten = [...(b.afgeleid ? ['afgeleid'] : []), ...(b.zekerheid ? [`zekerheid ${b.zekerheid}`] : [])];
      return [`${b.titel}, ${b.sectie}`, ...noten].join(', ');
    })
    .join('; ');
}
