/**
 * inconsistent-term's term variants: what the message says for each class, the
 * severity of the questions, the fix of a spelling variant, the dominant name,
 * and the options. The exact places are in fixtures/inconsistent-term/.
 */
import {describe, expect, it} from 'vitest'
import {emptyGlossary, lint, type Glossary, type Locale, type ReqlintMessage} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {writtenAsCode} from '../src/variants/code.js'
import {isRussianDictionaryWord} from '../src/russian-dictionary.js'
import {cyrillicShape, cyrillicSkeleton, latinShape, latinSkeleton, shapeFits} from '../src/variants/skeleton.js'

/** The messages in English unless asked: most of these tests are about what a class reports, not its language. */
function messages(text: string, glossary: Glossary = emptyGlossary, variants?: readonly string[], locale: Locale = 'en') {
  const file = lintFile(text, {glossary, locale, ...(variants ? {rules: {'inconsistent-term': ['error', {variants: [...variants]}]}} : {})})
  return file.messages.filter((message) => message.ruleId === 'inconsistent-term')
}

const spelling = 'Пин-код выдаётся при регистрации, пин-код можно сменить. Пинкод из одной цифры не принимается.\n'
const lexicon = 'Сеанс пользователя начинается после входа. Сеанс завершается через час.\nСессия пользователя хранится на сервере. Сессия может быть прервана.\n'

