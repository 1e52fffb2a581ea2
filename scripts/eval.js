// Precision and recall of every rule on real requirements documents, measured
// against a reviewer's annotations (fixtures/eval/). The documents are linted
// the way a user lints them — the built CLI, default set-up, JSON report — and
// each finding is looked up in its document's annotation file.
//
// Usage: pnpm eval [--list] [--write-unreviewed] [--without <signal>[,<signal>]] [--only <id>[,<id>]]
//   --list              print every false, unreviewed and missed finding
//   --write-unreviewed  append each finding no annotation covers to its
//                       document's annotation file with the verdict `?`, for a
//                       reviewer to settle
//   --without           lint in process with these signals of the requirements
//                       model switched off (sections, headings, negation,
//                       permissions, identifiers, userStories, requirementLists,
//                       paragraphs, rfc2119, examples, proseSentences,
//                       labels, delivered, clauses),
//                       to measure what each does (docs/requirements-model.md)
//   --only              only these documents (ids of documents.tsv): one round's,
//                       to see whether a change carries over to documents it was
//                       not made from (fixtures/eval/README.md)
//
// The module also exports `evaluate()`, which test/eval.test.ts asserts on.
import fs from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const evalDir = path.join(root, 'fixtures/eval')

/** @typedef {'true' | 'false' | 'debatable' | 'miss' | '?'} Verdict */
/**
 * @typedef {object} Annotation
 * @property {Verdict} verdict
 * @property {number} line
 * @property {number} column
 * @property {string} rule
 * @property {string} text
 * @property {string} kind  a rule's own sub-class (`-` when the rule has none)
 * @property {string} note
 */

const verdicts = new Set(['true', 'false', 'debatable', 'miss', '?'])

/** The documents of fixtures/eval/documents.tsv, with their absolute path. */
export function documents() {
  const [header, ...rows] = fs.readFileSync(path.join(evalDir, 'documents.tsv'), 'utf8').trimEnd().split('\n')
  const columns = header.split('\t')
  return rows.map((row) => {
    const cells = row.split('\t')
    const document = Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']))
    return {...document, absolute: path.resolve(root, document.file)}
  })
}

/**
 * The annotations of one document: every `annotations/<id>.<rule>.tsv`, lines
 * `verdict line column rule text kind note`, tab-separated. One file per rule
 * lets reviewers of different rules work without touching each other's files.
 */
export function readAnnotations(id) {
  const dir = path.join(evalDir, 'annotations')
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${id}.`) && name.endsWith('.tsv'))
    .sort()
    .flatMap((name) => readAnnotationFile(path.join(dir, name)))
}

function readAnnotationFile(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => [line, index + 1])
    .filter(([line]) => line.trim() !== '' && !line.startsWith('#'))
    .map(([line, number]) => {
      const [verdict, row, column, rule, text, kind = '-', note = ''] = line.split('\t')
      if (!verdicts.has(verdict) || !/^\d+$/.test(row) || !/^\d+$/.test(column) || !rule || text === undefined) {
        throw new Error(`${path.relative(root, file)}:${number}: expected «verdict\\tline\\tcolumn\\trule\\ttext[\\tkind[\\tnote]]»`)
      }
      return {verdict, line: Number(row), column: Number(column), rule, text, kind, note}
    })
}

function key(line, column, rule, text) {
  return `${line}:${column} ${rule} «${text.replace(/\s*\n\s*/g, ' ')}»`
}

/** Lints the documents in process with some requirement signals off, as the CLI would with its defaults. */
async function lintWithout(files, off) {
  const core = await import('@reqlint/core')
  const signals = {...core.allSignals}
  for (const name of off) {
    if (!(name in signals)) throw new Error(`unknown signal \`${name}\` (signals: ${Object.keys(signals).join(', ')})`)
    signals[name] = false
  }
  return new Map(
    files.map((file) => {
      const text = readDocumentText(file)
      // Messages as a vfile holds them (the reason in the document's language), as the CLI reports them.
      const linted = new VFile(text)
      const {findings, language} = core.lint(linted, {glossary: core.builtinGlossary(), requirementSignals: signals})
      core.addMessages(linted, findings, language)
      return [file, linted.messages.map((message) => ({line: message.line, column: message.column, ruleId: message.ruleId, actual: message.actual, reason: message.reason}))]
    })
  )
}

