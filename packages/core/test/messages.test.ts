/**
 * Messages as data: the template syntax, every rule's templates in both
 * locales over the same data, the text made at the edge in the locale asked
 * for, and the inconsistent-term message that never contradicts itself.
 */
import {describe, expect, it} from 'vitest'
import {defineRule, findingText, formatTemplate, lint, locales, mergeGlossaryFiles, option, parseGlossaryFile, placeholders, ruleById, rules, type Rule} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'

const everyRule: Rule[] = [...rules, ruleById('unknown-rule')!, ruleById('unused-directive')!]

describe('templates', () => {
  it('fills names, text in both locales and plural forms by each language’s rules', () => {
    const times = {en: 'used {n, plural, =1 {once} one {# time} other {# times}}', ru: '{n, plural, =1 {один раз} one {# раз} few {# раза} other {# раз}}'}
    expect([1, 2, 5, 21].map((n) => formatTemplate(times, {n}, 'en'))).toEqual(['used once', 'used 2 times', 'used 5 times', 'used 21 times'])
    expect([1, 2, 5, 11, 21, 22].map((n) => formatTemplate(times, {n}, 'ru'))).toEqual(['один раз', '2 раза', '5 раз', '11 раз', '21 раз', '22 раза'])
    const why = {en: '«{word}»: {why}', ru: '«{word}». {why}'}
    expect(formatTemplate(why, {word: 'быстро', why: {en: 'no threshold', ru: 'нет порога'}}, 'ru')).toBe('«быстро». нет порога')
    expect(formatTemplate(why, {word: 'быстро', why: {en: 'no threshold', ru: 'нет порога'}}, 'en')).toBe('«быстро»: no threshold')
    // A branch holds placeholders of its own; a missing value shows as written.
    expect(formatTemplate({en: '{n, plural, =1 {} other { ({n} uses of «{word}»)}}', ru: ''}, {n: 3, word: 'SSO'}, 'en')).toBe(' (3 uses of «SSO»)')
    expect(formatTemplate({en: 'Unknown {thing}', ru: ''}, {}, 'en')).toBe('Unknown {thing}')
    // Prose of the data files by key, resolved by the rule's texts when the text is made.
    const texts = (key: string) => (key === 'q.why' ? {en: 'no threshold', ru: 'нет порога'} : undefined)
    expect(formatTemplate(why, {word: 'быстро', why: {text: 'q.why'}}, 'ru', texts)).toBe('«быстро». нет порога')
    expect(formatTemplate(why, {word: 'быстро', why: {text: 'q.lost'}}, 'ru', texts)).toBe('«быстро». {why}')
  })

  it('lists the names a template uses, inside plural branches too', () => {
    expect(placeholders('«{actual}» {uses, plural, =1 {} other {(# × «{abbreviation}»)}}')).toEqual(['actual', 'uses', 'abbreviation'])
  })

  for (const rule of everyRule) {
    it(`${rule.id}: every message is written in both locales, over the same data`, () => {
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0)
      expect(rule.description).toBe(rule.descriptions.en)
      expect(rule.descriptions.ru).toMatch(/^\P{Script=Latin}*\p{Script=Cyrillic}/u)
      for (const [id, template] of Object.entries(rule.messages)) {
        expect(Object.keys(template).sort(), id).toEqual([...locales].sort())
        expect(placeholders(template.ru).sort(), id).toEqual(placeholders(template.en).sort())
        // A Russian message is Russian, not an English sentence with Russian words in it (and the reverse).
        const ownWords = (text: string): string => text.replace(/«[^«»]*»/gu, '').replace(/\{\w+\}/gu, '')
        expect(ownWords(template.ru), id).not.toMatch(/\b(?:the|is|of|here|used|and)\b/u)
        expect(ownWords(template.en), id).not.toMatch(/\p{Script=Cyrillic}/u)
      }
    })
  }
})

