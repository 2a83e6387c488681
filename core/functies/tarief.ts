import { standaardUit, vasteStandaard } from '../beleid/getallen';
import { D } from '../geld';
import { leesNietNegatief, leesPercentage } from '../invoer';
import { opslagtarief, snelTarief, tarief } from '../tarief';
import { alsGetal, parameter, type WlzFunctie } from './soort';

/**
 * docs/contract.md §3 decision 10 (CZ GGZ 2023, §6.2–6.3: NHC and NIC "waar nodig"): MPT, DTV and behandeling have
 * no NHC or NIC, so an empty cell is 0 and a filled-down TARIEF works on every line.
 */
const GEEN_COMPONENT = vasteStandaard(
  new D(0),
  '0 (MPT, DTV en behandeling hebben geen NHC/NIC)',
  '0 (MPT, DTV and treatment have no NHC/NIC)',
);

// Not optional in the signature: a required percentage follows, and Excel (like TypeScript) allows
// optional parameters only at the end. The cell may still be left empty: =WLZ.TARIEF(zorg; ; ; 95,8%).
const component = (naam: string, uitleg: string, explanation: string) =>
  parameter({
    naam,
    uitleg,
    explanation,
    standaard: GEEN_COMPONENT,
    optioneel: false,
    lees: (w, n, standaard) => leesNietNegatief(w, n, { standaard }),
  });

const NHC = component('nhc', 'Normatieve huisvestingscomponent per eenheid (euro)', 'Standard housing component per unit (euro)');
const NIC = component('nic', 'Normatieve inventariscomponent per eenheid (euro)', 'Standard inventory component per unit (euro)');
const PERCENTAGE_NHC_NIC = parameter({
  naam: 'percentage_nhc_nic',
  uitleg: 'Tariefpercentage voor NHC en NIC',
  explanation: 'Tariff percentage for NHC and NIC',
  standaard: standaardUit('percentage NHC/NIC', { zorgkantoor: 'CZ', jaar: 2023 }),
  lees: (w, n, standaard) => leesPercentage(w, n, { standaard }),
});
const MAX_OPSLAG = parameter({
  naam: 'max_opslag',
  uitleg: 'Maximale opslag in procentpunten',
  explanation: 'Maximum surcharge in percentage points',
  standaard: standaardUit('maximale tariefsopslag', { zorgkantoor: 'landelijk', jaar: 2017 }),
  lees: (w, n, standaard) => leesPercentage(w, n, { nulToegestaan: true, standaard }),
});

const ZORG = parameter({
  naam: 'zorg',
  uitleg: 'NZa-maximumtarief zorgcomponent per eenheid (euro)',
  explanation: 'NZa maximum tariff, care component per unit (euro)',
  lees: (w, n) => leesNietNegatief(w, n),
});
const PERCENTAGE = parameter({
  naam: 'percentage',
  uitleg: 'Tariefpercentage voor de zorgcomponent, bijvoorbeeld 95,8%',
  explanation: 'Tariff percentage for the care component, e.g. 95.8%',
  lees: (w, n) => leesPercentage(w, n),
});
const BASISPERCENTAGE = parameter({
  naam: 'basispercentage',
  uitleg: 'Basistariefpercentage van het zorgkantoor, bijvoorbeeld 95%',
  explanation: 'Base tariff percentage of the care office, e.g. 95%',
  lees: (w, n) => leesPercentage(w, n),
});
const OPSLAG = parameter({
  naam: 'opslag',
  uitleg: 'Tariefsopslag in procentpunten, bijvoorbeeld 2% voor 2 procentpunt',
  explanation: 'Surcharge in percentage points, e.g. 2% for 2 points',
  lees: (w, n) => leesPercentage(w, n, { nulToegestaan: true }),
});

const TARIEF: WlzFunctie = {
  naam: 'TARIEF',
  beschrijving: 'Tarief per eenheid: percentage × zorgcomponent + percentage NHC/NIC × (NHC + NIC), afgerond op centen.',
  description: 'Tariff per unit: percentage × care component + NHC/NIC percentage × (NHC + NIC), rounded to cents.',
  parameters: [ZORG, NHC, NIC, PERCENTAGE, PERCENTAGE_NHC_NIC],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.TARIEF(191,60; 10; 5; 95,8%)', uitkomst: '198,55' },
  bereken: ([zorg, nhc, nic, percentage, percentageNhcNic]) =>
    // Plain numbers in cents and millionths take the exact integer lane; everything else (and every error) the Decimal lane.
    snelTarief(zorg, nhc, nic, percentage, percentageNhcNic) ??
    alsGetal(
      tarief(
        { zorg: ZORG.lees(zorg), nhc: NHC.lees(nhc), nic: NIC.lees(nic) },
        PERCENTAGE.lees(percentage),
        PERCENTAGE_NHC_NIC.lees(percentageNhcNic),
      ),
    ),
};

const OPSLAGTARIEF: WlzFunctie = {
  naam: 'OPSLAGTARIEF',
  beschrijving: 'Basistariefpercentage plus tariefsopslag in procentpunten; de opslag hoogstens het maximum, het totaal hoogstens 100%.',
  description: 'Base tariff percentage plus a surcharge in percentage points; surcharge at most the maximum, total at most 100%.',
  parameters: [BASISPERCENTAGE, OPSLAG, MAX_OPSLAG],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.OPSLAGTARIEF(95%; 2%)', uitkomst: '97%' },
  bereken: ([basis, opslag, maxOpslag]) =>
    alsGetal(opslagtarief(BASISPERCENTAGE.lees(basis), OPSLAG.lees(opslag), MAX_OPSLAG.lees(maxOpslag))),
};

export const tariefFuncties: WlzFunctie[] = [TARIEF, OPSLAGTARIEF];
