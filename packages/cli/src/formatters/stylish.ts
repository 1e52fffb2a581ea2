/**
 * The default report, for people: per file, one row per finding with its
 * place, severity, reason and rule, as ESLint's stylish prints them. On a
 * terminal the reason wraps under itself to fit the width, as Vale does, so a
 * finding never spills its rule id onto a row of its own; elsewhere (a pipe, a
 * file, tests) nothing wraps and the report is the same on every machine. The
 * summary is not part of it: reqlint prints one line on standard error.
 *
 * It is read by people, and in CI by the runner too: GitHub runs any line of a
 * step's output that starts with `::`. File names, reasons (which quote the
 * document and the glossary), rule ids, causes and hints are printed with their
 * control characters and line breaks escaped (`\n`, `\u001b`), so that a file
 * named `cmd\n::error file=x::y.md` or a term holding `\e[31m` stays on its own
 * line and sends nothing to the terminal. The colours are added after.
 */
import stringWidth from 'string-width'
import type {VFile} from 'vfile'
import {localeOf} from '../messages.js'
import {levelOf, printable, regionOf, reportPath, type Level, type Message} from './common.js'
import type {Formatter} from './index.js'

/** The report's own words, in the locale of the file's messages. */
const words = {
  en: {clean: 'no issues found', cause: '[cause]', hint: '[hint]', error: 'error', warning: 'warning', info: 'info'},
  ru: {clean: 'замечаний нет', cause: '[см. также]', hint: '[совет]', error: 'ошибка', warning: 'предупреждение', info: 'сведения'}
} as const

/** The narrowest the reason column gets, however deep the indentation: below this a reason is a column of words. */
const minimumReasonWidth = 30

export const stylish: Formatter = (files, options) => {
  const paint = options.color ? ansi : plain
  return files.map((file) => fileReport(file, options.cwd, options.width, options.verbose === true, paint)).join('\n')
}

function fileReport(file: VFile, cwd: string, width: number | undefined, verbose: boolean, paint: Paint): string {
  const name = printable(reportPath(file, cwd) ?? '<stdin>')
  const say = words[localeOf(file)]
  if (file.messages.length === 0) return `${paint.path(name)}: ${say.clean}\n`
  const rows = file.messages.map((message) => ({message, location: locationOf(message), level: levelOf(message)}))
  const locationWidth = Math.max(...rows.map((row) => row.location.length))
  const levelWidth = Math.max(...rows.map((row) => say[row.level].length))
  const indent = 2 + locationWidth + 2 + levelWidth + 2
  const reasonWidth = width === undefined ? undefined : Math.max(width - indent, minimumReasonWidth)
  const lines = [paint.path(name)]
  for (const {message, location, level} of rows) {
    const rule = printable(message.ruleId ?? '')
    const reason = wrap(printable(message.reason), reasonWidth)
    // The rule id closes the reason's last row when it fits there, else it gets the next row.
    const last = reason.length - 1
    const withRule = rule === '' ? undefined : `${reason[last]!}  ${rule}`
    const ruleFits = withRule !== undefined && (reasonWidth === undefined || stringWidth(withRule) <= reasonWidth)
    const head = `  ${location.padEnd(locationWidth)}  ${paint[level](say[level].padEnd(levelWidth))}  `
    reason.forEach((text, index) => {
      const closing = index === last && ruleFits ? `${text}  ${paint.rule(rule)}` : text
      lines.push(`${index === 0 ? head : ' '.repeat(indent)}${closing}`.trimEnd())
    })
    if (rule !== '' && !ruleFits) lines.push(' '.repeat(indent) + paint.rule(rule))
    const related = message.cause instanceof Error ? printable(message.cause.message) : undefined
    if (related !== undefined) for (const text of wrap(`${say.cause}: ${related}`, reasonWidth)) lines.push(' '.repeat(indent) + text)
    if (verbose && message.note !== undefined) for (const text of wrap(`${say.hint}: ${printable(message.note)}`, reasonWidth)) lines.push(' '.repeat(indent) + paint.note(text))
  }
  return lines.join('\n') + '\n'
}

/** `line:column` of the start, as ESLint and Vale print it; empty for a problem of the whole file. */
function locationOf(message: Message): string {
  const region = regionOf(message)
  return region ? `${region.startLine}:${region.startColumn}` : ''
}

/**
 * Breaks text at spaces into rows of at most `width` terminal columns (a word
 * longer than that keeps its own row whole: a broken URL or name could not be
 * copied); one row when there is no width. Line breaks in a reason are spaces.
 */
export function wrap(text: string, width: number | undefined): string[] {
  const words = text.split(/[ \n]+/u).filter((word) => word !== '')
  if (width === undefined) return [words.join(' ')]
  const rows: string[] = []
  let row = ''
  let rowWidth = 0
  for (const word of words) {
    const wordWidth = stringWidth(word)
    if (row !== '' && rowWidth + 1 + wordWidth > width) {
      rows.push(row)
      row = word
      rowWidth = wordWidth
    } else {
      row = row === '' ? word : `${row} ${word}`
      rowWidth = row === word ? wordWidth : rowWidth + 1 + wordWidth
    }
  }
  return [...rows, row]
}

type Paint = Record<Level | 'path' | 'rule' | 'note', (text: string) => string>

const plain: Paint = {error: same, warning: same, info: same, path: same, rule: same, note: same}

const ansi: Paint = {
  error: (text) => `\u001B[31m${text}\u001B[39m`,
  warning: (text) => `\u001B[33m${text}\u001B[39m`,
  info: same,
  path: (text) => `\u001B[4m${text}\u001B[24m`,
  rule: (text) => `\u001B[2m${text}\u001B[22m`,
  note: (text) => `\u001B[2m${text}\u001B[22m`
}

function same(text: string): string {
  return text
}
