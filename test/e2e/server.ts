import { createReadStream, existsSync, statSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** A static file server for dist/ on 127.0.0.1 and a free port, for the browser tests. */

const SOORTEN: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Statisch {
  adres: string;
  sluit(): Promise<void>;
}

export async function serveer(map: string): Promise<Statisch> {
  const server: Server = createServer((vraag, antwoord) => {
    const pad = decodeURIComponent(new URL(vraag.url ?? '/', 'http://x').pathname);
    const bestand = normalize(join(map, pad === '/' ? 'taskpane.html' : pad));
    if (!bestand.startsWith(map + sep) || !existsSync(bestand) || !statSync(bestand).isFile()) {
      antwoord.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    antwoord.writeHead(200, { 'content-type': SOORTEN[extname(bestand)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(bestand).pipe(antwoord);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    adres: `http://127.0.0.1:${port}`,
    sluit: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The built add-in, which `npm test` builds first. */
export const DIST = join(__dirname, '..', '..', 'dist');

/**
 * dist/ served for the calling suite: started before its tests (failing them with the reason when the
 * pane is not built), stopped after them. `adres` is read inside the tests.
 */
export function serveerDist(): { readonly adres: string } {
  let server: Statisch | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html')))
      throw new Error('dist/taskpane.html ontbreekt: bouw eerst met "npm run build" (npm test doet dat zelf)');
    server = await serveer(DIST);
  });
  afterAll(async () => {
    await server?.sluit();
  });
  return {
    get adres() {
      if (!server) throw new Error('de server voor dist/ draait niet (serveerDist werkt alleen binnen een testsuite)');
      return server.adres;
    },
  };
}
