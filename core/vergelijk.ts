import type { D } from './geld';
import { WlzFout, nietBeschikbaar, ongeldig } from './fout';
import { toon } from './invoer';
import { zoekBeleidsregel, type Beleidsregel, type Bron, type KenmerkId } from './beleid';
import type { EigenBeleid } from './beleid/eigen-beleid';
import { type Kenmerk, type Kenmerkwoord, herkenKenmerken, zonderTegenspraak } from './beleid/kenmerken';
import { bronnenTekst } from './beleid/tekst';
import { leesSector } from './sector';
import { bepaalVoorBeleidsregel, kenmerkenVan, onbekendeKenmerken, woordenLijst, zonderNeutraleSoorten } from './tariefpercentage';
import { ZORGKANTOREN, type Zorgkantoor } from './zorgkantoor';

export interface Vergelijkingsrij {
  zorgkantoor: Zorgkantoor;
  /** Absent when the percentage is not published or depends on the provider. */
  percentage?: D;
  /** The explanation with its source and confidence, or why there is no single number. */
  toelichting: string;
  /** The source of this row on its own ("Thema's 2024–2026, rij Bekostiging en tarieven"), for tables and charts. */
  bron: string;
  /** 'middel' where the row rests on a source cell attributed with medium confidence (docs/contract.md §2). */
  zekerheid?: 'middel';
}

/**
 * VERGELIJK: the policy percentage of every zorgkantoor with policy for a year and sector (docs/contract.md §4;
 * the task pane's Vergelijken tab: 2024 V&V across the seven).
 *
 * The kenmerken describe one provider across zorgkantoren, and each zorgkantoor knows its own words:
 * every zorgkantoor applies the words it knows, and its toelichting names the words that did not
 * apply there ("technologie" is CZ's). A word no zorgkantoor of that year and sector knows is a typo:
 * `#VALUE!` for the whole table, listing the valid words; so are contradictory words. A zorgkantoor
 * whose percentage cannot be determined (not published, provider-specific) gets an empty percentage
 * and the reason.
 */
export function vergelijk(jaar: number, sectorTekst: string, kenmerken: readonly string[], eigen?: EigenBeleid): Vergelijkingsrij[] {
  const sector = leesSector(sectorTekst);
  if (!Number.isInteger(jaar)) throw ongeldig(`jaar moet een geheel getal zijn, niet ${String(jaar).replace('.', ',')}`);
  const beleidsregels = ZORGKANTOREN.flatMap((zk) => zoekBeleidsregel(zk, jaar, sector, eigen?.regels) ?? []);
  if (beleidsregels.length === 0) {
    throw nietBeschikbaar(
      `geen tariefbeleid van zorgkantoren voor ${jaar} ${sector} in de ingebouwde bronnen${eigen ? ' of uw beleidstabel' : '; geef een eigen beleidstabel mee (parameter beleid)'}`,
    );
  }

  // The words of every zorgkantoor's rule, the user's own words included; each rule then applies its own.
  const eigenWoorden = new Map<string, Kenmerkwoord>(
    beleidsregels.flatMap((r) => [...(r.eigenWoorden ?? new Map<string, Kenmerkwoord>())]),
  );
  const geldig = [...new Set<KenmerkId>(beleidsregels.flatMap(kenmerkenVan))];
  const { herkend, onbekend } = herkenKenmerken(kenmerken, eigenWoorden);
  const bruikbaar = zonderNeutraleSoorten(herkend, geldig, eigenWoorden);
  const vreemd = [...onbekend, ...bruikbaar.filter((k) => !geldig.includes(k.id)).map((k) => k.tekst)];
  if (vreemd.length) throw onbekendeKenmerken(vreemd, `${jaar} ${sector}`, woordenLijst(geldig, eigenWoorden));
  const gevraagd = zonderTegenspraak(bruikbaar, eigenWoorden);

  return beleidsregels.map((beleidsregel): Vergelijkingsrij => {
    const eigen = kenmerkenVan(beleidsregel);
    const hier = gevraagd.filter((k) => eigen.includes(k.id));
    const elders = gevraagd.filter((k) => !eigen.includes(k.id));
    const nietVanToepassing = elders.length
      ? [`Niet van toepassing bij ${beleidsregel.zorgkantoor}: ${elders.map((k) => toon(k.tekst)).join(', ')}`]
      : [];
    try {
      const antwoord = bepaalVoorBeleidsregel(beleidsregel, sector, hier);
      return {
        zorgkantoor: beleidsregel.zorgkantoor,
        percentage: antwoord.percentage,
        toelichting: [antwoord.uitleg, ...nietVanToepassing].join('. '),
        bron: antwoord.bron,
        zekerheid: antwoord.zekerheid,
      };
    } catch (fout) {
      if (!(fout instanceof WlzFout)) throw fout;
      // Where the description is incomplete for this zorgkantoor (DSW needs its monitor outcome and the
      // provider's 2023 percentage, which VERGELIJK does not take), the policy in one phrase explains
      // more than the missing word; the message follows when the user did describe the provider.
      const redenen =
        fout.code === '#VALUE!' && beleidsregel.samenvatting
          ? [
              `${beleidsregel.zorgkantoor} ${jaar} ${sector}: ${beleidsregel.samenvatting} (${bronnenTekst(beleidsregel.varianten.map((v) => v.bron))})`,
              ...(hier.length ? [fout.bericht] : []),
            ]
          : [fout.bericht];
      const bronnen = bronnenZonderGetal(beleidsregel, hier);
      return {
        zorgkantoor: beleidsregel.zorgkantoor,
        toelichting: [...redenen, ...nietVanToepassing].join('. '),
        bron: bronnenTekst(bronnen),
        zekerheid: bronnen.some((b) => b.zekerheid === 'middel') ? 'middel' : undefined,
      };
    }
  });
}

/**
 * The sources behind a row without a number: the rule's variants and unpublished cases, plus the
 * opslagen the user asked for (Salland's differentiation without its step is `#N/A` from that opslag).
 */
function bronnenZonderGetal(beleidsregel: Beleidsregel, gevraagd: readonly Kenmerk[]): Bron[] {
  return [
    ...beleidsregel.varianten.map((v) => v.bron),
    ...(beleidsregel.nietGepubliceerd ?? []).map((n) => n.bron),
    ...(beleidsregel.opslagen ?? []).filter((o) => gevraagd.some((k) => k.id === o.kenmerk)).map((o) => o.bron),
  ];
}
