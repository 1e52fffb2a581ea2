/**
 * Glossaries that compose: the built-in glossary by name (`reqlint:crm.ru`),
 * and a later glossary that updates or removes the entries of those merged
 * before it.
 */
import {describe, expect, it} from 'vitest'
import {builtinGlossary, builtinGlossaryName, DataError, loadGlossary, type Glossary} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {memoryHost} from './memory-host.js'

function load(files: Record<string, string>, names: string[] = ['g.yaml']): Glossary {
  return loadGlossary(names, memoryHost(files))
}

function entry(glossary: Glossary, term: string) {
  const found = glossary.entries.find((item) => item.term.value === term)
  return found && {
    term: found.term.value,
    abbreviations: found.abbreviations.map((named) => named.value),
    synonyms: found.synonyms.map((named) => named.value),
    avoid: found.avoid.map((named) => named.value),
    definition: found.definition,
    place: `${found.place.file}:${found.place.line}`
  }
}

function problem(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof DataError) return error.message
    throw error
  }
  throw new Error('no error')
}

describe('the built-in glossary by name', () => {
  it('is what extends reqlint:crm.ru brings in, placed at its name', () => {
    const glossary = load({'g.yaml': 'extends: [reqlint:crm.ru]\n'})
    expect(glossary.files).toEqual(['reqlint:crm.ru', 'g.yaml'])
    expect(glossary.entries).toHaveLength(builtinGlossary().entries.length)
    expect(entry(glossary, 'карточка клиента')?.place).toBe('reqlint:crm.ru:122')
    expect(builtinGlossaryName).toBe('reqlint:crm.ru')
  })

  it('can be named directly, and an unknown name fails at the extends that names it', () => {
    expect(load({}, ['reqlint:crm.ru']).entries).toHaveLength(builtinGlossary().entries.length)
    expect(problem(() => load({'g.yaml': 'extends:\n  - reqlint:crm.en\n'}))).toBe(
      'g.yaml:2:5: cannot read glossary reqlint:crm.en: no such built-in glossary (built-in: reqlint:crm.ru)'
    )
  })
})

describe('a later glossary overrides an earlier one', () => {
  const project = 'extends: [reqlint:crm.ru]\nremove: [коробочная версия]\nterms:\n  - term: карточка клиента\n    synonyms: [карточка контрагента]\n'

  it('adds synonyms to an entry of the same term, keeping its definition, and removes entries by term', () => {
    const glossary = load({'g.yaml': project})
    expect(entry(glossary, 'карточка клиента')).toEqual({
      term: 'карточка клиента',
      abbreviations: [],
      synonyms: ['карточка контрагента'],
      avoid: [],
      definition: 'Экранная форма CRM-системы, где по одному клиенту видны его данные и вся история работы с ним.',
      place: 'g.yaml:4'
    })
    expect(entry(glossary, 'коробочная версия')).toBeUndefined()
    expect(glossary.entries).toHaveLength(builtinGlossary().entries.length - 1)
  })

  it('lints a document as one concept under two names, with the rest of the built-in glossary intact', () => {
    const text = 'Карточка клиента открыта. Карточка контрагента закрыта. Бэкап и резервное копирование через API. Коробка и коробочная версия.\n'
    const findings = lintFile(text, {glossary: load({'g.yaml': project})}).messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)
    expect(findings).toEqual(['1:27 inconsistent-term Карточка контрагента', '1:57 inconsistent-term Бэкап'])
  })

  it('replaces the definition, moves a name to the role the later file gives it, and replaces a removed entry written anew', () => {
    const glossary = load({
      'base.yaml': 'terms:\n  - term: лид\n    abbreviation: LD\n    synonyms: [lead, зацепка]\n    definition: old\n  - term: сделка\n    synonyms: [deal]\n',
      'g.yaml': 'extends: [./base.yaml]\nremove: [сделка]\nterms:\n  - term: Лид\n    avoid: [зацепка]\n    definition: new\n  - term: сделка\n'
    })
    expect(entry(glossary, 'Лид')).toEqual({term: 'Лид', abbreviations: ['LD'], synonyms: ['lead'], avoid: ['зацепка'], definition: 'new', place: 'g.yaml:4'})
    expect(entry(glossary, 'сделка')).toEqual({term: 'сделка', abbreviations: [], synonyms: [], avoid: [], definition: undefined, place: 'g.yaml:7'})
  })

  it('refuses a remove that names no earlier entry, a duplicate term within one file, and says how to take a name over', () => {
    expect(problem(() => load({'g.yaml': 'extends: [reqlint:crm.ru]\nremove: [карточка клиенты]\n'}))).toBe(
      'g.yaml:2:10: `remove`: no glossary merged before this one has an entry with the term «карточка клиенты»'
    )
    expect(problem(() => load({'g.yaml': 'terms:\n  - term: лид\n  - term: лид\n'}))).toBe(
      'g.yaml:3:11: «лид» is already a term of the entry «лид» (g.yaml:2:11); a name may belong to one entry only'
    )
    expect(problem(() => load({'g.yaml': 'extends: [reqlint:crm.ru]\nterms:\n  - term: контрагент\n    synonyms: [карточка клиента]\n'}))).toBe(
      'g.yaml:4:16: «карточка клиента» is already a term of the entry «карточка клиента» (reqlint:crm.ru:122:11); a name may belong to one entry only (a later glossary can `remove: [карточка клиента]` or update that entry by its term)'
    )
  })
})
