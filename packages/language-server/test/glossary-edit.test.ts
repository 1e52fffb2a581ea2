/**
 * Editing a project glossary from a code action: one insertion, every other
 * byte (comments, quoting, blank lines) as the user wrote it, and the result a
 * glossary that loads with the names where they were meant to go.
 */
import {parseGlossaryFile} from '@reqlint/core'
import {describe, expect, it} from 'vitest'
import {addAbbreviation, addDistinct, addName, type TextChange} from '../src/glossary-edit.js'

const apply = (text: string, change: TextChange | undefined): string => {
  expect(change).toBeDefined()
  return text.slice(0, change!.start) + change!.text + text.slice(change!.end)
}

/** The entries of a glossary text as term → its synonyms and avoided names. */
function entries(text: string): Record<string, {synonyms: string[]; avoid: string[]}> {
  const file = parseGlossaryFile('glossary.yaml', text)
  return Object.fromEntries(
    file.entries.map((entry) => [entry.term.value, {synonyms: entry.synonyms.map((name) => name.value), avoid: entry.avoid.map((name) => name.value)}])
  )
}

const glossary = `# The project's glossary.
language: ru
terms:
  - term: коробочная версия   # as the contract says
    synonyms: [коробка]
  - term: техническое задание
    abbreviation: ТЗ
    avoid:
      - тех. задание

  # Roles
  - term: пользователь
    definition: Сотрудник заказчика с учётной записью.
abbreviations: [ГОСТ, CRM] # known without a definition
`

describe('addName', () => {
  it('adds a synonym to a flow list, keeping the comments', () => {
    const result = apply(glossary, addName(glossary, 'коробочная версия', 'коробочное решение', 'synonyms'))
    expect(result).toBe(glossary.replace('synonyms: [коробка]', 'synonyms: [коробка, коробочное решение]'))
    expect(entries(result)['коробочная версия']).toEqual({synonyms: ['коробка', 'коробочное решение'], avoid: []})
  })

  it('adds an avoided name to a block list on a line of its own', () => {
    const result = apply(glossary, addName(glossary, 'техническое задание', 'техзадание', 'avoid'))
    expect(result).toBe(glossary.replace('      - тех. задание\n', '      - тех. задание\n      - техзадание\n'))
    expect(entries(result)['техническое задание']!.avoid).toEqual(['тех. задание', 'техзадание'])
  })

  it('adds the key to an entry that has none, indented as its term, before the blank line and comment that follow', () => {
    const result = apply(glossary, addName(glossary, 'пользователь', 'юзер', 'avoid'))
    expect(result).toBe(glossary.replace('Сотрудник заказчика с учётной записью.\n', 'Сотрудник заказчика с учётной записью.\n    avoid: [юзер]\n'))
    expect(entries(result)['пользователь']).toEqual({synonyms: [], avoid: ['юзер']})
  })

  it('adds an entry at the end of terms when the term has none', () => {
    const result = apply(glossary, addName(glossary, 'договор', 'контракт', 'synonyms'))
    expect(result).toBe(glossary.replace('abbreviations:', '  - term: договор\n    synonyms: [контракт]\nabbreviations:'))
    expect(entries(result)['договор']).toEqual({synonyms: ['контракт'], avoid: []})
    expect(Object.keys(entries(result))).toHaveLength(4)
  })

  it('adds terms to a glossary that has none, and quotes what YAML would read otherwise', () => {
    const text = 'abbreviations: [ГОСТ]'
    const result = apply(text, addName(text, 'журнал', 'yes', 'avoid'))
    expect(result).toBe('abbreviations: [ГОСТ]\nterms:\n  - term: журнал\n    avoid: ["yes"]\n')
    expect(entries(result)).toEqual({журнал: {synonyms: [], avoid: ['yes']}})
  })

  it('offers nothing when the entry lists the name in either role, or the file is no glossary of that shape', () => {
    expect(addName(glossary, 'коробочная версия', 'коробка', 'synonyms')).toBeUndefined()
    expect(addName(glossary, 'коробочная версия', 'коробка', 'avoid')).toBeUndefined()
    expect(addName(glossary, 'техническое задание', 'тех. задание', 'synonyms')).toBeUndefined()
    expect(addName('terms: {a: b}\n', 'договор', 'контракт', 'synonyms')).toBeUndefined()
    expect(addName('terms: [\n', 'договор', 'контракт', 'synonyms')).toBeUndefined()
    expect(addName('- a\n', 'договор', 'контракт', 'synonyms')).toBeUndefined()
  })

  it('offers nothing that would give a name two entries (the glossary check would refuse the file)', () => {
    // «коробка» is the synonym of another entry; «тех. задание» a term's avoided name.
    expect(addName(glossary, 'пользователь', 'коробка', 'synonyms')).toBeUndefined()
    expect(addName(glossary, 'коробка', 'коробочка', 'synonyms')).toBeUndefined()
    expect(addName(glossary, 'тех. задание', 'техзадание', 'avoid')).toBeUndefined()
  })
})

describe('addDistinct', () => {
  it('starts a list of groups, adds a group to one, and offers nothing for a declared pair or a flat group', () => {
    const started = apply(glossary, addDistinct(glossary, ['черновик', 'документ']))
    expect(started).toBe(`${glossary}distinct:\n  - [черновик, документ]\n`)
    expect(parseGlossaryFile('glossary.yaml', started).distinct?.map((group) => group.map((name) => name.value))).toEqual([['черновик', 'документ']])
    const second = apply(started, addDistinct(started, ['сеанс', 'сессия']))
    expect(second).toBe(`${glossary}distinct:\n  - [черновик, документ]\n  - [сеанс, сессия]\n`)
    expect(parseGlossaryFile('glossary.yaml', second).distinct).toHaveLength(2)
    expect(addDistinct(second, ['документ', 'черновик'])).toBeUndefined()
    expect(addDistinct('distinct: [черновик, документ]\n', ['сеанс', 'сессия'])).toBeUndefined()
  })
})

describe('addAbbreviation', () => {
  it('adds to a flow list, a block list, or a new list', () => {
    expect(apply(glossary, addAbbreviation(glossary, 'ПМИ'))).toBe(glossary.replace('[ГОСТ, CRM]', '[ГОСТ, CRM, ПМИ]'))
    const block = 'abbreviations:\n  - ГОСТ # standard\n  - CRM\n'
    expect(apply(block, addAbbreviation(block, 'ПМИ'))).toBe('abbreviations:\n  - ГОСТ # standard\n  - CRM\n  - ПМИ\n')
    expect(apply('language: ru', addAbbreviation('language: ru', 'ПМИ'))).toBe('language: ru\nabbreviations: [ПМИ]\n')
    expect(addAbbreviation(glossary, 'ГОСТ')).toBeUndefined()
  })
})
