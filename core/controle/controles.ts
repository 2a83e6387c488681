import type { WlzFout } from '../fout';
import { D, alsBedrag, alsNederlandsGetal, alsPercentage, rondAfOpCenten, som } from '../geld';
import { normaliseer, toon } from '../invoer';
import { tarief } from '../tarief';
import type { Beleid, Beleidsuitkomst } from './beleidscontrole';
import type { Bevinding, Ernst } from './bevinding';
import { KOLOMNAAM, type Kolomsoort, VERPLICHT, voorbeeldKoppen } from './kolommen';
import { type Getalkolom, leesGetalcel } from './celwaarde';
import { type Tabel, type Tabelrij, type Totaalrij, isFormuleZonderUitkomst, isLegeCel } from './tabel';

/**
 * The checks of docs/contract.md §5 on a recognised table. Each problem is reported once, at its cause: a cell
 * that cannot be read is reported and every check that needs it is skipped; a wrong Tarief is
 * reported at the Tarief, and the Bedrag is checked against the Tarief as written in the sheet, so a
 * Bedrag that is right for its (wrong) Tarief is not reported again; the total is checked against the
 * line amounts as written.
 */

/** A number cell as read: its value, empty, or unusable (already reported). */
type Waarde = { getal: D } | 'leeg' | 'onbekend';

/** An amount in messages, with every decimal it has (a tariff of 159,2528 must not show as € 159,25). */
function euro(bedrag: D): string {
  return bedrag.decimalPlaces() <= 2 ? alsBedrag(bedrag) : `${bedrag.isNegative() ? '-' : ''}€ ${alsNederlandsGetal(bedrag.abs())}`;
}

const procent = (fractie: D) => alsPercentage(fractie);

interface Plek {
  naam: string;
  letter: string;
  index: number;
}

/** Runs every check of docs/contract.md §5 on `tabel`; `beleid` adds the comparison with the policy percentage. */
export function controleer(tabel: Tabel, beleid?: Beleid): Bevinding[] {
  return new Controle(tabel, beleid).voerUit();
}

class Controle {
  private readonly bevindingen: { bevinding: Bevinding; index: number }[] = [];
  /** Formula cells without a stored result, counted per column and reported once per column. */
  private readonly formules = new Map<Kolomsoort, { rij: number; formule: string; aantal: number }>();
  private readonly beleidNietGepubliceerd = new Set<string>();
  private readonly codes = new Map<string, number>();
  /** The volumes and amounts of lines and subtotals as read, by sheet row, for the totals. */
  private readonly gelezen = new Map<number, Record<'volume' | 'bedrag', Waarde>>();
  private readonly kop: Plek;

  constructor(
    private readonly tabel: Tabel,
    private readonly beleid: Beleid | undefined,
  ) {
    this.kop = { naam: '', letter: tabel.eersteKolom.letter, index: tabel.eersteKolom.index - 1 };
  }

  voerUit(): Bevinding[] {
    this.controleerKolommen();
    for (const regel of this.tabel.regels) this.controleerRegel(regel);
    this.controleerTotaal();
    for (const [soort, f] of this.formules) {
      const meer = f.aantal > 1 ? ` Dat geldt voor ${f.aantal} cellen in deze kolom; dit is de eerste.` : '';
      this.meld(
        'waarschuwing',
        f.rij,
        this.plek(soort),
        `${this.naam(soort)}: formule zonder opgeslagen uitkomst (=${f.formule}): niet gecontroleerd. Open de werkmap in Excel en sla hem op, dan wordt de uitkomst bewaard.${meer}`,
      );
    }
    return this.bevindingen.sort((a, b) => a.bevinding.rij - b.bevinding.rij || a.index - b.index).map((b) => b.bevinding);
  }

  private plek(soort: Kolomsoort): Plek {
    const kolom = this.tabel.kolommen[soort];
    return kolom ? { naam: kolom.naam, letter: kolom.letter, index: kolom.index } : { ...this.kop, naam: KOLOMNAAM[soort] };
  }

