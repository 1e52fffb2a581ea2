// Which reported words of a rule are precise on the annotated documents: for each text a rule
// reports (lower-cased), how many of its current findings are true, false or debatable, and how
// many written-down misses it has. Usage: node scripts/word-precision.js [rule] [--lang ru|en]
// A word the corpus shows false again and again, never true, is a candidate to drop from the
// lists; a word with misses and no false finding, a candidate to add.
import {evaluate, readAnnotations} from './eval.js'

const args = process.argv.slice(2)
const rule = args.find((arg) => !arg.startsWith('--')) ?? 'ambiguous-wording'
const lang = args.includes('--lang') ? args[args.indexOf('--lang') + 1] : undefined
const {report, availableDocuments} = await evaluate()
/** @type {Map<string, {true: number, false: number, debatable: number, unreviewed: number, miss: number}>} */
const words = new Map()
const row = (text) => {
  const word = text.toLowerCase().replace(/ё/gu, 'е')
  if (!words.has(word)) words.set(word, {true: 0, false: 0, debatable: 0, unreviewed: 0, miss: 0})
  return words.get(word)
}
for (const document of availableDocuments) {
  if (lang && document.lang !== lang) continue
  const annotations = readAnnotations(document.id).filter((annotation) => annotation.rule === rule)
  const byPlace = new Map(annotations.map((annotation) => [`${annotation.line}:${annotation.column}:${annotation.text}`, annotation]))
  const reported = new Set()
  for (const message of report.get(document.absolute) ?? []) {
    if (message.ruleId !== rule || message.line === undefined) continue
    const place = `${message.line}:${message.column}:${message.actual ?? ''}`
    reported.add(place)
    const verdict = byPlace.get(place)?.verdict
    const counts = row(message.actual ?? '')
    if (verdict === 'true' || verdict === 'miss') counts.true++
    else if (verdict === 'false' || verdict === 'debatable') counts[verdict]++
    else counts.unreviewed++
  }
  for (const annotation of annotations) {
    if (annotation.verdict === 'miss' && !reported.has(`${annotation.line}:${annotation.column}:${annotation.text}`)) row(annotation.text).miss++
  }
}
const rows = [...words].sort(([a, x], [b, y]) => y.false - x.false || x.true - y.true || a.localeCompare(b))
console.log('text'.padEnd(28) + 'true  false  debatable  unreviewed  miss')
for (const [word, c] of rows) console.log(`${word.padEnd(28)}${String(c.true).padStart(4)}${String(c.false).padStart(7)}${String(c.debatable).padStart(11)}${String(c.unreviewed).padStart(12)}${String(c.miss).padStart(6)}`)
