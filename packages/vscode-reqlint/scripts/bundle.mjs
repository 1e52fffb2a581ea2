// Bundles the extension for `vsce package --no-dependencies`: the client (vscode-languageclient
// inside, `vscode` left to VS Code) as CommonJS, and the whole language server (core, CLI settings,
// their dependencies) as one ES module, so that the .vsix needs no node_modules.
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const common = {bundle: true, platform: 'node', target: 'node20', logLevel: 'warning'}

await build({
  ...common,
  entryPoints: [path.join(here, 'dist/tsc/extension.js')],
  outfile: path.join(here, 'dist/extension.js'),
  format: 'cjs',
  external: ['vscode']
})

await build({
  ...common,
  entryPoints: [path.join(here, 'node_modules/@reqlint/language-server/bin/reqlint-language-server.js')],
  outfile: path.join(here, 'dist/server.mjs'),
  format: 'esm',
  // vscode-languageserver is CommonJS and requires Node's modules: give the ES module a `require`.
  banner: {js: "import {createRequire as __reqlintRequire} from 'node:module'; const require = __reqlintRequire(import.meta.url);"}
})
