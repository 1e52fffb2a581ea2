// One in-process measurement, run by bench/run.js in a child process of its own so that its peak
// memory (process.resourceUsage().maxRSS) belongs to it alone:
//
//   node --expose-gc bench/lib/measure.js '{"file": …, "modes": [{"id": …, "kind": …}], "warmup": 1, "runs": 5}'
//
// The modes are run round-robin — floor, reqlint, reqlint, floor, … — so that a machine whose speed
// drifts during the run (a shared CI box) charges both sides alike; their ratio is the figure that
// matters. Every sample starts after a full garbage collection, which is not timed. The result is
// one line on stdout: `@@bench {json}`.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const coreDir = path.join(root, 'packages/core')
const requireFromCore = createRequire(path.join(coreDir, 'package.json'))
const importFromCore = async (name) => import(pathToFileURL(requireFromCore.resolve(name)).href)

const spec = JSON.parse(process.argv[2])
const texts = new Map()
/** A mode may name its own file (`mode.file`), e.g. 1 MB and 10 MB alternated in one process. */
const textOf = (file) => {
  if (!texts.has(file)) texts.set(file, fs.readFileSync(file, 'utf8'))
  return texts.get(file)
}
const gc = globalThis.gc ?? (() => {})

/** Each kind sets itself up once (imports, glossary), untimed, and returns the function to time. */
const kinds = {
  // The floor: what every unified-based Markdown linter pays before it looks at a word.
  async floor(mode) {
    const text = textOf(mode.file ?? spec.file)
    const {unified} = await importFromCore('unified')
    const remarkParse = (await importFromCore('remark-parse')).default
    const remarkGfm = (await importFromCore('remark-gfm')).default
    const processor = unified().use(remarkParse).use(remarkGfm)
    return () => {
      processor.parse(text)
      return {}
    }
  },
  // reqlint's own Markdown parser (GFM, front matter, chunked at safe boundaries): no rules.
  async parse(mode) {
    const text = textOf(mode.file ?? spec.file)
    const core = await import(pathToFileURL(path.join(coreDir, 'dist/index.js')).href)
    return () => {
      core.parseMarkdown(text)
      return {}
    }
  },
  // All rules with the built-in glossary, as the CLI runs them without `-g`.
  async lint(mode) {
    const text = textOf(mode.file ?? spec.file)
    const core = await import(pathToFileURL(path.join(coreDir, 'dist/index.js')).href)
    const glossary = core.builtinGlossary()
    return () => ({messages: core.lint(text, {glossary}).findings.length})
  },
  // All rules with a glossary file. The glossary is loaded anew for every sample, so the lint time
  // includes compiling it (compileGlossary caches per glossary object); the load is timed apart.
  async lintGlossary(mode) {
    const text = textOf(mode.file ?? spec.file)
    const core = await import(pathToFileURL(path.join(coreDir, 'dist/index.js')).href)
    const node = await import(pathToFileURL(path.join(coreDir, 'dist/node.js')).href)
    return () => {
      const start = performance.now()
      const glossary = node.loadGlossaryFiles([mode.glossary])
      const loadMs = performance.now() - start
      const lintStart = performance.now()
      const messages = core.lint(text, {glossary}).findings.length
      return {messages, loadMs, lintMs: performance.now() - lintStart, entries: glossary.entries.length}
    }
  }
}

const modes = []
for (const mode of spec.modes) {
  const make = kinds[mode.kind]
  if (!make) throw new Error(`unknown kind ${mode.kind}`)
  modes.push({mode, run: await make(mode), samples: [], extras: []})
}

const timeOne = (entry) => {
  gc()
  const start = performance.now()
  const extra = entry.run()
  const ms = performance.now() - start
  // For lintGlossary the sample is the lint (with compile); the load is an extra.
  return {ms: extra.lintMs ?? ms, extra}
}

// Warm-up rounds, untimed; a mode may ask for its own count (no warm-up for a 10 MB run).
for (const entry of modes) for (let round = 0; round < (entry.mode.warmup ?? spec.warmup ?? 0); round++) timeOne(entry)
for (let round = 0; round < spec.runs; round++) {
  // A B, B A, A B, …: neither side always runs right after a garbage-heavy other.
  for (const entry of round % 2 === 0 ? modes : [...modes].reverse()) {
    const {ms, extra} = timeOne(entry)
    entry.samples.push(ms)
    entry.extras.push(extra)
  }
}

const result = {
  maxRSSKiB: process.resourceUsage().maxRSS,
  bytes: Object.fromEntries([...texts].map(([file, text]) => [file, Buffer.byteLength(text, 'utf8')])),
  modes: Object.fromEntries(modes.map((entry) => [entry.mode.id, {samples: entry.samples, extras: entry.extras}]))
}
process.stdout.write(`@@bench ${JSON.stringify(result)}\n`)
