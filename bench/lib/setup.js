// Writes the corpora, glossaries and peer configurations under bench/.corpus, once: a manifest
// records a hash of the generator's sources, and a changed generator writes everything anew.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {englishDocument, russianDocument} from './corpus.js'
import {generateEntries, glossaryYaml, prhYaml} from './vocabulary.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const MB = 1024 * 1024
export const folderFiles = 1000

function generatorHash() {
  const hash = crypto.createHash('sha256')
  for (const name of ['corpus.js', 'vocabulary.js', 'prng.js', 'setup.js']) hash.update(fs.readFileSync(path.join(here, name)))
  return hash.digest('hex').slice(0, 16)
}

/** Paths of everything a run uses; generates what is missing or stale. */
export function prepareCorpus(dir, {log}) {
  const paths = {
    dir,
    ru1: path.join(dir, 'ru-1mb.md'),
    ru10: path.join(dir, 'ru-10mb.md'),
    en1: path.join(dir, 'en-1mb.md'),
    en10: path.join(dir, 'en-10mb.md'),
    tiny: path.join(dir, 'tiny.md'),
    folder: path.join(dir, 'folder-1000'),
    glossary100: path.join(dir, 'glossary-100.yaml'),
    glossary10000: path.join(dir, 'glossary-10000.yaml'),
    prh: path.join(dir, 'prh-100.yml'),
    textlintrc: path.join(dir, 'peers', 'textlintrc.json'),
    remarkrc: path.join(dir, 'peers', 'remarkrc.mjs'),
    out: path.join(dir, 'out'),
    results: path.join(dir, 'results'),
    profiles: path.join(dir, 'profiles')
  }
  const manifestPath = path.join(dir, 'manifest.json')
  const version = generatorHash()
  let manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'))
  } catch {
    manifest = undefined
  }
  fs.mkdirSync(paths.out, {recursive: true})
  fs.mkdirSync(paths.results, {recursive: true})
  fs.mkdirSync(paths.profiles, {recursive: true})
  if (manifest?.version === version && fs.existsSync(paths.remarkrc)) return paths

  const started = performance.now()
  log(`generating the corpus in ${path.relative(process.cwd(), dir) || dir} (seeded; once) …`)
  const entries = generateEntries(10_000)
  const used = entries.slice(0, 100)
  fs.writeFileSync(paths.glossary10000, glossaryYaml(entries))
  fs.writeFileSync(paths.glossary100, glossaryYaml(used))
  fs.writeFileSync(paths.prh, prhYaml(used, 100))
  fs.writeFileSync(paths.ru1, russianDocument({bytes: MB, seed: 101, entries: used}))
  fs.writeFileSync(paths.ru10, russianDocument({bytes: 10 * MB, seed: 110, entries: used}))
  fs.writeFileSync(paths.en1, englishDocument({bytes: MB, seed: 201}))
  fs.writeFileSync(paths.en10, englishDocument({bytes: 10 * MB, seed: 210}))
  fs.writeFileSync(paths.tiny, '# Требования\n\nСистема должна формировать отчет по сделкам не более чем за 2 секунды.\n')
  fs.rmSync(paths.folder, {recursive: true, force: true})
  fs.mkdirSync(paths.folder, {recursive: true})
  for (let index = 0; index < folderFiles; index++) {
    // Nine in ten Russian, one in ten English, about 5 KB each.
    const name = String(index + 1).padStart(4, '0')
    const text =
      index % 10 === 9
        ? englishDocument({bytes: 3_500, seed: 20_000 + index, title: `module ${name}`})
        : russianDocument({bytes: 3_500, seed: 10_000 + index, entries: used, title: `модуль ${name}`})
    fs.writeFileSync(path.join(paths.folder, `spec-${name}.md`), text)
  }
  fs.mkdirSync(path.dirname(paths.textlintrc), {recursive: true})
  fs.writeFileSync(paths.textlintrc, JSON.stringify({rules: {prh: {rulePaths: [paths.prh]}}}, null, 2) + '\n')
  fs.writeFileSync(
    paths.remarkrc,
    [
      '// remark-cli with retext-english, retext-simplify and retext-intensify (the peer of issue 6).',
      "import remarkRetext from 'remark-retext'",
      "import retextEnglish from 'retext-english'",
      "import retextIntensify from 'retext-intensify'",
      "import retextSimplify from 'retext-simplify'",
      "import {unified} from 'unified'",
      '',
      'export default {',
      '  plugins: [[remarkRetext, unified().use(retextEnglish).use(retextSimplify).use(retextIntensify)]]',
      '}',
      ''
    ].join('\n')
  )
  fs.writeFileSync(manifestPath, JSON.stringify({version, generated: new Date().toISOString()}, null, 2) + '\n')
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return paths
}

export function folderBytes(folder) {
  let total = 0
  let count = 0
  for (const name of fs.readdirSync(folder)) {
    total += fs.statSync(path.join(folder, name)).size
    count++
  }
  return {total, count}
}
