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

// One notice per bundled package: name, version, licence text.
const packages = new Map()
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//u.exec(input)
  if (match && !packages.has(match[2])) packages.set(match[2], path.resolve(match[1]))
}
{
  const notices = [...packages]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, dir]) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      const entries = fs.readdirSync(dir)
      const licence = entries.find((entry) => /^licen[cs]e(?:\.\w+)?$/iu.test(entry))
      // A package without a licence file states it in its readme (format@0.2.2: "License … MIT").
      const readme = entries.find((entry) => /^readme(?:\.\w+)?$/iu.test(entry))
      const fromReadme = readme ? /^#*\s*licen[cs]e\b[\s\S]*$/imu.exec(fs.readFileSync(path.join(dir, readme), 'utf8'))?.[0].trim() : undefined
      const text = licence ? fs.readFileSync(path.join(dir, licence), 'utf8').trim() : (fromReadme ?? 'no licence text in the package')
      const kind = manifest.license ?? manifest.licenses?.map((entry) => entry.type).join(', ') ?? 'licence not declared'
      return `${name}@${manifest.version} (${kind})\n\n${text}\n`
    })
  const header =
    'dist/vendor/parsers.js bundles the code of these packages, unchanged but for the patches of reqlint\'s patches/ folder\n' +
    '(mdast-util-from-markdown and micromark keep their parser configuration between parses). Their licences follow.\n'
  fs.writeFileSync(path.join(path.dirname(file), 'parsers.LICENSES.txt'), [header, ...notices].join('\n' + '-'.repeat(72) + '\n\n'))
}