  private naam(soort: Kolomsoort): string {
    return this.tabel.kolommen[soort]?.naam ?? KOLOMNAAM[soort];
  }

  private meld(ernst: Ernst, rij: number, plek: Plek, bericht: string, vergelijk: { verwacht?: string; gevonden?: string } = {}): void {
    const bevinding: Bevinding = { rij, kolom: plek.naam, cel: `${plek.letter}${rij}`, ernst, bericht };
    if (vergelijk.verwacht !== undefined) bevinding.verwacht = vergelijk.verwacht;
    if (vergelijk.gevonden !== undefined) bevinding.gevonden = vergelijk.gevonden;
    this.bevindingen.push({ bevinding, index: plek.index });
  }

  /** Required columns, duplicate columns, and whether the tariffs can be recomputed at all. */
  private controleerKolommen(): void {
    const { kolommen, kopRij } = this.tabel;
    for (const soort of VERPLICHT) {
      if (!kolommen[soort])
        this.meld(
          'fout',
          kopRij,
          this.plek(soort),
          `kolom ${KOLOMNAAM[soort]} ontbreekt; verwacht een kop zoals ${voorbeeldKoppen(soort)}`,
        );
    }
    for (const kolom of this.tabel.dubbel) {
      const eerste = kolommen[kolom.soort];
      if (!eerste) continue;
      this.meld(
        'waarschuwing',
        kopRij,
        kolom,
        `kolom "${kolom.naam}" (${kolom.letter}) betekent hetzelfde als "${eerste.naam}" (${eerste.letter}); alleen kolom ${eerste.letter} is gecontroleerd`,
      );
    }
    if (kolommen.tarief && !kolommen.nzaZorg) {
      this.meld(
        'waarschuwing',
        kopRij,
        this.plek('nzaZorg'),
        `geen kolom ${KOLOMNAAM.nzaZorg}: de tarieven zijn niet nagerekend uit de NZa-componenten (verwacht een kop zoals ${voorbeeldKoppen('nzaZorg')})`,
      );
    } else if (kolommen.tarief && !kolommen.tariefpercentage && !this.beleid) {
      this.meld(
        'waarschuwing',
        kopRij,
        this.plek('tariefpercentage'),
        `geen kolom ${KOLOMNAAM.tariefpercentage}: de tarieven zijn niet nagerekend; geef zorgkantoor, jaar en sector om met het beleidspercentage te rekenen`,
      );
    }
    if (this.tabel.regels.length === 0) this.meld('waarschuwing', kopRij, this.kop, 'de tabel heeft geen regels met een volume of bedrag');
  }

  /**
   * One number cell: its value, or a finding and 'onbekend'. Text that reads as a Dutch number is
   * used, with a warning: Excel itself leaves text out of SOM, so the sheet's own totals miss it.
   */
  private lees(regel: Tabelrij, soort: Getalkolom): Waarde {
    const kolom = this.tabel.kolommen[soort];
    if (!kolom) return 'leeg';
    const ruw = regel.cellen[kolom.index];
    const gelezen = leesGetalcel(ruw, soort, kolom.naam);
    if (gelezen === 'leeg') return 'leeg';
    if ('formule' in gelezen) {
      const eerder = this.formules.get(soort);
      if (eerder) eerder.aantal += 1;
      else this.formules.set(soort, { rij: regel.rij, formule: gelezen.formule, aantal: 1 });
      return 'onbekend';
    }
    if ('fout' in gelezen) {
      this.meld('fout', regel.rij, kolom, gelezen.fout, gelezen.gevonden === undefined ? {} : { gevonden: gelezen.gevonden });
      return 'onbekend';
    }
    if (gelezen.alsTekst) {
      this.meld(
        'waarschuwing',
        regel.rij,
        kolom,
        `${kolom.naam}: getal als tekst ${toon(ruw)}; Excel telt tekst niet mee in SOM. Typ het als getal.`,
        { gevonden: toon(ruw) },
      );
    }
    return { getal: gelezen.getal };
  }

