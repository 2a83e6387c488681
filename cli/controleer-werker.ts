import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { type Bestandsrapport, type Opties, controleerBestand, leesOpties } from './controleer';

/**
 * `wlz controleer` on a folder on every core: the main thread checks files too, beside
 * `werkers − 1` worker threads that each keep two files in hand (so none waits for the main thread
 * between files); the reports come back in the order of the files.
 */

interface Opdracht {
  i: number;
  pad: string;
}

/** Files each worker thread holds at once. */
const IN_HAND = 2;

export function verdeel(
  module: string,
  bestanden: string[],
  args: string[],
  opties: Opties,
  werkers: number,
  voortgang: (klaar: number, pad: string) => void,
): Promise<Bestandsrapport[]> {
  return new Promise((klaar, mislukt) => {
    const rapporten: Bestandsrapport[] = new Array(bestanden.length);
    let volgende = 0;
    let gedaan = 0;
    let gestopt = false;
    const draden: Worker[] = [];
    const stop = (fout?: Error) => {
      if (gestopt) return;
      gestopt = true;
      for (const w of draden) void w.terminate();
      if (fout) mislukt(fout);
      else klaar(rapporten);
    };
    const binnen = (i: number, rapport: Bestandsrapport) => {
      rapporten[i] = rapport;
      gedaan += 1;
      voortgang(gedaan, bestanden[i]);
      if (gedaan === bestanden.length) stop();
    };
    const geef = (w: Worker) => {
      if (volgende >= bestanden.length) return;
      w.postMessage({ i: volgende, pad: bestanden[volgende] } satisfies Opdracht);
      volgende += 1;
    };
    for (let n = 1; n < werkers; n += 1) {
      const w = new Worker(module, { workerData: { wlzControleer: true, args } });
      draden.push(w);
      w.on('message', ({ i, rapport }: { i: number; rapport: Bestandsrapport }) => {
        binnen(i, rapport);
        geef(w);
      });
      w.on('error', (fout) => stop(fout));
      w.on('exit', (code) => {
        if (code !== 0 && !gestopt) stop(new Error(`werkdraad stopte met code ${code}`));
      });
      for (let k = 0; k < IN_HAND; k += 1) geef(w);
    }
    // The main thread takes the next file whenever it is free, yielding in between to hand out work.
    const zelf = async () => {
      while (volgende < bestanden.length && !gestopt) {
        const i = volgende++;
        binnen(i, await controleerBestand(bestanden[i], opties));
        await new Promise((verder) => setImmediate(verder));
      }
    };
    zelf().catch((fout: Error) => stop(fout));
  });
}

if (!isMainThread && (workerData as { wlzControleer?: boolean } | null)?.wlzControleer) {
  const opties = leesOpties((workerData as { args: string[] }).args);
  parentPort?.on('message', ({ i, pad }: Opdracht) => {
    void opties.then((o) => controleerBestand(pad, o)).then((rapport) => parentPort?.postMessage({ i, rapport }));
  });
}
