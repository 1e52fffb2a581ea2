// Replaces the compiled dist/vendor/parsers.js (re-exports of micromark, mdast-util-from-markdown,
// parse-latin and the rest) with one ES module holding their code, bundled from
// src/vendor/parsers.ts, so that Node loads one file instead of ~190 (see that module). Run after
// `tsc -b`, which may or may not have written the file anew. The type declarations tsc wrote stay as
// they are: the bundle exports the same names. The licences of the bundled packages go beside it,
// as their MIT licences ask.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {writeLicenceNotices} from '../../../scripts/lib/licence-notices.js'

const core = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const file = path.join(core, 'dist/vendor/parsers.js')

const result = await build({
  entryPoints: [path.join(core, 'src/vendor/parsers.ts')],
  outfile: file,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The packages' "development" builds assert and log; npm installs give the default ones.
  conditions: ['import', 'default'],
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true
})

// tsc's source map describes the re-exports, not the bundle: a wrong map is worse than none.
fs.rmSync(`${file}.map`, {force: true})

const header =
  'dist/vendor/parsers.js bundles the code of these packages, unchanged but for the patches of reqlint\'s patches/ folder\n' +
  '(mdast-util-from-markdown and micromark keep their parser configuration between parses; micromark-util-subtokenize and\n' +
  'parse-latin make less garbage). Their licences follow.\n'
writeLicenceNotices(result.metafile, process.cwd(), path.join(path.dirname(file), 'parsers.LICENSES.txt'), header)