describe('findings', () => {
  const glossary = mergeGlossaryFiles([parseGlossaryFile('/g/glossary.yaml', 'terms:\n  - term: лид\n    synonyms: [заявка]\n')])

  it('carry a message id and data; the text is made in the locale asked for, the document’s by default', () => {
    const document = 'Система должна работать быстро. Вход через SSO.\n'
    const {findings, language} = lint(document, {glossary})
    expect(language).toBe('ru')
    const sso = findings.find((finding) => finding.ruleId === 'undefined-abbreviation')!
    expect(sso).toMatchObject({messageId: 'undefined', data: {abbreviation: 'SSO', uses: 1}, actual: 'SSO'})
    expect(findingText(sso, 'ru')).toBe(
      'Аббревиатура «SSO» не определена: расшифруйте её в разделе терминов или при первом упоминании\u00a0— «расшифровка (SSO)»\u00a0— либо добавьте в глоссарий'
    )
    expect(findingText(sso, 'en')).toBe('Undefined abbreviation «SSO»: define it in the terms section or at first use, as in “Full Name (SSO)”, or add it to the glossary')
    const vague = findings.find((finding) => finding.ruleId === 'ambiguous-wording')!
    // The category's prose travels as keys: the data files' text is looked up when the message is written.
    expect(vague.data).toEqual({actual: 'быстро', category: {text: 'vague-quality.name'}, why: {text: 'vague-quality.why'}})
    expect(findingText(vague, 'en')).toBe(
      'Unexpected «быстро» (unmeasurable quality): Speed, reliability or efficiency without a number and measurement conditions gives no threshold at which the system can be accepted or rejected.'
    )
    expect(findingText({ruleId: vague.ruleId, ...vague.note!}, 'ru')).toMatch(/^Замените оценку метрикой с порогом/u)
    expect(lintFile(document, {glossary}).messages.map((message) => message.reason)).toEqual(findings.map((finding) => findingText(finding, 'ru')))
    expect(lintFile(document, {glossary, locale: 'en'}).messages.map((message) => message.reason)).toEqual(findings.map((finding) => findingText(finding, 'en')))
  })

  it('a glossary’s own ambiguous words explain themselves in both languages', () => {
    const custom = mergeGlossaryFiles([parseGlossaryFile('/g/glossary.yaml', 'ambiguous:\n  add: [мощный]\n')])
    const [finding] = lint('Сервер должен быть мощный.\n', {glossary: custom}).findings
    expect(finding).toMatchObject({ruleId: 'ambiguous-wording', messageId: 'glossary', note: {messageId: 'glossary-hint'}})
    expect(findingText(finding!, 'ru')).toBe('«мощный»: глоссарий проекта относит это слово к формулировкам, которые нельзя проверить')
    expect(findingText(finding!, 'en')).toBe('Unexpected «мощный»: the project glossary lists it as wording nobody can verify')
  })

  it('the glossary’s preferred term is the expected one, whatever the counts: the message never contradicts itself', () => {
    // «заявка» twice, «лид» once: the glossary ranks «лид» first, so «заявка» is what is reported.
    const document = 'Заявка поступает с сайта. Менеджер обрабатывает заявку. Лид квалифицируется.\n'
    const findings = lint(document, {glossary}).findings.filter((finding) => finding.ruleId === 'inconsistent-term')
    expect(findings.map((finding) => [finding.actual, finding.messageId, finding.expected])).toEqual([
      ['Заявка', 'preferred-term', ['лид']],
      ['заявку', 'preferred-term', ['лид']]
    ])
    expect(findings[0]!.related).toMatchObject({messageId: 'first-used-here', place: {start: {line: 1, column: 57}}})
    expect(findingText(findings[0]!, 'en')).toBe('Unexpected «Заявка», expected «лид»: «заявка» names the same concept as «лид», the glossary’s preferred name, used once here')
    expect(findingText(findings[0]!, 'ru')).toBe(
      'Вместо «Заявка» пишите «лид»: глоссарий называет это понятие «лид», а «заявка»\u00a0— его синоним; «лид» встречается в документе один раз'
    )
  })

  it('between names the glossary does not rank, the most used one dominates, and the message names the glossary’s term', () => {
    const ranked = mergeGlossaryFiles([parseGlossaryFile('/g/glossary.yaml', 'terms:\n  - term: лид\n    synonyms: [заявка, обращение]\n')])
    const document = 'Заявка поступает с сайта. Менеджер обрабатывает заявку. Обращение закрывается.\n'
    const findings = lint(document, {glossary: ranked}).findings.filter((finding) => finding.ruleId === 'inconsistent-term')
    expect(findings.map((finding) => [finding.actual, finding.messageId, finding.expected])).toEqual([['Обращение', 'synonym', ['заявка']]])
    expect(findingText(findings[0]!, 'en')).toBe(
      'Unexpected «Обращение», expected «заявка»: «обращение» names the same concept as «заявка», used 2 times here (the glossary’s preferred name is «лид»)'
    )
    expect(findingText(findings[0]!, 'ru')).toBe(
      'Вместо «Обращение» пишите «заявка»: «обращение» и «заявка» называют одно понятие, и «заявка» встречается в документе 2 раза (основное название в глоссарии\u00a0— «лид»)'
    )
  })
})

describe('typed definitions', () => {
  it('report only their own message ids, each with the data its templates fill (checked by `tsc -p test`)', () => {
    const rule = defineRule({
      id: 'example',
      description: {en: 'An example.', ru: 'Пример.'},
      defaultSeverity: 'warn',
      fixable: false,
      messages: {
        found: {en: 'Found «{word}» {count, plural, =1 {once} other {# times}}', ru: '«{word}» встречается {count, plural, =1 {один раз} few {# раза} other {# раз}}'},
        plain: {en: 'Nothing to fill', ru: 'Заполнять нечего'}
      },
      options: {strict: option.boolean(false)},
      check({analysis, options, report}) {
        const strict: boolean = options.strict
        const span = {start: 0, end: Math.min(1, analysis.text({start: 0, end: 1}).length)}
        report({span, actual: '', messageId: 'found', data: {word: 'x', count: strict ? 2 : 1}})
        report({span, actual: '', messageId: 'plain'})
        // @ts-expect-error -- a message id the rule does not have
        report({span, actual: '', messageId: 'lost'})
        // @ts-expect-error -- `count` is missing
        report({span, actual: '', messageId: 'found', data: {word: 'x'}})
        // @ts-expect-error -- `words` is not a name of the templates
        report({span, actual: '', messageId: 'found', data: {word: 'x', count: 1, words: 'y'}})
      }
    })
    expect(Object.keys(rule.messages)).toEqual(['found', 'plain'])
    expect(rule.defaultOptions).toEqual({strict: false})
    expect(rule.validateOptions({strict: 'yes'})).toEqual({en: '`strict` must be true or false', ru: '`strict` должен быть true или false'})
  })
})
