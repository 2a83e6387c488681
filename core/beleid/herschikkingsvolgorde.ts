import type { Prestatiesoort } from '../prestatiesoort';
import type { Zorgkantoor } from '../zorgkantoor';
import type { Bron } from './soort';

/**
 * The priority each zorgkantoor publishes for sharing a limited budget at herschikking (docs/contract.md §3
 * decision 14): classes of soorten, highest priority first; soorten in one class share pro rata.
 */
export interface Herschikkingsvolgorde {
  readonly zorgkantoor: Zorgkantoor;
  readonly jaar: number;
  readonly sector: string;
  readonly klassen: readonly (readonly Prestatiesoort[])[];
  /** The source's words. */
  readonly tekst: string;
  readonly bron: Bron;
}

export const herschikkingsvolgorden = [
  {
    zorgkantoor: 'Zorg en Zekerheid',
    jaar: 2022,
    sector: 'V&V, GZ, GGZ',
    klassen: [['MPT'], ['VPT'], ['ZZP']],
    tekst: 'Leveringsvorm MPT heeft voorrang op VPT, en VPT heeft voorrang op ZZP (groeiverzoeken)',
    bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3.2.1, afwegingskader punt 3' },
  },
  {
    zorgkantoor: 'CZ',
    jaar: 2023,
    sector: 'GGZ',
    klassen: [['VPT'], ['ZZP']],
    tekst: 'Is de contracteerruimte beperkt, dan geven wij bij de herschikking voorrang aan VPT ten opzichte van ZZP',
    bron: { titel: 'CZ GGZ 2023', sectie: '§6.5' },
  },
  {
    zorgkantoor: 'Zilveren Kruis',
    jaar: 2017,
    sector: 'V&V',
    // VPT and MPT together before intramural care (ZZP), whose level is "ruimschoots toereikend".
    klassen: [['VPT', 'MPT'], ['ZZP']],
    tekst: 'wij geven daarom voorrang in de herschikking aan productieafspraken in VPT en MPT',
    bron: { titel: 'ZK V&V 2017', sectie: 'Deel 2 §2.1.4' },
  },
] as const satisfies readonly Herschikkingsvolgorde[];
