/**
 * A small pull tokenizer for the XML parts of a workbook. It reads what SpreadsheetML uses — elements,
 * attributes, text, the five entities and character references, CDATA — and skips comments,
 * processing instructions and DOCTYPE (never expanding entities declared there, so no entity bomb).
 * Names are compared without their namespace prefix, so `x:row` and `row` are the same element.
 * No tree is built: a sheet of a million cells is read one element at a time.
 */

export type Token = 'open' | 'sluit' | 'tekst' | 'einde';

export class XmlLezer {
  soort: Token = 'einde';
  /** Local name of the element of an 'open' or 'sluit' token. */
  naam = '';
  /** An 'open' token that closes itself (`<v/>`). */
  leeg = false;
  private pos = 0;
  private attrBegin = 0;
  private attrEind = 0;
  private tekstBegin = 0;
  private tekstEind = 0;
  private cdata: string | undefined;

  constructor(
    private readonly xml: string,
    /** The part, for messages about damage. */
    readonly deel: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Advances to the next token; false at the end of the document. */
  volgende(): boolean {
    const xml = this.xml;
    for (;;) {
      if (this.pos >= xml.length) {
        this.soort = 'einde';
        return false;
      }
      if (xml.charCodeAt(this.pos) !== 60 /* < */) {
        const kleiner = xml.indexOf('<', this.pos);
        this.tekstBegin = this.pos;
        this.tekstEind = kleiner < 0 ? xml.length : kleiner;
        this.pos = this.tekstEind;
        this.cdata = undefined;
        this.soort = 'tekst';
        return true;
      }
      const volgend = xml.charCodeAt(this.pos + 1);
      if (volgend === 33 /* ! */) {
        if (xml.startsWith('<![CDATA[', this.pos)) {
          const eind = this.zoek(']]>', this.pos + 9);
          this.cdata = xml.slice(this.pos + 9, eind);
          this.pos = eind + 3;
          this.soort = 'tekst';
          return true;
        }
        if (xml.startsWith('<!--', this.pos)) this.pos = this.zoek('-->', this.pos + 4) + 3;
        else this.pos = this.zoek('>', this.pos + 2) + 1; // <!DOCTYPE …>: skipped, never expanded
        continue;
      }
      if (volgend === 63 /* ? */) {
        this.pos = this.zoek('?>', this.pos + 2) + 2;
        continue;
      }
      const sluit = volgend === 47; /* / */
      const naamBegin = this.pos + (sluit ? 2 : 1);
      let p = naamBegin;
      let dubbelepunt = -1;
      for (; p < xml.length; p += 1) {
        const c = xml.charCodeAt(p);
        if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13) break;
        if (c === 58) dubbelepunt = p;
      }
      this.naam = xml.slice(dubbelepunt >= 0 ? dubbelepunt + 1 : naamBegin, p);
      const eind = this.eindVanTag(p);
      this.attrBegin = p;
      this.leeg = !sluit && xml.charCodeAt(eind - 1) === 47;
      this.attrEind = this.leeg ? eind - 1 : eind;
      this.pos = eind + 1;
      this.soort = sluit ? 'sluit' : 'open';
      return true;
    }
  }

  private zoek(teken: string, vanaf: number): number {
    const p = this.xml.indexOf(teken, vanaf);
    if (p < 0) throw new XmlFout(this.deel, 'onverwacht einde van het onderdeel');
    return p;
  }

  /** The '>' ending a tag, skipping '>' inside quoted attribute values. */
  private eindVanTag(vanaf: number): number {
    const xml = this.xml;
    let quote = 0;
    for (let p = vanaf; p < xml.length; p += 1) {
      const c = xml.charCodeAt(p);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) return p;
    }
    throw new XmlFout(this.deel, 'onverwacht einde van het onderdeel');
  }

  /** The decoded text of a 'tekst' token. */
  tekst(): string {
    if (this.cdata !== undefined) return this.cdata;
    const ruw = this.xml.slice(this.tekstBegin, this.tekstEind);
    return ruw.indexOf('&') < 0 ? ruw : ontsleutel(ruw, this.deel);
  }

  /** An attribute of the current 'open' token, by its name without prefix ("id" finds r:id), decoded. */
  attr(gezocht: string): string | undefined {
    const xml = this.xml;
    let p = this.attrBegin;
    const eind = this.attrEind;
    while (p < eind) {
      let c = xml.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) {
        p += 1;
        continue;
      }
      const naamBegin = p;
      let dubbelepunt = -1;
      while (p < eind && (c = xml.charCodeAt(p)) !== 61 && c !== 32 && c !== 9 && c !== 10 && c !== 13) {
        if (c === 58) dubbelepunt = p;
        p += 1;
      }
      const naamEind = p;
      while (p < eind && xml.charCodeAt(p) !== 61) p += 1;
      p += 1;
      while (p < eind && (c = xml.charCodeAt(p)) !== 34 && c !== 39) p += 1;
      const quote = xml.charCodeAt(p);
      const waardeBegin = p + 1;
      const waardeEind = xml.indexOf(quote === 34 ? '"' : "'", waardeBegin);
      if (waardeEind < 0 || waardeEind > eind) throw new XmlFout(this.deel, 'attribuut zonder afsluitend aanhalingsteken');
      const lokaal = dubbelepunt >= 0 ? dubbelepunt + 1 : naamBegin;
      if (naamEind - lokaal === gezocht.length && xml.startsWith(gezocht, lokaal)) {
        const ruw = xml.slice(waardeBegin, waardeEind);
        return ruw.indexOf('&') < 0 ? ruw : ontsleutel(ruw, this.deel);
      }
      p = waardeEind + 1;
    }
    return undefined;
  }

  /** Skips the rest of the current element (after its 'open' token), children included. */
  slaOver(): void {
    if (this.leeg) return;
    let diepte = 1;
    while (diepte > 0 && this.volgende()) {
      if (this.soort === 'open' && !this.leeg) diepte += 1;
      else if (this.soort === 'sluit') diepte -= 1;
    }
  }

  /** All text inside the current element (after its 'open' token), up to its end. */
  tekstTot(): string {
    if (this.leeg) return '';
    let tekst = '';
    let diepte = 1;
    while (diepte > 0 && this.volgende()) {
      if (this.soort === 'tekst') tekst += this.tekst();
      else if (this.soort === 'open' && !this.leeg) diepte += 1;
      else if (this.soort === 'sluit') diepte -= 1;
    }
    return tekst;
  }
}

/** A part that is not well-formed XML. */
export class XmlFout extends Error {
  constructor(
    readonly deel: string,
    readonly detail: string,
  ) {
    super(`${deel}: ${detail}`);
  }
}

const ENTITEITEN: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function ontsleutel(ruw: string, deel: string): string {
  return ruw.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (_, naam: string) => {
    if (naam[0] === '#') {
      const code = naam[1] === 'x' ? parseInt(naam.slice(2), 16) : parseInt(naam.slice(1), 10);
      if (code > 0x10ffff) throw new XmlFout(deel, `ongeldige tekenverwijzing &${naam};`);
      return String.fromCodePoint(code);
    }
    const teken = ENTITEITEN[naam];
    if (teken === undefined) throw new XmlFout(deel, `onbekende entiteit &${naam};`);
    return teken;
  });
}

/**
 * SpreadsheetML escapes characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19
 * ST_Xstring): "_x000D_" is a carriage return. "_x005F_" escapes the underscore itself.
 */
export function ontsnapXstring(tekst: string): string {
  return tekst.indexOf('_x') < 0
    ? tekst
    : tekst.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
