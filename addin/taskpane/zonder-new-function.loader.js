/**
 * Webpack loader for the task pane build: removes the one `new Function("return this")()` in
 * @microsoft/fast-element (Fluent UI's base), a fallback for engines without globalThis that Office's
 * webviews never reach. The page's Content-Security-Policy has no 'unsafe-eval', and the build test
 * rejects eval and new Function in any bundle. The fallback's own catch branch returns {}, so that is
 * what it becomes. Fails the build when the text is gone (a new fast-element version): look again then.
 */
const TERUGVAL = 'new Function("return this")()';

module.exports = function zonderNewFunction(bron) {
  if (!bron.includes(TERUGVAL)) {
    throw new Error(
      `${this.resourcePath}: "${TERUGVAL}" niet gevonden; controleer de loader zonder-new-function na een update van @microsoft/fast-element`,
    );
  }
  return bron.replace(TERUGVAL, '{}');
};