describe('term variants', () => {
  it('a spelling variant: an error naming its class, the dominant name with its count and first use, fixed in the same form', () => {
    const [message, ...rest] = messages(spelling)
    expect(rest).toEqual([])
    expect(message!.reason).toBe('Unexpected «Пинкод», expected «пин-код»: one name written two ways (spelling variant); «пин-код» is used 2 times here')
    expect(message!.fatal).toBe(true)
    expect((message!.cause as Error).message).toBe('«пин-код» first used here (1:1)')
    const [russian] = messages(spelling, emptyGlossary, undefined, 'ru') as ReqlintMessage[]
    expect(russian!.reason).toBe('Вместо «Пинкод» пишите «пин-код»: одно название написано двумя способами, а «пин-код» встречается в документе 2 раза')
    expect((russian!.cause as Error).message).toBe('Первое употребление «пин-код» (1:1)')
    expect(russian!.messageId).toBe('spelling')
    const {fixes} = lint(spelling, {glossary: emptyGlossary})
    expect(fixes.map((fix) => [spelling.slice(fix.span.start, fix.span.end), fix.text])).toEqual([['Пинкод', 'Пин-код']])
  })

  it('one vowel of a word spelt two ways: mended in place, in the case and the form written there', () => {
    const text = 'Приложение получает идентификатор. По идентификатору его находят, а Идентефикатора удалённого нет. Идентефикатору не верят.\n'
    const found = messages(text) as ReqlintMessage[]
    expect(found.map((message) => [message.line, message.column, message.messageId])).toEqual([
      [1, 69, 'spelling'],
      [1, 100, 'spelling']
    ])
    const {fixes} = lint(text, {glossary: emptyGlossary})
    // Each is mended against a mention of the same length: «Идентефикатора» has none, «Идентефикатору» has «идентификатору».
    expect(fixes.map((fix) => [text.slice(fix.span.start, fix.span.end), fix.text])).toEqual([['Идентефикатору', 'Идентификатору']])
  })

  it('a look-alike spelling: an error naming the letters swapped with their code points, not fixed', () => {
    const text = 'Каталог 1С-Битрикс24 принимает решения. 1С-Битрикс отвечает за модерацию; каталог 1C-Битрикс24 её публикует.\n'
    const [message, ...rest] = messages(text) as ReqlintMessage[]
    expect(rest).toEqual([])
    expect(message!.reason).toBe('Unexpected «1C», expected «1С»: the same name with look-alike letters of the other alphabet («C» U+0043 → «С» U+0421), so a search for one never finds the other; «1С» is used 2 times here')
    expect([message!.line, message!.column, message!.messageId]).toEqual([1, 83, 'look-alike'])
    // mixed-script fixes «АA» to the Latin «AA» on a tie; a look-alike fix to the Cyrillic «АА» beside it would
    // leave a fix for the next run (test/robustness/engine.property.test.ts).
    expect(lint(text, {glossary: emptyGlossary}).fixes).toEqual([])
    expect(messages(text, emptyGlossary, ['spelling'])).toEqual([])
  })

  it('a lexicon pair is a question, reported as a warning even when the rule is an error, without a fix', () => {
    const found = messages(lexicon)
    expect(found.map((message) => message.actual)).toEqual(['Сессия', 'Сессия'])
    expect(found[0]!.reason).toMatch(/^Is «Сессия» the same concept as «Сеанс», used 2 times here\? Near-synonyms in requirements \(lexicon: .+\)\. One concept or two\? If one, keep one name; if two, define both$/u)
    expect(found[0]!.reason).toContain('(lexicon: both name the period of a user\'s work in the system, the session)')
    expect(messages(lexicon, emptyGlossary, undefined, 'ru')[0]!.reason).toBe(
      '«Сессия»\u00a0— то же понятие, что «Сеанс» (встречается 2 раза)? В требованиях эти слова часто называют одно и то же: ' +
        'оба слова называют период работы пользователя в системе. Если понятие одно, оставьте одно название; если их два, определите оба'
    )
    expect(found.every((message) => message.fatal === false)).toBe(true)
    expect(lint(lexicon, {glossary: emptyGlossary}).fixes).toEqual([])
  })

  it('the name the document chooses dominates: «(далее — Портал)», once `document` is on', () => {
    const text = 'Система учёта заявок (далее — Портал) принимает обращения. Портал уведомляет автора.\nСистема учёта заявок хранит историю.\n'
    const found = messages(text, emptyGlossary, ['spelling', 'look-alike', 'compound', 'transliteration', 'document', 'lexicon'])
    expect(found.map((message) => message.actual)).toEqual(['Система учёта заявок'])
    expect(found[0]!.reason).toContain('expected «Портал»')
    // Off by default: the evaluation's reviewers judged none of its findings true.
    expect(messages(text)).toEqual([])
  })

  it('a glossary entry wins, and `distinct` silences a pair', () => {
    const place = {file: 'g.yaml', line: 1, column: 1}
    const entry = {term: {value: 'сеанс', place}, abbreviations: [], definition: undefined, synonyms: [], avoid: [{value: 'сессия', place}], place}
    const withEntry = messages(lexicon, {...emptyGlossary, entries: [entry]})
    expect(withEntry.map((message) => message.reason.split(':')[0])).toEqual(['Unexpected «Сессия», expected «сеанс»', 'Unexpected «Сессия», expected «сеанс»'])
    expect(messages(lexicon, {...emptyGlossary, distinct: [[{value: 'сессия', place}, {value: 'сеанс', place}]]})).toEqual([])
  })

  it('`variants` chooses the classes; none keeps the rule to the glossary', () => {
    expect(messages(spelling + lexicon, emptyGlossary, ['lexicon']).map((message) => message.actual)).toEqual(['Сессия', 'Сессия'])
    expect(messages(spelling + lexicon, emptyGlossary, [])).toEqual([])
    expect(() => messages(spelling, emptyGlossary, ['synonyms'])).toThrow('`variants` must be a list of: spelling, look-alike, compound, transliteration, document, lexicon')
  })

  it('a heading names a section and is never a variant', () => {
    expect(messages('# Сессия пользователя\n\nСеанс начинается после входа. Сеанс завершается через час.\n')).toEqual([])
  })

  it('a word written against code is not a name: a member, a snake_case part, a route, a quoted key', () => {
    const text = 'FK -> categories.id, chunk_size, /profile, "history", bdu.fstec.ru, a backup. Then backup: done'
    const at = (word: string, nth = 0) => {
      let from = -1
      for (let index = 0; index <= nth; index++) from = text.indexOf(word, from + 1)
      return writtenAsCode(text, from, from + word.length)
    }
    expect(['categories', 'chunk', 'profile', 'history', 'fstec'].map((word) => at(word))).toEqual([true, true, true, true, true])
    // A full stop or a colon ends a sentence or a label unless a word follows it at once.
    expect([at('backup'), at('backup', 1)]).toEqual([false, false])
  })

  it('a transliteration keeps whether a word starts with a vowel: "outline" is not «титульная»', () => {
    expect([latinSkeleton('dashboard'), cyrillicSkeleton('дашборд')]).toEqual(['dШbrd', 'dШbrd'])
    expect([latinSkeleton('endpoint'), cyrillicSkeleton('эндпоинт')]).toEqual(['°ndpnt', '°ndpnt'])
    expect([latinSkeleton('outline'), cyrillicSkeleton('титульн')]).toEqual(['°tln', 'tln'])
  })

  it('Latin identifiers of a data model are not transliterations; a Latin word in Russian prose is', () => {
    const transliteration = ['transliteration']
    const model = 'Каждая категория хранит статус. Статус меняет автор.\n\n- status (enum: draft, published)\n- parentId (-> categories.id) — ссылка на категорию\n'
    expect(messages(model, emptyGlossary, transliteration)).toEqual([])
    const prose = 'Сервис делает бэкап ночью. Бэкап хранится неделю. Восстановление из backup занимает час.\n'
    expect(messages(prose, emptyGlossary, transliteration).map((message) => [message.line, message.column, message.actual])).toEqual([[1, 69, 'backup']])
    // On by default.
    expect(messages(prose).map((message) => [message.line, message.column, message.actual])).toEqual([[1, 69, 'backup']])
  })

  it('a transliteration keeps the vowels where the Latin word has them, and may drop one nobody says', () => {
    expect(shapeFits(latinShape('label'), cyrillicShape('лейбл'))).toBe(true)
    expect(shapeFits(latinShape('pipeline'), cyrillicShape('пайплайн'))).toBe(true)
    expect(shapeFits(latinShape('preview'), cyrillicShape('прев'))).toBe(true)
    expect(shapeFits(latinShape('deploy'), cyrillicShape('депло'))).toBe(true)
    expect(shapeFits(latinShape('offset'), cyrillicShape('оффсет'))).toBe(true)
    // The same consonants, a vowel where the English word has none: another word.
    expect([latinSkeleton('headless'), cyrillicSkeleton('удалось')]).toEqual(['°dls', '°dls'])
    expect(shapeFits(latinShape('headless'), cyrillicShape('удалось'))).toBe(false)
    expect(shapeFits(latinShape('width'), cyrillicShape('выходит'))).toBe(false)
    const text = 'Модуль headless. Если удалось, модуль пишет в журнал. Удалось ли — видно сразу.\n'
    expect(messages(text)).toEqual([])
  })

  it('an established Russian word is a cognate of the Latin one, not its transliteration', () => {
    expect([isRussianDictionaryWord('статус'), isRussianDictionaryWord('функци'), isRussianDictionaryWord('деплой'), isRussianDictionaryWord('лейбл')]).toEqual([true, true, false, false])
    const cognate = 'Заявка хранит статус. Статус меняет автор. Поле status задаёт оператор.\n'
    expect(messages(cognate)).toEqual([])
    const jargon = 'Команда делает деплой ночью. Деплой идёт час. После deploy проверяем журнал.\n'
    expect(messages(jargon).map((message) => [message.line, message.column, message.actual])).toEqual([[1, 53, 'deploy']])
  })

  it('a word before `::` is a code path: «replicaset::callrw»', () => {
    const text = 'Выполняется функция replicaset::callrw на мастере.'
    const from = text.indexOf('replicaset')
    expect(writtenAsCode(text, from, from + 'replicaset'.length)).toBe(true)
  })
})
