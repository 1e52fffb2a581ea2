import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {builtinGlossary, DataError, loadGlossary, parseGlossaryFile} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {memoryHost} from './memory-host.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const fixtures = path.join(root, 'fixtures/glossaries')

function errorOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(DataError)
    return (error as Error).message
  }
  throw new Error('expected a DataError')
}

describe('glossary loader: good files', () => {
  it('reads YAML with extends, merging the base first', () => {
    const glossary = loadGlossaryFiles([path.join(fixtures, 'project.yaml')])
    expect(glossary.language).toBe('ru')
    expect(glossary.files.map((file) => path.basename(file))).toEqual(['base.yaml', 'project.yaml'])
    expect(glossary.entries.map((entry) => entry.term.value)).toEqual(['техническое задание', 'лид'])
    const tz = glossary.entries[0]!
    expect(tz.abbreviations.map((named) => named.value)).toEqual(['ТЗ'])
    expect(tz.synonyms.map((named) => named.value)).toEqual(['технические требования'])
    expect(tz.avoid.map((named) => named.value)).toEqual(['тех. задание'])
    expect(tz.term.place).toEqual({file: path.join(fixtures, 'base.yaml'), line: 3, column: 11})
    expect(glossary.abbreviations.map((named) => named.value)).toEqual(['ГОСТ', 'РФ'])
    expect(glossary.ambiguous.add.map((named) => named.value)).toEqual(['в разумные сроки'])
    expect(glossary.ambiguous.remove.map((named) => named.value)).toEqual(['несколько'])
  })

  it('reads CSV with quoted cells, escaped quotes and ; lists', () => {
    const glossary = loadGlossaryFiles([path.join(fixtures, 'terms.csv')])
    expect(glossary.entries).toHaveLength(3)
    const [box, edo, pmi] = glossary.entries
    expect(box!.term.value).toBe('коробочная версия')
    expect(box!.synonyms.map((named) => named.value)).toEqual(['коробка'])
    expect(box!.definition).toBe('Версия, которая ставится на серверы заказчика.')
    expect(edo!.abbreviations.map((named) => named.value)).toEqual(['ЭДО'])
    expect(edo!.avoid[0]!.place).toMatchObject({line: 3, column: 72})
    expect(pmi!.definition).toBe('Документ, по которому проводят испытания; "ПМИ" в просторечии.')
  })

  it('reads JSON', () => {
    const glossary = loadGlossaryFiles([path.join(fixtures, 'terms.json')])
    expect(glossary.language).toBe('en')
    expect(glossary.entries[0]!.synonyms[0]!.value).toBe('opportunity')
  })

  it('accepts a BOM', () => {
    const file = parseGlossaryFile('bom.yaml', '\uFEFFterms:\n  - term: лид\n')
    expect(file.entries[0]!.term.value).toBe('лид')
  })
})

describe('glossary distinct', () => {
  it('reads one list or a list of lists, merged across extends', () => {
    const glossary = loadGlossary(
      ['g.yaml'],
      memoryHost({'g.yaml': 'extends: [base.yaml]\ndistinct: [черновик, документ]\n', 'base.yaml': 'distinct:\n  - [сеанс, сессия]\n  - [A, B, C]\n'})
    )
    expect(glossary.distinct?.map((list) => list.map((named) => named.value))).toEqual([['сеанс', 'сессия'], ['A', 'B', 'C'], ['черновик', 'документ']])
    expect(glossary.distinct?.[2]?.[1]?.place).toEqual({file: 'g.yaml', line: 2, column: 22})
  })
})

