// Bundles the extension for `vsce package --no-dependencies`: the client (vscode-languageclient
// inside, `vscode` left to VS Code) as CommonJS, and the whole language server (core, CLI settings,
// their dependencies) as one ES module, so that the .vsix needs no node_modules.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {wordListNotices, writeLicenceNotices} from '../../../scripts/lib/licence-notices.js'

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning'}

const client = await build({
  ...common,
  entryPoints: [path.join(here, 'dist/tsc/extension.js')],
  outfile: path.join(here, 'dist/extension.js'),
  format: 'cjs',
  external: ['vscode'],
  metafile: true
})

// A diagnostic links to its rule's page (`codeDescription.href`), which core finds beside its own
// dist/ (core's src/docs-location.ts). In the bundle every module's `import.meta.url` is server.mjs's,
// and the .vsix holds no @reqlint/core: ship the pages as dist/docs/rules/ and point the link there.
const server = path.join(here, 'node_modules/@reqlint/language-server/bin/reqlint-language-server.js')
const core = path.dirname(createRequire(server).resolve('@reqlint/core/package.json'))
const pages = path.join(here, 'dist/docs/rules')
fs.rmSync(pages, {recursive: true, force: true})
fs.mkdirSync(pages, {recursive: true})
for (const page of fs.readdirSync(path.join(core, 'docs/rules')).filter((name) => name.endsWith('.md'))) {
  fs.copyFileSync(path.join(core, 'docs/rules', page), path.join(pages, page))
}
const rulePagesBeside = {
  name: 'reqlint-rule-pages-beside',
  setup(pluginBuild) {
    pluginBuild.onLoad({filter: /[/\\]core[/\\]dist[/\\]docs-location\.js$/}, () => ({
      loader: 'js',
      contents: "export const rulesDocs = new URL('./docs/rules/', import.meta.url)"
    }))
  }
}

const bundled = await build({
  ...common,
  entryPoints: [server],
  plugins: [rulePagesBeside],
  outfile: path.join(here, 'dist/server.mjs'),
  format: 'esm',
  // vscode-languageserver is CommonJS and requires Node's modules: give the ES module a `require`.
  banner: {js: "import {createRequire as __reqlintRequire} from 'node:module'; const require = __reqlintRequire(import.meta.url);"},
  metafile: true
})

// The licences of what the two bundles hold, as their MIT and BSD licences ask, and of the word lists in
// core's generated data (packages/core/data/README.md).
const inputs = {...client.metafile.inputs, ...bundled.metafile.inputs}
writeLicenceNotices({inputs}, process.cwd(), path.join(here, 'dist/LICENSES.txt'), 'dist/extension.js and dist/server.mjs bundle the code of these packages. Their licences follow.\n', [
  // core ships the Markdown parsers bundled (dist/vendor/parsers.js), with their notices beside it.
  {name: "@reqlint/core's bundle of the Markdown parsers (micromark, mdast-util-*)", file: path.join(core, 'dist/vendor/parsers.LICENSES.txt')},
  ...wordListNotices(core)
])