  private controleerRegel(regel: Tabelrij): void {
    const { kolommen } = this.tabel;
    const volume = this.lees(regel, 'volume');
    const zorg = this.lees(regel, 'nzaZorg');
    const nhc = this.lees(regel, 'nzaNhc');
    const nic = this.lees(regel, 'nzaNic');
    const percentage = this.lees(regel, 'tariefpercentage');
    const percentageNhcNic = this.lees(regel, 'percentageNhcNic');
    const tariefCel = this.lees(regel, 'tarief');
    const bedrag = this.lees(regel, 'bedrag');

    this.gelezen.set(regel.rij, { volume, bedrag });

    this.controleerCode(regel);
    const soortCel = kolommen.soort ? regel.cellen[kolommen.soort.index] : undefined;
    const beleid = this.beleid?.voorSoort(typeof soortCel === 'string' ? soortCel : undefined);
    if (beleid && 'antwoord' in beleid) this.vergelijkMetBeleid(regel, percentage, percentageNhcNic, beleid);
    else if (beleid) this.meldNietGepubliceerd(beleid.fout);

    const berekend = this.berekenTarief(regel, { zorg, nhc, nic, percentage, percentageNhcNic }, beleid);
    if (kolommen.volume && volume === 'leeg')
      this.meld('fout', regel.rij, this.plek('volume'), `${this.naam('volume')} ontbreekt, maar ${this.naam('bedrag')} is gevuld`);
    if (kolommen.tarief && tariefCel === 'leeg') {
      this.meld(
        'fout',
        regel.rij,
        this.plek('tarief'),
        `${this.naam('tarief')} ontbreekt`,
        berekend ? { verwacht: euro(berekend.tarief) } : {},
      );
    } else if (berekend && typeof tariefCel === 'object') {
      this.vergelijkTarief(regel, tariefCel.getal, berekend);
    } else if (typeof tariefCel === 'object' && tariefCel.getal.decimalPlaces() > 2) {
      // docs/contract.md §3 decision 3: the tariff per unit is rounded to cents.
      const afgerond = rondAfOpCenten(tariefCel.getal);
      this.meld(
        'fout',
        regel.rij,
        this.plek('tarief'),
        `${this.naam('tarief')} ${euro(tariefCel.getal)} is niet afgerond op centen (afgerond ${euro(afgerond)})`,
        { verwacht: euro(afgerond), gevonden: euro(tariefCel.getal) },
      );
    }

    // The Bedrag follows the Tarief as written; without a Tarief column, the recomputed one.
    const tariefVoorBedrag =
      typeof tariefCel === 'object' ? tariefCel.getal : !kolommen.tarief && berekend?.uitKolom ? berekend.tarief : undefined;
    const verwacht = typeof volume === 'object' && tariefVoorBedrag ? rondAfOpCenten(volume.getal.times(tariefVoorBedrag)) : undefined;
    if (kolommen.bedrag && bedrag === 'leeg') {
      this.meld('fout', regel.rij, this.plek('bedrag'), `${this.naam('bedrag')} ontbreekt`, verwacht ? { verwacht: euro(verwacht) } : {});
    } else if (
      typeof bedrag === 'object' &&
      bedrag.getal.decimalPlaces() > 2 &&
      (!verwacht || rondAfOpCenten(bedrag.getal).equals(verwacht))
    ) {
      // docs/contract.md §1 "money": line amounts are rounded to cents (a formula =E5*J5 without AFRONDEN).
      const afgerond = rondAfOpCenten(bedrag.getal);
      this.meld(
        'fout',
        regel.rij,
        this.plek('bedrag'),
        `${this.naam('bedrag')} ${euro(bedrag.getal)} is niet afgerond op centen (afgerond ${euro(afgerond)}); rond elk regelbedrag af, bijvoorbeeld met AFRONDEN(…; 2)`,
        {
          verwacht: euro(afgerond),
          gevonden: euro(bedrag.getal),
        },
      );
    } else if (verwacht && typeof volume === 'object' && tariefVoorBedrag && typeof bedrag === 'object' && !bedrag.getal.equals(verwacht)) {
      const tariefNaam = kolommen.tarief ? this.naam('tarief') : 'het tarief uit de NZa-componenten';
      this.meld(
        'fout',
        regel.rij,
        this.plek('bedrag'),
        `${this.naam('bedrag')} ${euro(bedrag.getal)} wijkt af van ${this.naam('volume')} × ${tariefNaam} = ${alsNederlandsGetal(volume.getal)} × ${euro(tariefVoorBedrag)} = ${euro(verwacht)} (verschil ${euro(bedrag.getal.minus(verwacht))})`,
        { verwacht: euro(verwacht), gevonden: euro(bedrag.getal) },
      );
    }
  }