describe('glossary loader: bad files', () => {
  const cases: Array<[string, string, string]> = [
    ['unknown top-level key', 'language: ru\nterm: лид\n', 'g.yaml:2:1: unknown key `term` in the glossary (expected one of: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)'],
    ['unknown entry key', 'terms:\n  - term: лид\n    synonym: [lead]\n', 'g.yaml:3:5: unknown key `synonym` in a term entry (expected one of: term, abbreviation, definition, synonyms, avoid, context)'],
    ['entry without term', 'terms:\n  - definition: нечто\n', 'g.yaml:2:5: a term entry needs a `term`'],
    ['unknown language', 'language: de\n', 'g.yaml:1:11: unknown language `de` (expected ru or en)'],
    ['invalid YAML', 'terms:\n  - term: [лид\n', 'g.yaml:3:1:'],
    ['terms not a list', 'terms: лид\n', 'g.yaml:1:8: expected `terms` to be a list'],
    ['empty term', 'terms:\n  - term: ""\n', 'g.yaml:2:11: expected `term` to be a non-empty string'],
    ['duplicate key', 'terms:\n  - term: лид\n    term: сделка\n', 'g.yaml:3:5:'],
    ['empty file', '', 'g.yaml:1:1: the glossary is empty'],
    [
      'one name in two entries (ё = е, any case)',
      'terms:\n  - term: счёт\n  - term: сделка\n    synonyms: [Счет]\n',
      'g.yaml:4:16: «Счет» is already a term of the entry «счёт» (g.yaml:2:11); a name may belong to one entry only'
    ],
    [
      'an abbreviation that is another entry’s name',
      'terms:\n  - term: CRM\n  - term: система управления\n    abbreviation: CRM\n',
      'g.yaml:4:19: abbreviation «CRM» is also a term of the entry «CRM» (g.yaml:2:11)'
    ],
    ['alias instead of a string', 'a: &x лид\nterms:\n  - term: *x\n', 'g.yaml:1:1: unknown key `a`'],
    ['distinct with one name', 'distinct: [черновик]\n', 'g.yaml:1:11: `distinct` needs two names or more'],
    ['distinct lists with one name', 'distinct:\n  - [черновик, документ]\n  - [сеанс]\n', 'g.yaml:3:5: `distinct` needs two names or more'],
    ['distinct not a list', 'distinct: черновик\n', 'g.yaml:1:11: expected `distinct` to be a list']
  ]
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const message = errorOf(() => loadGlossary(['g.yaml'], memoryHost({'g.yaml': text})))
      expect(message.startsWith(expected)).toBe(true)
      expect(message).not.toContain('\n')
    })
  }

  it('allows one abbreviation in several entries (several meanings)', () => {
    const glossary = loadGlossary(
      ['g.yaml'],
      memoryHost({'g.yaml': 'terms:\n  - term: Sales Qualified Lead\n    abbreviation: SQL\n  - term: язык запросов\n    abbreviation: SQL\n'})
    )
    expect(glossary.entries).toHaveLength(2)
  })

  it('reports a missing extends at the place that names it', () => {
    expect(errorOf(() => loadGlossary(['g.yaml'], memoryHost({'g.yaml': 'extends: [./base.yaml]\n'})))).toBe(
      'g.yaml:1:11: cannot read glossary base.yaml: ENOENT'
    )
  })

  it('reports an extends cycle', () => {
    const host = memoryHost({'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n'})
    expect(errorOf(() => loadGlossary(['a.yaml'], host))).toBe('b.yaml:1:10: `extends` makes a cycle: a.yaml → b.yaml → a.yaml')
  })

  it('reports CSV problems with line and column', () => {
    const host = memoryHost({
      'bad-column.csv': 'term,meaning\nлид,x\n',
      'unclosed.csv': 'term,definition\nлид,"нет конца\n',
      'no-term.csv': 'term,definition\n,пусто\n',
      'too-many.csv': 'term\nлид,лишнее\n'
    })
    expect(errorOf(() => loadGlossary(['bad-column.csv'], host))).toBe(
      'bad-column.csv:1:6: unknown column `meaning` (expected: term, abbreviation, definition, synonyms, avoid)'
    )
    expect(errorOf(() => loadGlossary(['unclosed.csv'], host))).toBe('unclosed.csv:2:5: unclosed quote in CSV cell')
    expect(errorOf(() => loadGlossary(['no-term.csv'], host))).toBe('no-term.csv:2:1: row has an empty `term`')
    expect(errorOf(() => loadGlossary(['too-many.csv'], host))).toBe('too-many.csv:2:5: row has 2 cells, the header 1')
  })
})

describe('the built-in glossary', () => {
  const glossary = builtinGlossary()
  const abbreviations = new Set(glossary.entries.flatMap((entry) => entry.abbreviations.map((named) => named.value)))

  it('knows every abbreviation the seed glossaries define', () => {
    // The seeds' defined abbreviations, as listed in the foundation issue and read from the seeds.
    const seeds = [
      'CRM', 'SaaS', 'RPA', 'MVP', 'ТЗ', 'BPM', 'SLA', 'MQL', 'SQL', 'BANT', 'KPI', 'ROMI', 'LTV', 'API', 'SOAP', 'XML',
      'JSON', 'CSV', 'FTP', 'HTTP', 'HTTPS', 'SSH', 'VDS', 'VPS', 'AD', 'VPN', 'АТС', 'ETL', 'OLAP', 'BI'
    ]
    expect(seeds.filter((abbreviation) => !abbreviations.has(abbreviation))).toEqual([])
  })

  it('records two names of one concept as one entry, the formal Russian name preferred', () => {
    const entryOf = (name: string) =>
      glossary.entries.find((entry) => [entry.term, ...entry.synonyms].some((named) => named.value.toLowerCase() === name))
    expect(entryOf('коробка')?.term.value).toBe('коробочная версия')
    expect(entryOf('облако')?.term.value).toBe('облачная версия')
    expect(entryOf('бэкап')?.term.value).toBe('резервное копирование')
    expect(entryOf('лог')?.term.value).toBe('журнал событий')
    expect(entryOf('lead')?.term.value).toBe('лид')
    expect(entryOf('deal')?.term.value).toBe('сделка')
  })

  it('gives SQL two meanings', () => {
    expect(glossary.entries.filter((entry) => entry.abbreviations.some((named) => named.value === 'SQL'))).toHaveLength(2)
  })

  it('has a short definition in every entry', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(90)
    for (const entry of glossary.entries) {
      expect(entry.definition, entry.term.value).toBeDefined()
      expect(entry.definition!.length, entry.term.value).toBeLessThan(300)
    }
  })

  it('is the file glossary/crm.ru.yaml', () => {
    const text = fs.readFileSync(path.join(root, 'glossary/crm.ru.yaml'), 'utf8')
    expect(loadGlossary(['glossary/crm.ru.yaml'], memoryHost({'glossary/crm.ru.yaml': text})).entries).toHaveLength(glossary.entries.length)
  })
})
