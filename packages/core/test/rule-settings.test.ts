import {builtinGlossary, lint, RuleSettingError} from '@reqlint/core'
import {describe, expect, it} from 'vitest'

const glossary = builtinGlossary()

function settingError(rules: Record<string, unknown>, locale: 'en' | 'ru' = 'en'): string {
  try {
    lint('Система должна работать быстро.', {glossary, rules: rules as never})
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSettingError)
    return (error as RuleSettingError).problem.text[locale]
  }
  throw new Error('expected a RuleSettingError')
}

describe('rule settings', () => {
  it('takes a severity, or a severity with options', () => {
    const ids = (rules: Record<string, unknown>) => lint('Система должна работать быстро.', {glossary, rules: rules as never}).findings.map((finding) => `${finding.ruleId}:${finding.severity === 'error'}`)
    expect(ids({})).toEqual(['ambiguous-wording:false'])
    expect(ids({'ambiguous-wording': 'error'})).toEqual(['ambiguous-wording:true'])
    expect(ids({'ambiguous-wording': 'off'})).toEqual([])
    expect(ids({'ambiguous-wording': ['warn', {ignoreCategories: ['vague-quality']}]})).toEqual([])
  })

  it('reports a category that is off by default only where a project turns it on', () => {
    const text = '# Т\n\n## Требования\n\nСистема должна отправлять код по SMS и/или почте.\n'
    const found = (rules: Record<string, unknown>): string[] => lint(text, {glossary, rules: rules as never}).findings.map((finding) => finding.actual ?? '')
    expect(found({})).toEqual([])
    expect(found({'ambiguous-wording': ['warn', {enableCategories: ['combinator']}]})).toEqual(['и/или'])
    expect(found({'ambiguous-wording': ['warn', {enableCategories: ['combinator'], ignoreCategories: ['combinator']}]})).toEqual([])
    expect(settingError({'ambiguous-wording': ['warn', {enableCategories: ['combinatr']}]})).toMatch(
      /^rule `ambiguous-wording`: unknown category `combinatr` in `enableCategories` \(expected one of: .*combinator.*\)$/u
    )
  })

  it('refuses a bad severity, an unknown option and a bad option value, naming the rule', () => {
    expect(settingError({'ambiguous-wording': 'loud'})).toBe('rule `ambiguous-wording`: unknown severity `loud` (expected off, warn or error)')
    expect(settingError({'undefined-abbreviation': ['error', {alow: []}]})).toBe(
      'rule `undefined-abbreviation`: unknown option `alow` (expected one of: report, allow, allowWellKnown)'
    )
    expect(settingError({'undefined-abbreviation': ['error', {report: 'some'}]})).toBe('rule `undefined-abbreviation`: `report` must be "first" or "all"')
    expect(settingError({'ambiguous-wording': ['warn', {ignoreCategories: 'subjective'}]})).toBe(
      'rule `ambiguous-wording`: `ignoreCategories` must be a list of category ids'
    )
    expect(settingError({'ambiguous-wording': ['warn', {ignoreCategories: ['subjectiv']}]})).toMatch(
      /^rule `ambiguous-wording`: unknown category `subjectiv` in `ignoreCategories` \(expected one of: .*subjective.*\)$/u
    )
  })

  it('says what is wrong with an option value in Russian too, in the words of the rule', () => {
    expect(settingError({'undefined-abbreviation': ['error', {report: 'some'}]}, 'ru')).toBe('правило `undefined-abbreviation`: `report` может быть только "first" или "all"')
    expect(settingError({'inconsistent-term': ['error', {abbreviationCase: 'yes'}]}, 'ru')).toBe('правило `inconsistent-term`: `abbreviationCase` должен быть true или false')
    expect(settingError({'ambiguous-wording': ['warn', {ignoreCategories: ['subjectiv']}]}, 'ru')).toMatch(
      /^правило `ambiguous-wording`: неизвестная категория `subjectiv` в `ignoreCategories` \(допустимы: .*subjective.*\)$/u
    )
  })
})