  /** Duplicate prestatiecodes, reported at each later occurrence with the row of the first. */
  private controleerCode(regel: Tabelrij): void {
    const kolom = this.tabel.kolommen.prestatiecode;
    if (!kolom) return;
    const code = regel.cellen[kolom.index];
    if (isLegeCel(code) || isFormuleZonderUitkomst(code)) {
      this.meld('waarschuwing', regel.rij, kolom, `${kolom.naam} ontbreekt op een regel met volume of bedrag`);
      return;
    }
    // 123 and "123" are one code, as are "z331 " and "Z331".
    const sleutel = normaliseer(String(code)).replace(/\s/g, '');
    const eerste = this.codes.get(sleutel);
    if (eerste === undefined) this.codes.set(sleutel, regel.rij);
    else
      this.meld(
        'fout',
        regel.rij,
        kolom,
        `${kolom.naam} ${toon(code)} staat ook op rij ${eerste}; elke prestatie hoort één keer in de productieafspraak`,
        { gevonden: toon(code) },
      );
  }

  /** A policy that is not published (`#N/A`) is reported once for the table, not at every line. */
  private meldNietGepubliceerd(fout: WlzFout): void {
    if (this.beleidNietGepubliceerd.has(fout.bericht)) return;
    this.beleidNietGepubliceerd.add(fout.bericht);
    this.meld(
      'waarschuwing',
      this.tabel.kopRij,
      this.plek('tariefpercentage'),
      `geen beleidspercentage voor ${this.beleid?.omschrijving}: ${fout.bericht}; de tariefpercentages zijn niet met het beleid vergeleken`,
    );
  }

  /**
   * docs/contract.md §5: the percentage should equal the policy percentage for the context. A warning, not an
   * error: a lower agreed percentage is legitimate (CZ GGZ 2023, §6.2 "lager tariefpercentage").
   */
  private vergelijkMetBeleid(
    regel: Tabelrij,
    percentage: Waarde,
    percentageNhcNic: Waarde,
    beleid: Extract<Beleidsuitkomst, { antwoord: unknown }>,
  ): void {
    const { antwoord, soort } = beleid;
    const voor = `${this.beleid?.omschrijving}${soort ? `, ${soort}` : ''}`;
    const vergelijk = (waarde: Waarde, norm: D | undefined, kolom: Kolomsoort, uitleg: string) => {
      if (typeof waarde !== 'object' || !norm || waarde.getal.equals(norm)) return;
      const lager = waarde.getal.lessThan(norm);
      this.meld(
        'waarschuwing',
        regel.rij,
        this.plek(kolom),
        `${this.naam(kolom)} ${procent(waarde.getal)} is ${lager ? 'lager' : 'hoger'} dan het beleidspercentage voor ${voor}: ${uitleg}${lager ? '. Een lager afgesproken percentage kan terecht zijn' : ''}`,
        { verwacht: procent(norm), gevonden: procent(waarde.getal) },
      );
    };
    vergelijk(percentage, antwoord.percentage, 'tariefpercentage', antwoord.uitleg);
    vergelijk(
      percentageNhcNic,
      antwoord.percentageNhcNic,
      'percentageNhcNic',
      `${antwoord.percentageNhcNic ? procent(antwoord.percentageNhcNic) : ''} voor NHC en NIC (${antwoord.bron})`,
    );
  }

