// ESLint (flat config) for `npm run lint`: typescript-eslint's recommended rules plus the few that catch
// real mistakes here. Formatting is Prettier's job (.prettierrc), so no stylistic rules.
// Not type-aware, measured on this 2-core machine: the whole tree lints in about 9 s; with the type
// information no-floating-promises / no-misused-promises need, about 21 s, and those rules found three
// promises in addin/taskpane that are already handled (a caught listener, a .catch, a never-rejecting
// handshake). `tsc --noEmit` (strict) runs in `npm test` anyway.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's CommonJS globals, for the few plain .js files (bin/, webpack and jest config, the loader). */
const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout'].map((n) => [
    n,
    'readonly',
  ]),
);

/** The browser globals test/e2e/office-stub.js uses (it runs in the page, not in node). */
const browserGlobals = Object.fromEntries(
  ['window', 'document', 'console', 'Promise', 'setTimeout', 'clearTimeout', 'Map', 'Set', 'JSON'].map((n) => [n, 'readonly']),
);

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'coverage/', 'node_modules/', 'samples/', 'test-artefacten/', 'bench/resultaten.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // == and != only where null and undefined are meant together (`x == null`).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Unused names are dead code; a leading _ marks a parameter an interface requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    // TypeScript resolves names itself; ESLint's no-undef does not know type-only globals (Excel, Office).
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // A plain ES5 script injected into the test browser in place of office.js.
    files: ['test/e2e/office-stub.js'],
    languageOptions: { sourceType: 'script', globals: browserGlobals },
    rules: { 'no-var': 'off', '@typescript-eslint/no-this-alias': 'off' },
  },
);
