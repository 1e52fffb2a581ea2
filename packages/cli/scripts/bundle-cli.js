// Bundles the compiled CLI (dist/main.js, and dist/worker.js for the worker pool's threads) with
// @reqlint/core, the third-party parsers and the CLI's own dependencies into dist/bundle/, which
// bin/reqlint.js loads (issue 19: start-up). Run after `tsc -b`. Node loads a module file by file,
// resolving, reading and compiling each: a tiny lint loaded ~105 files, which was a quarter of its
// start-up. Code splitting keeps the CLI's lazy imports lazy: every `import()` is a chunk of its
// own, so a plain lint still loads neither yaml, MDX, the cache, the worker pool nor `diff`.
// The unbundled dist/ stays as it is: the package's library entries (`reqlint`, `reqlint/settings`)
// and the tests use it. dist/bundle/meta.json (not packed) says which modules each chunk holds,
// for the start-up test; the bundled packages' licences go to dist/bundle/LICENSES.txt.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {wordListNotices, writeLicenceNotices} from '../../../scripts/lib/licence-notices.js'

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(cli, '../..')
const outdir = path.join(cli, 'dist/bundle')

/** Replaces modules of the compiled core whose code depends on where their file lies. */
const coreInPlace = {
  name: 'reqlint-core-in-place',
  // esbuild runs the filters as Go regular expressions, which take no flags.
  setup(build) {
    // core's bundle of the parsers would hide their packages from the licence notices: take them from source.
    build.onResolve({filter: /\/vendor\/parsers\.js$/}, (args) => {
      const file = path.resolve(path.dirname(args.importer), args.path)
      const compiled = `${path.sep}core${path.sep}dist${path.sep}vendor${path.sep}parsers.js`
      return file.endsWith(compiled) ? {path: file.slice(0, -compiled.length) + `${path.sep}core${path.sep}src${path.sep}vendor${path.sep}parsers.ts`} : undefined
    })
    // The rules' pages are in the installed @reqlint/core, wherever the bundle lies (src/docs-location.ts there).
    build.onLoad({filter: /[/\\]core[/\\]dist[/\\]docs-location\.js$/}, () => ({
      loader: 'js',
      contents: [
        "import {createRequire} from 'node:module'",
        "import {pathToFileURL} from 'node:url'",
        "export const rulesDocs = new URL('docs/rules/', pathToFileURL(createRequire(import.meta.url).resolve('@reqlint/core/package.json')))"
      ].join('\n')
    }))
  }
}

fs.rmSync(outdir, {recursive: true, force: true})
const result = await build({
  absWorkingDir: root,
  entryPoints: {main: path.join(cli, 'dist/main.js'), worker: path.join(cli, 'dist/worker.js')},
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The packages' "development" builds assert and log; npm installs give the default ones.
  conditions: ['import', 'default'],
  // commander and picomatch are CommonJS and require Node's modules: give the ES modules a `require`.
  banner: {js: "import {createRequire as __reqlintRequire} from 'node:module'; const require = __reqlintRequire(import.meta.url);"},
  plugins: [coreInPlace],
  // Russian texts and word lists as UTF-8, not as \u escapes: a third less source for V8 to scan
  // (2.5 → 2.2 MB) and 3 % less start-up CPU, measured (docs/benchmark.md).
  charset: 'utf8',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true
})

// Which modules each output file holds (paths from the repository's root), for test/startup.test.ts.
const chunks = Object.fromEntries(Object.entries(result.metafile.outputs).map(([file, output]) => [path.basename(file), Object.keys(output.inputs)]))
fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(chunks, null, 1) + '\n')

const header =
  'The files of dist/bundle/ bundle the code of these packages, unchanged but for the patches of reqlint\'s patches/ folder\n' +
  '(mdast-util-from-markdown and micromark keep their parser configuration between parses). Their licences follow.\n'
writeLicenceNotices(result.metafile, root, path.join(outdir, 'LICENSES.txt'), header, wordListNotices(path.join(root, 'packages/core')))
