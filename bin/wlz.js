#!/usr/bin/env node
'use strict';
// Runs the compiled command (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
require('../lib/cli/wlz.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((fout) => {
    process.stderr.write(`wlz: onverwachte fout: ${fout && fout.stack ? fout.stack : fout}\n`);
    process.exitCode = 3;
  });
