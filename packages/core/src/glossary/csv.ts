/**
 * CSV glossaries, because spreadsheets are where many glossaries live:
 * a header row naming the columns `term,abbreviation,definition,synonyms,avoid`
 * (any order; `term` required), RFC 4180 quoting, `;` between list items.
 */
import {DataError, refuseLargeData} from '../data-error.js'
import {coreMessage} from '../problem-texts.js'
import {tokenOf} from '../texts.js'
import type {GlossaryEntry, Named} from './model.js'
import type {GlossaryFile} from './parse.js'

const columns = ['term', 'abbreviation', 'definition', 'synonyms', 'avoid'] as const
type Column = (typeof columns)[number]

interface Cell {
  readonly value: string
  readonly line: number
  readonly column: number
}

export function parseCsvGlossary(file: string, text: string): GlossaryFile {
  refuseLargeData(file, text)
  const rows = readRows(file, text).filter((row) => row.some((cell) => cell.value.trim() !== ''))
  const header = rows.shift()
  if (!header) throw new DataError(file, 1, 1, coreMessage('glossary-empty', {}))

  const indexOf = new Map<Column, number>()
  header.forEach((cell, index) => {
    const name = cell.value.trim().toLowerCase()
    if (!(columns as readonly string[]).includes(name)) {
      throw new DataError(file, cell.line, cell.column, coreMessage('unknown-column', {column: tokenOf(cell.value.trim()), expected: columns}))
    }
    if (indexOf.has(name as Column)) throw new DataError(file, cell.line, cell.column, coreMessage('column-twice', {column: name}))
    indexOf.set(name as Column, index)
  })
  if (!indexOf.has('term')) {
    const first = header[0]!
    throw new DataError(file, first.line, first.column, coreMessage('header-needs-term', {}))
  }

  const entries: GlossaryEntry[] = rows.map((row) => {
    const first = row[0]!
    if (row.length > header.length) {
      const extra = row[header.length]!
      throw new DataError(file, extra.line, extra.column, coreMessage('row-too-long', {cells: row.length, header: header.length}))
    }
    const cell = (name: Column): Cell | undefined => {
      const index = indexOf.get(name)
      return index === undefined ? undefined : row[index]
    }
    const list = (name: Column): Named[] => {
      const found = cell(name)
      if (!found) return []
      return found.value
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((value) => ({value, place: {file, line: found.line, column: found.column}}))
    }
    const term = cell('term')
    if (!term || term.value.trim() === '') {
      throw new DataError(file, first.line, first.column, coreMessage('row-empty-term', {}))
    }
    const definition = cell('definition')?.value.trim()
    return {
      term: {value: term.value.trim(), place: {file, line: term.line, column: term.column}},
      abbreviations: list('abbreviation'),
      definition: definition === undefined || definition === '' ? undefined : definition,
      synonyms: list('synonyms'),
      avoid: list('avoid'),
      place: {file, line: first.line, column: first.column}
    }
  })

  return {
    file,
    language: undefined,
    extends: [],
    remove: [],
    entries,
    abbreviations: [],
    builtinAbbreviations: undefined,
    ambiguous: {add: [], remove: []}
  }
}

function readRows(file: string, text: string): Cell[][] {
  const rows: Cell[][] = []
  let row: Cell[] = []
  let line = 1
  let column = 1
  let index = 0
  while (index <= text.length) {
    const startLine = line
    const startColumn = column
    let value = ''
    if (text[index] === '"') {
      index++
      column++
      for (;;) {
        if (index >= text.length) throw new DataError(file, startLine, startColumn, coreMessage('unclosed-quote', {}))
        const char = text[index]!
        if (char === '"') {
          if (text[index + 1] === '"') {
            value += '"'
            index += 2
            column += 2
            continue
          }
          index++
          column++
          break
        }
        value += char
        index++
        if (char === '\n') {
          line++
          column = 1
        } else column++
      }
      if (index < text.length && text[index] !== ',' && text[index] !== '\n' && text[index] !== '\r') {
        throw new DataError(file, line, column, coreMessage('text-after-quote', {}))
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\n' && text[index] !== '\r') {
        value += text[index]
        index++
        column++
      }
    }
    row.push({value, line: startLine, column: startColumn})
    if (text[index] === ',') {
      index++
      column++
      continue
    }
    if (text[index] === '\r') index++
    if (text[index] === '\n') index++
    rows.push(row)
    row = []
    line++
    column = 1
    if (index >= text.length) break
  }
  return rows
}
