import { STANDAARD_ADRES } from './functies-bron';

/**
 * The address the add-in is served from, for a build for any static host: `WLZ_ADRES=https://host/pad
 * npm run build` puts every URL of dist/manifest.xml and every help URL of the function metadata on
 * that address (webpack.config.js). Without WLZ_ADRES: https://localhost:3000, where `npm start` serves.
 */

/** The address from WLZ_ADRES: an https URL without query or fragment, without a trailing slash. */
export function leesAdres(waarde: string | undefined): string {
  const tekst = (waarde ?? '').trim();
  if (tekst === '') return STANDAARD_ADRES;
  let url: URL;
  try {
    url = new URL(tekst);
  } catch {
    throw new Error(`WLZ_ADRES "${tekst}" is geen adres; bijvoorbeeld https://wlz.zorgkantoor.nl/rekenkern`);
  }
  // Office loads add-ins only over HTTPS (also the manifest validator refuses http URLs).
  if (url.protocol !== 'https:')
    throw new Error(`WLZ_ADRES "${tekst}" moet met https:// beginnen: Office laadt invoegtoepassingen alleen over HTTPS`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`WLZ_ADRES "${tekst}": alleen host en pad, zonder ?, # of gebruikersnaam`);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** package.json's version as the manifest's four-part <Version> (Office: n.n.n.n, each 0–65535 in practice). */
export function manifestVersie(versie: string): string {
  const delen = /^(\d+)\.(\d+)\.(\d+)$/.exec(versie);
  if (!delen) throw new Error(`package.json-versie "${versie}" past niet in het manifest (alleen x.y.z, zonder toevoeging)`);
  return `${delen[1]}.${delen[2]}.${delen[3]}.0`;
}

/**
 * dist/manifest.xml from manifest.xml: every URL on `adres` instead of https://localhost:3000, and the
 * <Version> of package.json. Throws when manifest.xml has no such URL or no <Version> to replace.
 */
export function manifestVoor(xml: string, adres: string, versie: string): string {
  if (!xml.includes(`${STANDAARD_ADRES}/`)) throw new Error(`manifest.xml bevat geen ${STANDAARD_ADRES}/-adressen om te vervangen`);
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error('manifest.xml heeft geen <Version>');
  return xml
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersie(versie)}</Version>`)
    .split(`${STANDAARD_ADRES}/`)
    .join(`${escapeXml(adres)}/`);
}

function escapeXml(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
