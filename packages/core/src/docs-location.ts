/**
 * Where the rules' pages are: `docs/rules/` of the installed @reqlint/core,
 * beside `dist/`, found from this module's own URL. It is a module of its own
 * because it is the one place of core whose answer depends on where its file
 * lies: the CLI's bundle (packages/cli/scripts/bundle-cli.js), where every
 * module's `import.meta.url` is the bundle's, puts a module in its place that
 * finds the package by Node's resolution instead, so messages link to the same
 * page either way.
 */
export const rulesDocs = new URL('../docs/rules/', import.meta.url)
