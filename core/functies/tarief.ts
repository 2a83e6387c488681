import { D } from '../geld';
import { leesNietNegatief, leesPercentage } from '../invoer';
import { opslagtarief, snelTarief, tarief } from '../tarief';
import { alsGetal, type WlzFunctie } from './soort';

const TARIEF: WlzFunctie = {
  naam: 'TARIEF',
  beschrijving: 'Tarief per eenheid: percentage × zorgcomponent + percentage NHC/NIC × (NHC + NIC), afgerond op centen.',
  description: 'Tariff per unit: percentage × care component + NHC/NIC percentage × (NHC + NIC), rounded to cents.',
  parameters: [
    { naam: 'zorg', beschrijving: 'NZa-maximumtarief zorgcomponent per eenheid (euro).', description: 'NZa maximum tariff, care component per unit (euro).' },
    { naam: 'nhc', beschrijving: 'Normatieve huisvestingscomponent per eenheid (euro); 0 als die er niet is.', description: 'Standard housing component per unit (euro); 0 if none.' },
    { naam: 'nic', beschrijving: 'Normatieve inventariscomponent per eenheid (euro); 0 als die er niet is.', description: 'Standard inventory component per unit (euro); 0 if none.' },
    { naam: 'percentage', beschrijving: 'Tariefpercentage voor de zorgcomponent, bijvoorbeeld 95,8%.', description: 'Tariff percentage for the care component, e.g. 95.8%.' },
    { naam: 'percentage_nhc_nic', beschrijving: 'Tariefpercentage voor NHC en NIC; standaard 100%.', description: 'Tariff percentage for NHC and NIC; default 100%.', optioneel: true },
  ],
  resultaat: 'getal',
  getalsoort: 'bedrag',
  voorbeeld: { formule: '=WLZ.TARIEF(191,60; 10; 5; 95,8%)', uitkomst: '198,55' },
  bereken: ([zorg, nhc, nic, percentage, percentageNhcNic]) =>
    // Plain numbers in cents and millionths take the exact integer lane; everything else (and every error) the Decimal lane.
    snelTarief(zorg, nhc, nic, percentage, percentageNhcNic) ??
    alsGetal(
      tarief(
        { zorg: leesNietNegatief(zorg, 'zorg'), nhc: leesNietNegatief(nhc, 'nhc'), nic: leesNietNegatief(nic, 'nic') },
        leesPercentage(percentage, 'percentage'),
        leesPercentage(percentageNhcNic, 'percentage_nhc_nic', { standaard: new D(1) }),
      ),
    ),
};

const OPSLAGTARIEF: WlzFunctie = {
  naam: 'OPSLAGTARIEF',
  beschrijving: 'Basistariefpercentage plus tariefsopslag in procentpunten; de opslag hoogstens het maximum, het totaal hoogstens 100%.',
  description: 'Base tariff percentage plus a surcharge in percentage points; surcharge at most the maximum, total at most 100%.',
  parameters: [
    { naam: 'basispercentage', beschrijving: 'Basistariefpercentage van het zorgkantoor, bijvoorbeeld 95%.', description: 'Base tariff percentage of the care office, e.g. 95%.' },
    { naam: 'opslag', beschrijving: 'Tariefsopslag in procentpunten, bijvoorbeeld 2% voor 2 procentpunt.', description: 'Surcharge in percentage points, e.g. 2% for 2 points.' },
    { naam: 'max_opslag', beschrijving: 'Maximale opslag; standaard 3% (ZK V&V 2017, §2.2.5).', description: 'Maximum surcharge; default 3% (ZK V&V 2017, §2.2.5).', optioneel: true },
  ],
  resultaat: 'getal',
  getalsoort: 'percentage',
  voorbeeld: { formule: '=WLZ.OPSLAGTARIEF(95%; 2%)', uitkomst: '97%' },
  bereken: ([basis, opslag, maxOpslag]) =>
    alsGetal(
      opslagtarief(
        leesPercentage(basis, 'basispercentage'),
        leesPercentage(opslag, 'opslag', { nulToegestaan: true }),
        // ZK V&V 2017, §2.2.5: "De tariefsopslag is landelijk vastgesteld op maximaal 3%."
        leesPercentage(maxOpslag, 'max_opslag', { nulToegestaan: true, standaard: new D('0.03') }),
      ),
    ),
};

export const tariefFuncties: WlzFunctie[] = [TARIEF, OPSLAGTARIEF];
