import type { Richttarief } from './soort';

/**
 * The national richttariefpercentage for the zorg component, excluding NHC/NIC (docs/contract.md §2). Agreed
 * nationally by the zorgkantoren; the sources below each quote it.
 */
export const richttarieven: readonly Richttarief[] = [
  // "Door het invoeren van het landelijk richttariefpercentage van 95,8% …" (inkoopjaar 2022).
  { jaar: 2022, sectoren: ['V&V', 'GZ', 'GGZ'], procent: '95.8', bron: { titel: 'Z&Z Inkoopkader 2022', sectie: '§2.3' } },
  // "Het landelijke richttariefpercentage voor zorg is 95,8% voor alle sectoren." Also CZ GGZ 2023, §6.2.
  { jaar: 2023, sectoren: ['V&V', 'GZ', 'GGZ'], procent: '95.8', bron: { titel: 'ZK Aanvulling 2023', sectie: 'hoofdstuk 2' } },
  // "Voor de Verpleging en Verzorging (V&V) is dat zorgaanbieders 95,5% van het NZa maximumtarief
  // ontvangen (exclusief NHC/NIC)." GZ and GGZ 2024 are in none of the sources.
  { jaar: 2024, sectoren: ['V&V'], procent: '95.5', bron: { titel: "Thema's 2024–2026", sectie: 'inleiding' } },
];