  /**
   * TARIEF(zorg; nhc; nic; percentage; percentage NHC/NIC) for the line (CZ GGZ 2023, §6.2), with the
   * line's own percentage or, without one, the policy percentage of the context. Undefined when a
   * component is missing or unreadable.
   */
  private berekenTarief(
    regel: Tabelrij,
    w: { zorg: Waarde; nhc: Waarde; nic: Waarde; percentage: Waarde; percentageNhcNic: Waarde },
    beleid: Beleidsuitkomst | undefined,
  ): Berekend | undefined {
    const { kolommen } = this.tabel;
    if (!kolommen.nzaZorg || (!kolommen.tarief && !kolommen.bedrag)) return undefined;
    const antwoord = beleid && 'antwoord' in beleid ? beleid.antwoord : undefined;
    if (w.zorg === 'leeg') {
      this.meld(
        'waarschuwing',
        regel.rij,
        this.plek('nzaZorg'),
        `${this.naam('nzaZorg')} ontbreekt (leeg of 0): het tarief is niet nagerekend`,
      );
      return undefined;
    }
    const uitKolom = typeof w.percentage === 'object';
    const percentage = typeof w.percentage === 'object' ? w.percentage.getal : w.percentage === 'leeg' ? antwoord?.percentage : undefined;
    if (w.percentage === 'leeg' && kolommen.tariefpercentage) {
      const gevolg = antwoord ? 'het tarief is nagerekend met het beleidspercentage' : 'het tarief is niet nagerekend';
      this.meld(
        'waarschuwing',
        regel.rij,
        this.plek('tariefpercentage'),
        `${this.naam('tariefpercentage')} ontbreekt (leeg of 0): ${gevolg}`,
      );
    }
    const component = (w: Waarde) => (w === 'leeg' ? new D(0) : w === 'onbekend' ? undefined : w.getal);
    const zorg = component(w.zorg);
    const nhc = component(w.nhc);
    const nic = component(w.nic);
    const percentageNhcNic =
      typeof w.percentageNhcNic === 'object'
        ? w.percentageNhcNic.getal
        : w.percentageNhcNic === 'leeg'
          ? (antwoord?.percentageNhcNic ?? new D(1))
          : undefined;
    if (!zorg || !nhc || !nic || !percentage || !percentageNhcNic) return undefined;
    return {
      tarief: tarief({ zorg, nhc, nic }, percentage, percentageNhcNic),
      zorg,
      nhc,
      nic,
      percentage,
      percentageNhcNic,
      uitKolom,
      bron: uitKolom ? undefined : antwoord?.bron,
    };
  }

  private vergelijkTarief(regel: Tabelrij, gevonden: D, b: Berekend): void {
    if (gevonden.equals(b.tarief)) return;
    const { kolommen } = this.tabel;
    const nhcNic = b.percentageNhcNic.equals(1) ? '' : `${procent(b.percentageNhcNic)} × `;
    const som = `${procent(b.percentage)} × zorg ${euro(b.zorg)} + ${nhcNic}NHC ${euro(b.nhc)} + ${nhcNic}NIC ${euro(b.nic)} = ${euro(b.tarief)}`;
    const notities = [
      ...(rondAfOpCenten(gevonden).equals(b.tarief) ? ['het tarief is niet afgerond op centen'] : []),
      ...(!kolommen.nzaNhc && !kolommen.nzaNic ? ['zonder kolommen NHC en NIC gerekend met 0'] : []),
    ];
    const noot = notities.length > 0 ? `; ${notities.join('; ')}` : '';
    const vergelijk = { verwacht: euro(b.tarief), gevonden: euro(gevonden) };
    if (b.uitKolom) {
      this.meld(
        'fout',
        regel.rij,
        this.plek('tarief'),
        `${this.naam('tarief')} ${euro(gevonden)} wijkt af van ${som} (verschil ${euro(gevonden.minus(b.tarief))})${noot}`,
        vergelijk,
      );
    } else {
      // Recomputed with the policy percentage: the agreed percentage may legitimately be lower.
      this.meld(
        'waarschuwing',
        regel.rij,
        this.plek('tarief'),
        `${this.naam('tarief')} ${euro(gevonden)} wijkt af van het tarief met het beleidspercentage (${b.bron}): ${som}${noot}; controleer het afgesproken tariefpercentage`,
        vergelijk,
      );
    }
  }

