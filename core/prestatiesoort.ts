import { ongeldig } from './fout';
import { type Cel, isLeeg, normaliseer, toon } from './invoer';

/**
 * The kinds of Wlz prestatie a productieafspraak line can be (docs/contract.md §5 column "Soort"): the
 * leveringsvormen ZZP, VPT, MPT and DTV, plus logeren, toeslag and meerzorg.
 */
export type Prestatiesoort = 'ZZP' | 'VPT' | 'MPT' | 'DTV' | 'logeren' | 'toeslag' | 'meerzorg';

export const PRESTATIESOORTEN: readonly Prestatiesoort[] = ['ZZP', 'VPT', 'MPT', 'DTV', 'logeren', 'toeslag', 'meerzorg'];

const OP_WOORD = new Map(PRESTATIESOORTEN.map((s) => [normaliseer(s), s]));

/** "zzp", "ZZP " and "Logeren" are read case-insensitively (docs/contract.md §1 "names and words"); undefined when unknown. */
export function zoekPrestatiesoort(tekst: string): Prestatiesoort | undefined {
  return OP_WOORD.get(normaliseer(tekst));
}

/** One cell holding a soort; empty, a number or an unknown word → `#VALUE!` listing the valid kinds. */
export function leesPrestatiesoort(cel: Cel, naam: string): Prestatiesoort {
  if (isLeeg(cel)) throw ongeldig(`${naam} ontbreekt`);
  const soort = typeof cel === 'string' ? zoekPrestatiesoort(cel) : undefined;
  if (!soort) throw ongeldig(`${naam}: ${toon(cel)} is geen soort prestatie; kies uit ${PRESTATIESOORTEN.join(', ')}`);
  return soort;
}
