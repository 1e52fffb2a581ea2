/**
 * Core's errors in both locales: a DataError is one escaped line in each, a
 * token that is no key is not quoted in either, and Russian agrees in gender,
 * case and number instead of pasting English phrases into a Russian frame.
 */
import {describe, expect, it} from 'vitest'
import {DataError, loadGlossary, parseGlossaryFile, resolveSetting, RuleSettingError, rules} from '@reqlint/core'
import {coreMessage, russianPlural} from '@reqlint/core/i18n'
import {memoryHost} from './memory-host.js'

function failure(run: () => unknown): DataError {
  try {
    run()
  } catch (error) {
    if (error instanceof DataError) return error
    throw error
  }
  throw new Error('no DataError')
}

describe('core errors in English and Russian', () => {
  it('agree with what they are about: a glossary (m), an entry (f), a key’s value (n), each item (m)', () => {
    const lines = (text: string): [string, string] => {
      const error = failure(() => parseGlossaryFile('g.yaml', text))
      return [error.textIn('en'), error.textIn('ru')]
    }
    expect(lines('- a\n')).toEqual(['g.yaml:1:1: expected the glossary to be a mapping', 'g.yaml:1:1: глоссарий должен быть словарём (ключ: значение)'])
    expect(lines('terms: [x]\n')).toEqual(['g.yaml:1:9: expected a term entry to be a mapping', 'g.yaml:1:9: запись термина должна быть словарём (ключ: значение)'])
    expect(lines('terms: {a: 1}\n')).toEqual(['g.yaml:1:8: expected `terms` to be a list', 'g.yaml:1:8: значение `terms` должно быть списком'])
    expect(lines('terms:\n  - term: a\n    synonyms: [b, {c: 1}]\n')).toEqual([
      'g.yaml:3:19: expected each item of `synonyms` to be a string',
      'g.yaml:3:19: каждый элемент `synonyms` должен быть строкой'
    ])
    expect(lines('terms:\n  - term: a\n    synonim: b\n')[1]).toBe('g.yaml:3:5: неизвестный ключ `synonim` в записи термина (допустимы: term, abbreviation, definition, synonyms, avoid, context)')
  })

  it('escape control characters and hide a token that is no key, in both', () => {
    const error = failure(() => parseGlossaryFile('g\n.yaml', 'root:x:0:0::/root:/bin/bash: 1\n'))
    expect(error.message).toBe('g\\n.yaml:1:1: unknown key (27 characters, not shown) in the glossary (expected one of: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)')
    expect(error.textIn('ru')).toBe(
      'g\\n.yaml:1:1: неизвестный ключ (27 символов, не показано) в глоссарии (допустимы: language, extends, remove, terms, abbreviations, builtinAbbreviations, ambiguous, distinct)'
    )
    // The message's data keeps the token's length, not its text.
    expect(JSON.stringify(error.problem.data)).not.toContain('root')
    const quoted = failure(() => loadGlossary(['g.yaml'], memoryHost({'g.yaml': 'terms:\n  - term: "a\\u001b[31m"\n    abbreviation: Б\n  - term: "a\\u001b[31m"\n'})))
    expect(quoted.textIn('ru')).toBe('g.yaml:4:11: «a\\u001b[31m» — уже термин записи «a\\u001b[31m» (g.yaml:2:11); имя может принадлежать только одной записи')
  })

  it('word a name in two files’ entries, and a cycle of extends', () => {
    const host = memoryHost({
      'a.yaml': 'extends: [b.yaml]\nterms:\n  - term: клиент\n    synonyms: [заказчик]\n',
      'b.yaml': 'terms:\n  - term: заказчик\n',
      'c.yaml': 'extends: [d.yaml]\n',
      'd.yaml': 'extends: [c.yaml]\n'
    })
    const twice = failure(() => loadGlossary(['a.yaml'], host))
    expect(twice.textIn('ru')).toBe(
      'a.yaml:4:16: «заказчик» — уже термин записи «заказчик» (b.yaml:2:11); имя может принадлежать только одной записи (глоссарий, подключённый позже, может написать `remove: [заказчик]` или обновить ту запись по её термину)'
    )
    expect(failure(() => loadGlossary(['c.yaml'], host)).textIn('ru')).toBe('d.yaml:1:11: `extends` замыкается в цикл: c.yaml → d.yaml → c.yaml')
  })

  it('word a bad rule setting', () => {
    const rule = rules.find((item) => item.id === 'ambiguous-wording')!
    let error: unknown
    try {
      resolveSetting(rule, ['warn', {ignoreCategorys: []}] as never)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RuleSettingError)
    expect((error as RuleSettingError).problem.text).toEqual({
      en: 'rule `ambiguous-wording`: unknown option `ignoreCategorys` (expected one of: ignoreCategories, enableCategories)',
      ru: 'правило `ambiguous-wording`: неизвестный параметр `ignoreCategorys` (допустимы: ignoreCategories, enableCategories)'
    })
  })

  it('count in Russian plural forms', () => {
    expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map((count) => `${count} ${russianPlural(count, 'ячейка', 'ячейки', 'ячеек')}`)).toEqual([
      '1 ячейка',
      '2 ячейки',
      '5 ячеек',
      '11 ячеек',
      '12 ячеек',
      '21 ячейка',
      '22 ячейки',
      '25 ячеек',
      '101 ячейка',
      '111 ячеек'
    ])
    expect(coreMessage('row-too-long', {cells: 3, header: 2}).text).toEqual({en: 'row has 3 cells, the header 2', ru: 'в строке 3 ячейки, а в строке заголовков 2'})
    expect(coreMessage('file-too-large', {limit: 8 * 1024 * 1024}).text).toEqual({en: 'file is larger than 8 MB', ru: 'файл больше 8 МБ'})
  })
})
