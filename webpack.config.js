/**
 * Production build of the add-in into dist/ (`npm run build`):
 *   functions.js       the WLZ custom functions (core + decimal.js only)
 *   functions.json     Dutch metadata, generated from the JSDoc in addin/functions/functions.ts
 *   functions.en.json  the same with the English descriptions of the function table (en-US, en-GB)
 *   taskpane.html/.js  the task pane page; it also loads functions.js (shared runtime)
 *   assets/, manifest.xml (from ./manifest.xml: URLs on the build's address, <Version> from package.json)
 * A metadata error (bad JSDoc, a function or parameter without description, a description with a line
 * break or over 255 characters) fails the build.
 * The address: `WLZ_ADRES=https://host/pad npm run build` puts every URL of the manifest and every help
 * URL of the metadata on that address; default https://localhost:3000 (`npm start`). The pages refer to
 * each other relatively, so nothing else depends on it.
 * The English and address steps read the compiled scripts in lib/, so `npm run build` runs build:cli first.
 */
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const FUNCTIONS_TS = './addin/functions/functions.ts';

function laadScripts() {
  try {
    return {
      alleFuncties: require('./lib/core/functies').alleFuncties,
      ...require('./lib/scripts/engelse-metadata'),
      ...require('./lib/scripts/adres'),
    };
  } catch (fout) {
    throw new Error(`De functietabel in lib/ ontbreekt; gebruik "npm run build" (dat draait eerst build:cli).\n${fout.message}`);
  }
}

const scripts = laadScripts();
const ADRES = scripts.leesAdres(process.env.WLZ_ADRES);
const VERSIE = require('./package.json').version;

/**
 * Checks functions.json against the function table, writes functions.en.json beside it, and puts the
 * help URLs of both on the build's address.
 */
class EngelseMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('EngelseMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'EngelseMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const nl = compilation.getAsset('functions.json');
          // Without functions.json the metadata plugin has already reported its errors.
          if (!nl) return;
          const { alleFuncties, controleerMetadata, engelseMetadata, metAdres } = scripts;
          const metadata = metAdres(JSON.parse(nl.source.source().toString()), ADRES);
          const en = engelseMetadata(metadata, alleFuncties);
          const problemen = [
            ...controleerMetadata(metadata, alleFuncties).map((p) => `functions.json: ${p}`),
            ...controleerMetadata(en, alleFuncties).map((p) => `functions.en.json: ${p}`),
          ];
          for (const p of problemen) compilation.errors.push(new webpack.WebpackError(p));
          if (problemen.length > 0) return;
          compilation.updateAsset('functions.json', new webpack.sources.RawSource(JSON.stringify(metadata, null, 2)));
          compilation.emitAsset('functions.en.json', new webpack.sources.RawSource(JSON.stringify(en, null, 2)));
        },
      );
    });
  }
}

module.exports = {
  mode: 'production',
  // Separate .map files: no eval() in the bundles (Office's content security, and reviewable output).
  devtool: 'source-map',
  entry: {
    functions: FUNCTIONS_TS,
    taskpane: './addin/taskpane/taskpane.ts',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [
      {
        // Task pane: Fluent UI's base library carries a `new Function` fallback the page's CSP forbids.
        test: /[\\/]@microsoft[\\/]fast-element[\\/]dist[\\/]esm[\\/]platform\.js$/,
        use: { loader: path.resolve(__dirname, 'addin/taskpane/zonder-new-function.loader.js') },
      },
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`; here only transpile, as ES modules for tree shaking.
          options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
        },
      },
    ],
  },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_TS, output: 'functions.json' }),
    new EngelseMetadataPlugin(),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './addin/taskpane/taskpane.html',
      // Shared runtime: the pane page also runs the functions (functions first, so they register early).
      chunks: ['functions', 'taskpane'],
      chunksSortMode: 'manual',
    }),
    // The pane page also works as a plain web page, where office.js may not load (offline, or opened as a
    // file): then nothing can register the functions, and functions.js must not stop on the missing
    // CustomFunctions. Only when office.js is absent altogether; in Excel office.js defines it first.
    new webpack.BannerPlugin({
      banner: 'typeof Office>"u"&&typeof CustomFunctions>"u"&&(globalThis.CustomFunctions={associate:function(){}});',
      raw: true,
      entryOnly: true,
      include: /^functions\.js$/,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets', to: 'assets' },
        { from: 'addin/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'manifest.xml', to: 'manifest.xml', transform: (inhoud) => scripts.manifestVoor(inhoud.toString(), ADRES, VERSIE) },
      ],
    }),
  ],
  // No `global` shim: it would add webpack's `new Function('return this')` runtime to the pane's bundle,
  // and the only user (Fluent's fast-element) checks `typeof global` first.
  node: { global: false },
  performance: { hints: false },
};