  /**
   * docs/contract.md §5: each subtotal equals the sum of its section (or of the subtotals it closes), the grand
   * total the sum of the lines — for the amounts, and for the volumes where the row has one.
   */
  private controleerTotaal(): void {
    for (const totaal of this.tabel.totalen) {
      const waarden = { bedrag: this.lees(totaal, 'bedrag'), volume: this.lees(totaal, 'volume') };
      this.gelezen.set(totaal.rij, waarden);
      for (const [soort, tekst] of [
        ['bedrag', euro],
        ['volume', alsNederlandsGetal],
      ] as const) {
        const kolom = this.tabel.kolommen[soort];
        const waarde = waarden[soort];
        // A row that is empty or unreadable is already reported; its total cannot be checked.
        const delen = totaal.over.map((r) => this.gelezen.get(r.rij)?.[soort]);
        if (!kolom || typeof waarde !== 'object' || !delen.every((w): w is { getal: D } => typeof w === 'object')) continue;
        const verwacht = som(delen.map((w) => w.getal));
        if (waarde.getal.equals(verwacht) || this.volgtSubtotalen(totaal, soort, waarde.getal)) continue;
        this.meld(
          'fout',
          totaal.rij,
          kolom,
          `${kolom.naam} in ${this.totaalNaam(totaal)} ${tekst(waarde.getal)} wijkt af van ${this.somNaam(totaal)} ${tekst(verwacht)} (verschil ${tekst(waarde.getal.minus(verwacht))})`,
          {
            verwacht: tekst(verwacht),
            gevonden: tekst(waarde.getal),
          },
        );
      }
    }
  }

  /**
   * A grand total that adds up the subtotals as written is right for them; the subtotal that is off
   * is reported at its own cell, not again here.
   */
  private volgtSubtotalen(t: Totaalrij, soort: 'bedrag' | 'volume', gevonden: D): boolean {
    if (!t.topniveau || !t.topniveau.some((r) => this.tabel.totalen.some((s) => s.rij === r.rij))) return false;
    const delen = t.topniveau.map((r) => this.gelezen.get(r.rij)?.[soort]);
    return delen.every((w): w is { getal: D } => typeof w === 'object') && som(delen.map((w) => w.getal)).equals(gevonden);
  }

  private totaalNaam(t: Totaalrij): string {
    return t.soort === 'totaal' ? 'de totaalregel' : `de subtotaalregel "${t.label}"`;
  }

  private somNaam(t: Totaalrij): string {
    if (t.soort === 'totaal') return 'de som van de regels';
    const rijen =
      t.over.length === 0 ? 'geen regels' : `rij ${t.over[0].rij}${t.over.length > 1 ? `–${t.over[t.over.length - 1].rij}` : ''}`;
    return t.overSubtotalen
      ? `de som van de subtotalen erboven (${t.over.map((o) => `rij ${o.rij}`).join(', ')})`
      : `de som van de sectie (${rijen})`;
  }
}

interface Berekend {
  tarief: D;
  zorg: D;
  nhc: D;
  nic: D;
  percentage: D;
  percentageNhcNic: D;
  /** Computed with the line's own percentage; otherwise with the policy's (see `bron`). */
  uitKolom: boolean;
  bron?: string;
}
