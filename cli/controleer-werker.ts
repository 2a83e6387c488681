import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type Bestandsrapport, controleerBestand, leesOpties } from './controleer';

/**
 * `wlz controleer` on a folder on every core: each worker thread reads and checks one file at a time
 * and asks for the next, so a large file does not hold up the rest; the reports come back in the
 * order of the files.
 */

interface Opdracht {
  i: number;
  pad: string;
}

export function verdeel(module: string, bestanden: string[], args: string[], werkers: number, voortgang: (klaar: number, pad: string) => void): Promise<Bestandsrapport[]> {
  return new Promise((klaar, mislukt) => {
    const rapporten: Bestandsrapport[] = new Array(bestanden.length);
    let volgende = 0;
    let gedaan = 0;
    const draad: Worker[] = [];
    const stop = (fout?: Error) => {
      for (const w of draad) void w.terminate();
      if (fout) mislukt(fout);
      else klaar(rapporten);
    };
    const geef = (w: Worker) => {
      if (volgende < bestanden.length) {
        w.postMessage({ i: volgende, pad: bestanden[volgende] } satisfies Opdracht);
        volgende += 1;
      }
    };
    for (let n = 0; n < werkers; n += 1) {
      const w = new Worker(module, { workerData: { wlzControleer: true, args } });
      draad.push(w);
      w.on('message', ({ i, rapport }: { i: number; rapport: Bestandsrapport }) => {
        rapporten[i] = rapport;
        gedaan += 1;
        voortgang(gedaan, bestanden[i]);
        if (gedaan === bestanden.length) stop();
        else geef(w);
      });
      w.on('error', (fout) => stop(fout));
      w.on('exit', (code) => {
        if (code !== 0 && gedaan < bestanden.length) stop(new Error(`werkdraad stopte met code ${code}`));
      });
      geef(w);
    }
  });
}

if (!isMainThread && (workerData as { wlzControleer?: boolean } | null)?.wlzControleer) {
  const opties = leesOpties((workerData as { args: string[] }).args);
  parentPort?.on('message', ({ i, pad }: Opdracht) => {
    void controleerBestand(pad, opties).then((rapport) => parentPort?.postMessage({ i, rapport }));
  });
}
