// How precise ambiguous-wording is per signal of the requirements model: for every finding of the
// rule on the annotated documents, and every written-down miss, the evidence on which the model read
// its sentence as a requirement (a requirement identifier, a user story, a binding word of its own,
// a binding word elsewhere in the block, a binding lead-in of its list, its place alone: a table
// cell, a list item, a paragraph) and its section's role (requirements, unclassified, notes, skip),
// with the true, false, debatable and unreviewed findings and the misses of each. Whether the model's
// confidence carries over to documents nobody tuned for is read from the rounds' rows.
//
// Usage: node scripts/signal-precision.js [--lang ru|en] [--rounds 9,10] [--by evidence,verdict,role,place,clause,document] [--list]
//                                         [--drop <evidence>/<role>[,…]]
//   --rounds  only the documents of these rounds (the ids listed in REVIEW-round<N>.md)
//   --by      group by these, comma-separated (default evidence,role): the evidence, the model's
//             verdict (the signal that decided: russian, modal, identifier, requirements-list …), the section's
//             role, the sentence's place (heading, paragraph, listItem, tableCell), the clause holding the word (`binds`: a binding word stands in it; `free`: none
//             does; `adjunct`: a reason, purpose or concession; `-`: no requirement's clause), the
//             document (`sections`: it has a requirements section; `no-sections`: it has none)
//   --list    print each finding and miss: the reviewer's verdict, the evidence, role and clause
//   --drop    what a confidence policy would do: precision and recall per language before and
//             after leaving out the findings of these cells (`*` for any evidence or role:
//             `list/unclassified,permissive/*`); a true finding left out becomes a miss
// Needs the build (`pnpm build`): the findings are the built CLI's, as `pnpm eval` lints.
import fs from 'node:fs'
import path from 'node:path'
import {evaluate, readAnnotations, readDocumentText, root} from './eval.js'

const rule = 'ambiguous-wording'
const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const lang = option('--lang')
const by = (option('--by') ?? 'evidence,role').split(',')
const dimensions = ['evidence', 'verdict', 'role', 'place', 'clause', 'document']
for (const dimension of by) if (!dimensions.includes(dimension)) throw new Error(`--by: no dimension \`${dimension}\` (${dimensions.join(', ')})`)
const rounds = (option('--rounds') ?? '').split(',').filter(Boolean)
const drop = (option('--drop') ?? '').split(',').filter(Boolean).map((cell) => {
  const [evidence = '*', role = '*'] = cell.split('/')
  return {evidence, role}
})
const dropped = (evidence, role) => drop.some((cell) => (cell.evidence === '*' || cell.evidence === evidence) && (cell.role === '*' || cell.role === role))

