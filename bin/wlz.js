#!/usr/bin/env node
'use strict';
// Runs the compiled command (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
// Whatever fails outside the command's own answers — a bug of ours, an error event nobody handles,
// a rejected promise — ends as one Dutch line on stderr and exit code 3, never a stack trace.
let regel = (fout) =>
  `wlz: interne fout, de opdracht is afgebroken (${String(fout && fout.message ? fout.message : fout).split('\n')[0]})\n`;

function stop(fout) {
  process.stderr.write(regel(fout));
  process.exit(3);
}
process.on('uncaughtException', stop);
process.on('unhandledRejection', stop);
// A reader that stops early (wlz functie --batch | head) is no failure: stop quietly.
process.stdout.on('error', (fout) => (fout.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : stop(fout)));

let wlz;
try {
  wlz = require('../lib/cli/wlz.js');
} catch (fout) {
  if (fout.code === 'MODULE_NOT_FOUND' && String(fout.message).includes('lib/cli/wlz.js')) {
    process.stderr.write('wlz: de opdracht is niet gebouwd (lib/cli ontbreekt); draai eerst npm run build:cli\n');
    process.exit(3);
  }
  stop(fout);
}
regel = wlz.onverwachteFout;
wlz.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, stop);