/** Lints the documents with the built CLI; returns its JSON report keyed by absolute path. */
function lint(files) {
  const result = spawnSync(process.execPath, [path.join(root, 'packages/cli/bin/reqlint.js'), '--format', 'json', ...files], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status === 2 || !result.stdout) throw new Error(`reqlint failed: ${result.stderr}`)
  return new Map(JSON.parse(result.stdout).map((file) => [path.resolve(root, file.path), file.messages]))
}

function emptyCount() {
  return {findings: 0, true: 0, false: 0, debatable: 0, unreviewed: 0, missed: 0}
}

/** Precision counts debatable findings on neither side; an unreviewed finding counts as false. */
/** A document's text as the CLI decodes it: UTF-8, or Windows-1251 for a file that is not valid UTF-8; no BOM. */
export function readDocumentText(file) {
  const bytes = fs.readFileSync(file)
  let text
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    text = new TextDecoder('windows-1251').decode(bytes)
  }
  return text.replace(/^\uFEFF/u, '')
}

export function precision(count) {
  const judged = count.true + count.false + count.unreviewed
  return judged === 0 ? 1 : count.true / judged
}

export function recall(count) {
  const wanted = count.true + count.missed
  return wanted === 0 ? 1 : count.true / wanted
}

/**
 * Lints every available document and compares its findings with the annotations.
 * Returns counts per `rule/lang` and per `rule/lang/kind`, and the findings that
 * need a reader: false, unreviewed, missed.
 */
export async function evaluate({without = [], only = []} = {}) {
  const every = documents()
  const unknown = only.filter((id) => !every.some((document) => document.id === id))
  if (unknown.length > 0) throw new Error(`--only: no document ${unknown.join(', ')} in documents.tsv`)
  const all = only.length === 0 ? every : every.filter((document) => only.includes(document.id))
  const available = all.filter((document) => fs.existsSync(document.absolute))
  const files = available.map((document) => document.absolute)
  const report = without.length === 0 ? lint(files) : await lintWithout(files, without)
  /** @type {Map<string, ReturnType<typeof emptyCount>>} */
  const counts = new Map()
  const count = (name) => {
    if (!counts.has(name)) counts.set(name, emptyCount())
    return counts.get(name)
  }
  const listed = {false: [], unreviewed: [], missed: []}
  for (const document of available) {
    const annotations = readAnnotations(document.id)
    const byKey = new Map(annotations.map((annotation) => [key(annotation.line, annotation.column, annotation.rule, annotation.text), annotation]))
    const reported = new Set()
    for (const message of report.get(document.absolute) ?? []) {
      if (message.line === undefined) continue
      const found = key(message.line, message.column, message.ruleId, message.actual ?? '')
      reported.add(found)
      const annotation = byKey.get(found)
      const verdict = annotation === undefined || annotation.verdict === '?' ? 'unreviewed' : annotation.verdict === 'miss' ? 'true' : annotation.verdict
      const names = [`${message.ruleId}/${document.lang}`, `all/${document.lang}`]
      if (annotation && annotation.kind !== '-') names.push(`${message.ruleId}/${document.lang}/${annotation.kind}`)
      for (const name of names) {
        count(name).findings++
        count(name)[verdict]++
      }
      // `annotated`: a `?` row already written, which a second --write-unreviewed must not append again.
      const entry = {document: document.id, line: message.line, column: message.column, rule: message.ruleId, text: message.actual ?? '', kind: kindOf(message), note: annotation?.note ?? '', reason: message.reason, annotated: annotation !== undefined}
      if (verdict === 'false') listed.false.push(entry)
      if (verdict === 'unreviewed') listed.unreviewed.push(entry)
    }
    for (const annotation of annotations) {
      if (annotation.verdict !== 'true' && annotation.verdict !== 'miss') continue
      if (reported.has(key(annotation.line, annotation.column, annotation.rule, annotation.text))) continue
      const names = [`${annotation.rule}/${document.lang}`, `all/${document.lang}`]
      if (annotation.kind !== '-') names.push(`${annotation.rule}/${document.lang}/${annotation.kind}`)
      for (const name of names) count(name).missed++
      listed.missed.push({document: document.id, ...annotation})
    }
  }
  return {documents: all.length, available: available.length, counts, listed, report, availableDocuments: available}
}

