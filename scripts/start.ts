import { execSync } from 'node:child_process';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { homedir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { deleteCertificateFiles, generateCertificates, installCaCertificate, isCaCertificateInstalled } from 'office-addin-dev-certs';

/**
 * `npm start` (after `npm run build`): serves dist/ over HTTPS on https://localhost:3000, the
 * address in manifest.xml, with the development certificates of office-addin-dev-certs, and says in
 * Dutch how to load the add-in in Excel. Where the CA certificate cannot be made trusted (on Linux
 * it needs sudo, which these machines lack; docs/contract.md §9) it still serves and explains how to trust ca.crt.
 * Only GET and HEAD (405 with Allow otherwise), never a sniffed content type, and the private key
 * readable by its owner only.
 */
const POORT = 3000;
// The project folder: the nearest one up with package.json (lib/scripts/ when built, scripts/ in the tests).
function projectmap(map: string): string {
  return existsSync(join(map, 'package.json')) || resolve(map, '..') === map ? map : projectmap(resolve(map, '..'));
}
const ROOT = projectmap(__dirname);
const DIST = join(ROOT, 'dist');
// The built manifest: <Version> from package.json, URLs on the build's address (webpack.config.js).
const MANIFEST = join(DIST, 'manifest.xml');

// The files office-addin-dev-certs generates (its defaults: ~/.office-addin-dev-certs).
const CERTMAP = join(homedir(), '.office-addin-dev-certs');
const CA = join(CERTMAP, 'ca.crt');
const CERT = join(CERTMAP, 'localhost.crt');
const SLEUTEL = join(CERTMAP, 'localhost.key');

const INHOUDSTYPEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const regel = (tekst = '') => process.stdout.write(`${tekst}\n`);

/**
 * The private key readable and writable by its owner only (0600): office-addin-dev-certs writes it
 * with the default file mode, which lets other users of the machine read it. Returns whether the
 * mode had to be changed. Windows has no such modes (its ACLs keep the profile folder private).
 */
export function beschermSleutel(pad: string): boolean {
  if (process.platform === 'win32' || !existsSync(pad)) return false;
  if ((statSync(pad).mode & 0o077) === 0) return false;
  chmodSync(pad, 0o600);
  return true;
}

/** Usable certificate files: present, key matching, valid for at least another day. */
function certificatenBruikbaar(): boolean {
  if (![CA, CERT, SLEUTEL].every((p) => existsSync(p))) return false;
  try {
    const cert = new X509Certificate(readFileSync(CERT));
    const morgen = Date.now() + 24 * 60 * 60 * 1000;
    return cert.checkPrivateKey(createPrivateKey(readFileSync(SLEUTEL))) && new Date(cert.validTo).getTime() > morgen;
  } catch {
    return false;
  }
}

function heeftOpdracht(naam: string): boolean {
  try {
    execSync(`command -v ${naam}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure the certificate files exist and tries to have the CA trusted. Returns why trusting
 * failed, or undefined when the CA is trusted.
 */
async function regelCertificaten(): Promise<string | undefined> {
  if (!certificatenBruikbaar()) {
    regel(`Ontwikkelcertificaten maken in ${CERTMAP} …`);
    deleteCertificateFiles(CERTMAP);
    await generateCertificates();
  }
  try {
    if (isCaCertificateInstalled()) return undefined;
  } catch {
    // Unknown state: try to install, and explain if that fails.
  }
  if (process.platform === 'linux' && !heeftOpdracht('sudo')) {
    return 'office-addin-dev-certs installeert het CA-certificaat op Linux met sudo, en sudo is hier niet beschikbaar.';
  }
  try {
    await installCaCertificate();
    return undefined;
  } catch (fout) {
    return `het installeren van het CA-certificaat is mislukt: ${fout instanceof Error ? fout.message.trim() : String(fout)}`;
  }
}

function vertrouwUitleg(reden: string): string[] {
  const algemeen = [
    `Het CA-certificaat is NIET als vertrouwd geïnstalleerd: ${reden}`,
    'De server draait toch, met de gemaakte certificaten. Laat uw browser of systeem deze CA vertrouwen:',
    `  ${CA}`,
  ];
  // As root (these machines) the system store needs no sudo.
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const perSysteem: Record<string, string[]> = {
    linux: [
      `  Systeem (curl, Node):   ${sudo}cp ${CA} /usr/local/share/ca-certificates/office-addin-dev-certs.crt && ${sudo}update-ca-certificates`,
      '  Chrome, Chromium, Edge: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ' + CA,
      '                          (certutil zit in het pakket libnss3-tools)',
      '  Firefox:                Instellingen → Privacy & Beveiliging → Certificaten bekijken → Autoriteiten → Importeren',
    ],
    win32: [`  Windows: certutil -user -addstore Root "${CA}"   (of: npx office-addin-dev-certs install)`],
    darwin: [`  macOS:   security add-trusted-cert -d -r trustRoot -k ~/Library/Keychains/login.keychain-db "${CA}"`],
  };
  return [
    ...algemeen,
    ...(perSysteem[process.platform] ?? []),
    `  Snel, alleen voor Excel op het web: open https://localhost:${POORT}/taskpane.html in dezelfde browser en accepteer de waarschuwing.`,
  ];
}

function sideloadUitleg(): string[] {
  return [
    'De invoegtoepassing laden (manifest: ' + MANIFEST + '):',
    '  Excel op het web: open een werkmap via https://www.office.com, kies Start → Invoegtoepassingen →',
    '    Meer invoegtoepassingen → Mijn invoegtoepassingen → Mijn invoegtoepassing uploaden, kies manifest.xml → Uploaden.',
    '  Excel voor Windows: zet manifest.xml in een gedeelde netwerkmap (\\\\computer\\map), voeg die map toe onder',
    '    Bestand → Opties → Vertrouwenscentrum → Instellingen → Catalogi met vertrouwde invoegtoepassingen (vink',
    '    "Weergeven in menu" aan), start Excel opnieuw en kies Start → Invoegtoepassingen → Meer invoegtoepassingen → Gedeelde map.',
    '  Excel voor Mac: kopieer manifest.xml naar ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/',
    '    en kies in Excel Start → Invoegtoepassingen.',
    `  Windows of Mac, automatisch: npx office-addin-debugging start manifest.xml desktop --dev-server-port ${POORT}`,
    '    (haalt dat pakket op; stoppen met npx office-addin-debugging stop manifest.xml).',
    '  Daarna: typ =WLZ. in een cel, of kies op het tabblad Start de knop WLZ-taakvenster.',
  ];
}

/** A file under dist/ for a request path, or undefined (never outside dist/). */
function bestandVoor(url: string | undefined): string | undefined {
  let pad: string;
  try {
    pad = decodeURIComponent(new URL(url ?? '/', 'https://localhost').pathname);
  } catch {
    return undefined;
  }
  const bestand = resolve(DIST, `.${pad === '/' ? '/taskpane.html' : pad}`);
  if (!bestand.startsWith(DIST + sep)) return undefined;
  return existsSync(bestand) && statSync(bestand).isFile() ? bestand : undefined;
}

const METHODEN = ['GET', 'HEAD'];

export function behandel(verzoek: IncomingMessage, antwoord: ServerResponse): void {
  // Office loads functions.json and the scripts from other origins (Excel on the web).
  antwoord.setHeader('Access-Control-Allow-Origin', '*');
  antwoord.setHeader('Cache-Control', 'no-store');
  // The browser takes the Content-Type as given, never guessing a script or page from the bytes.
  antwoord.setHeader('X-Content-Type-Options', 'nosniff');
  if (!METHODEN.includes(verzoek.method ?? '')) {
    antwoord.writeHead(405, { Allow: METHODEN.join(', '), 'Content-Type': 'text/plain; charset=utf-8' });
    antwoord.end(`Methode ${verzoek.method ?? '?'} niet toegestaan; alleen ${METHODEN.join(' en ')}.\n`);
    return;
  }
  const bestand = bestandVoor(verzoek.url);
  if (!bestand) {
    antwoord.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    antwoord.end(`Niet gevonden: ${verzoek.url ?? ''}\n`);
    return;
  }
  antwoord.writeHead(200, { 'Content-Type': INHOUDSTYPEN[extname(bestand)] ?? 'application/octet-stream' });
  antwoord.end(verzoek.method === 'HEAD' ? undefined : readFileSync(bestand));
}

function luister(server: Server, host: string): Promise<void> {
  return new Promise((klaar, mislukt) => {
    server.once('error', mislukt);
    server.listen(POORT, host, () => klaar());
  });
}

async function start(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    process.stderr.write('dist/ ontbreekt: bouw eerst met "npm run build" (npm start doet dat zelf).\n');
    process.exit(1);
  }
  const reden = await regelCertificaten();
  if (beschermSleutel(SLEUTEL)) regel(`${SLEUTEL} was leesbaar voor anderen; nu alleen voor u (0600).`);
  const opties = { key: readFileSync(SLEUTEL), cert: readFileSync(CERT), ca: readFileSync(CA) };
  const servers: Server[] = [];
  // localhost may resolve to 127.0.0.1 or ::1; listen on both, never on the network.
  for (const host of ['127.0.0.1', '::1']) {
    const server = createServer(opties, behandel);
    try {
      await luister(server, host);
      servers.push(server);
    } catch (fout) {
      const code = (fout as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') {
        process.stderr.write(`Poort ${POORT} is al in gebruik (${host}); draait npm start al in een ander venster?\n`);
        process.exit(1);
      }
      // No IPv6 on this machine: 127.0.0.1 alone is enough.
    }
  }
  if (servers.length === 0) {
    process.stderr.write(`Kon niet luisteren op poort ${POORT}.\n`);
    process.exit(1);
  }
  regel();
  regel(`WLZ rekenkern draait op https://localhost:${POORT}/taskpane.html (uit ${DIST}).`);
  if (reden === undefined) regel('Het CA-certificaat van office-addin-dev-certs is vertrouwd.');
  else for (const r of vertrouwUitleg(reden)) regel(r);
  regel();
  for (const r of sideloadUitleg()) regel(r);
  regel();
  regel('Stoppen: Ctrl+C.');
  const stop = () => {
    for (const server of servers) server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  start().catch((fout: unknown) => {
    process.stderr.write(`npm start is mislukt: ${fout instanceof Error ? fout.message : String(fout)}\n`);
    process.exit(1);
  });
}
