// Lints the real public requirements documents in ../shared/corpus (when that
// folder exists) with the built-in glossary and prints every finding, so that a
// developer reads them: the corpus is for finding false positives and crashes.
// Usage: pnpm smoke [--rule id] [--summary]
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {spawnSync} from 'node:child_process'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const corpus = path.resolve(root, '../shared/corpus')
if (!fs.existsSync(corpus)) {
  console.log(`smoke: ${corpus} does not exist; nothing to do`)
  process.exit(0)
}
const args = process.argv.slice(2)
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined
const summary = args.includes('--summary')
const files = ['ru', 'en'].flatMap((lang) =>
  fs.readdirSync(path.join(corpus, lang)).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(corpus, lang, name))
)
const result = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/reqlint.js'), '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024
})
if (result.status === 2 || !result.stdout) {
  console.error(result.stderr)
  process.exit(1)
}
const counts = {}
for (const file of JSON.parse(result.stdout)) {
  const messages = file.messages.filter((message) => !only || message.ruleId === only)
  if (!summary) {
    console.log(`\n${path.relative(corpus, path.resolve(file.path))}: ${messages.length}`)
  }
  for (const message of messages) {
    counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
    // A file-level message (an encoding notice, a file reqlint refuses) has no place.
    const place = message.line === undefined ? 'file' : `${message.line}:${message.column}`
    if (!summary) console.log(`  ${place} ${message.ruleId ?? message.source} «${message.actual ?? ''}» ${message.reason.slice(0, 110)}`)
  }
}
console.log('\nfindings by rule:', JSON.stringify(counts))