/** The variant detectors of inconsistent-term, whose message ids name the finding's kind. */
const variantKinds = new Set(['spelling', 'look-alike', 'compound', 'transliteration', 'document', 'lexicon'])

/** A finding's kind for its annotation row: inconsistent-term's detector (`glossary` for the glossary's names), `-` for the other rules. */
function kindOf(message) {
  if (message.ruleId !== 'inconsistent-term') return '-'
  return variantKinds.has(message.messageId) ? message.messageId : 'glossary'
}

function percent(value) {
  return value.toFixed(2)
}

function printTable(counts) {
  const names = [...counts.keys()].sort()
  const rows = [['rule/lang[/kind]', 'findings', 'true', 'false', 'debatable', 'unreviewed', 'missed', 'precision', 'recall']]
  for (const name of names) {
    const c = counts.get(name)
    rows.push([name, c.findings, c.true, c.false, c.debatable, c.unreviewed, c.missed, percent(precision(c)), percent(recall(c))].map(String))
  }
  const widths = rows[0].map((_, index) => Math.max(...rows.map((row) => row[index].length)))
  for (const row of rows) console.log(row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join('  '))
}

function appendUnreviewed(unreviewed) {
  const byFile = new Map()
  const fresh = unreviewed.filter((entry) => !entry.annotated)
  for (const entry of fresh) {
    const name = `${entry.document}.${entry.rule}.tsv`
    byFile.set(name, [...(byFile.get(name) ?? []), entry])
  }
  for (const [name, entries] of byFile) {
    const file = path.join(evalDir, 'annotations', name)
    const lines = entries.map((entry) => ['?', entry.line, entry.column, entry.rule, entry.text.replace(/\s*\n\s*/g, ' '), entry.kind, ''].join('\t'))
    const head = fs.existsSync(file) ? '' : '# verdict\tline\tcolumn\trule\ttext\tkind\tnote\n'
    fs.appendFileSync(file, head + lines.join('\n') + '\n')
  }
  console.log(`\nappended ${fresh.length} unreviewed findings with the verdict «?»`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const withoutAt = args.indexOf('--without')
  const without = withoutAt === -1 ? [] : (args[withoutAt + 1] ?? '').split(',').filter(Boolean)
  const onlyAt = args.indexOf('--only')
  const only = onlyAt === -1 ? [] : (args[onlyAt + 1] ?? '').split(',').filter(Boolean)
  const result = await evaluate({without, only})
  console.log(`eval: ${result.available} of ${result.documents} documents available\n`)
  printTable(result.counts)
  if (args.includes('--list')) {
    for (const [what, entries] of Object.entries(result.listed)) {
      if (entries.length === 0) continue
      console.log(`\n${what}:`)
      for (const e of entries) console.log(`  ${e.document}:${e.line}:${e.column} ${e.rule} «${e.text}»${e.note ? ` — ${e.note}` : ''}`)
    }
  } else {
    const c = result.listed
    console.log(`\n${c.false.length} false, ${c.unreviewed.length} unreviewed, ${c.missed.length} missed (--list prints them)`)
  }
  if (args.includes('--write-unreviewed')) appendUnreviewed(result.listed.unreviewed)
}