/** The ids a round's review lists, one a line: «- ru-webagent (9 KB): …». */
function roundIds(round) {
  const file = path.join(root, 'fixtures/eval', `REVIEW-round${round}.md`)
  if (!fs.existsSync(file)) throw new Error(`--rounds: no ${path.relative(root, file)}`)
  return [...fs.readFileSync(file, 'utf8').matchAll(/^- ((?:ru|en)-[a-z0-9-]+) \(/gmu)].map((match) => match[1])
}

const only = rounds.flatMap(roundIds)
const core = await import('@reqlint/core')
const {report, availableDocuments} = await evaluate({only})

/** The offset of every line's start, for 1-based lines and columns. */
function lineStarts(text) {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

const columns = ['true', 'false', 'debatable', 'unreviewed', 'miss']
/** @type {Map<string, Record<string, number>>} */
const groups = new Map()
const entries = []
const tally = (group, judged) => {
  if (!groups.has(group)) groups.set(group, Object.fromEntries(columns.map((column) => [column, 0])))
  groups.get(group)[judged]++
}

for (const document of availableDocuments) {
  if (lang && document.lang !== lang) continue
  const text = readDocumentText(document.absolute)
  const starts = lineStarts(text)
  const readings = core.explainRequirements(text)
  const kind = readings.some((reading) => reading.role === 'requirements') ? 'sections' : 'no-sections'
  const annotations = readAnnotations(document.id).filter((annotation) => annotation.rule === rule)
  const byPlace = new Map(annotations.map((annotation) => [`${annotation.line}:${annotation.column}:${annotation.text}`, annotation]))
  const reported = new Set()
  // `judged`: the reviewer's verdict on the finding (`miss` for one not reported).
  const record = (line, column, textAt, judged) => {
    const offset = (starts[line - 1] ?? 0) + column - 1
    // The reading of the sentence holding the offset; a miss outside any sentence has none.
    const reading = readings.find((one) => one.start <= offset && offset < one.end)
    const evidence = reading?.evidence ?? (reading ? `(${reading.verdict})` : '(none)')
    const role = reading?.role ?? '-'
    const inClause = reading?.clauses.find((one) => one.start <= offset && offset < one.end)
    const clause = inClause === undefined ? '-' : inClause.adjunct ? 'adjunct' : inClause.binds ? 'binds' : 'free'
    const values = {evidence, verdict: reading?.verdict ?? '-', role, place: reading?.place ?? '-', clause, document: kind}
    tally(`${document.lang}  ${by.map((dimension) => values[dimension]).join(' / ')}`, judged)
    tally(`${document.lang}  all`, judged)
    entries.push({document: document.id, lang: document.lang, line, column, text: textAt, judged, evidence, role, clause})
  }
  for (const message of report.get(document.absolute) ?? []) {
    if (message.ruleId !== rule || message.line === undefined) continue
    const place = `${message.line}:${message.column}:${(message.actual ?? '').replace(/\s*\n\s*/gu, ' ')}`
    reported.add(place)
    const judged = byPlace.get(place)?.verdict
    record(message.line, message.column, message.actual ?? '', judged === 'miss' ? 'true' : judged === undefined || judged === '?' ? 'unreviewed' : judged)
  }
  for (const annotation of annotations) {
    if (annotation.verdict !== 'true' && annotation.verdict !== 'miss') continue
    if (reported.has(`${annotation.line}:${annotation.column}:${annotation.text}`)) continue
    record(annotation.line, annotation.column, annotation.text, 'miss')
  }
}

const precision = (c) => (c.true + c.false + c.unreviewed === 0 ? '' : (c.true / (c.true + c.false + c.unreviewed)).toFixed(2))
const names = [...groups.keys()].sort((a, b) => (a.endsWith('  all') ? 1 : 0) - (b.endsWith('  all') ? 1 : 0) || a.localeCompare(b))
const rows = [[`lang  ${by.join(' / ')}`, ...columns, 'precision'], ...names.map((name) => [name, ...columns.map((column) => String(groups.get(name)[column])), precision(groups.get(name))])]
const widths = rows[0].map((_, index) => Math.max(...rows.map((row) => row[index].length)))
console.log(`${rule} on ${availableDocuments.length} documents${rounds.length > 0 ? ` (rounds ${rounds.join(', ')})` : ''}\n`)
for (const row of rows) console.log(row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  '))
if (args.includes('--list')) {
  console.log('')
  for (const entry of entries) console.log(`${entry.judged.padEnd(10)} ${entry.evidence} / ${entry.role} / ${entry.clause}  ${entry.document}:${entry.line}:${entry.column} «${entry.text}»`)
}
if (drop.length > 0) {
  console.log(`\nleaving out ${drop.map((cell) => `${cell.evidence}/${cell.role}`).join(', ')}:`)
  for (const language of ['ru', 'en']) {
    const before = {true: 0, false: 0, unreviewed: 0, debatable: 0, miss: 0}
    const after = {...before}
    for (const entry of entries) {
      if (entry.lang !== language) continue
      before[entry.judged]++
      // A true finding left out is missed; a false, debatable or unreviewed one is gone.
      if (entry.judged === 'miss' || !dropped(entry.evidence, entry.role)) after[entry.judged]++
      else if (entry.judged === 'true') after.miss++
    }
    const figures = (c) => `${c.true} true, ${c.false + c.unreviewed} false, ${c.debatable} debatable, ${c.miss} missed: precision ${precision(c) || '—'}, recall ${c.true + c.miss === 0 ? '—' : (c.true / (c.true + c.miss)).toFixed(2)}`
    console.log(`  ${language}  before ${figures(before)}\n      after  ${figures(after)}`)
  }
}
