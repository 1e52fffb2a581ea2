import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {
  builtinPhraseForms,
  clearMorphologyCache,
  computedPhraseForms,
  matchesPhrase,
  matchTokens,
  phraseAnalysis,
  phraseForms,
  wordForms,
  type FormOptions
} from '../src/morphology/index.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

interface Case {
  readonly id: string
  readonly category: 'term' | 'vague'
  readonly lang: 'ru' | 'en'
  readonly term: string
  readonly text: string
  readonly expect: boolean
  readonly source: 'shared' | 'reqlint'
  readonly options?: FormOptions
  readonly note?: string
}

const fixture = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/morphology/cases.json'), 'utf8')) as {
  counts: {total: number}
  cases: Case[]
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`
}

describe('morphology test set', () => {
  const cases = fixture.cases

  it('is well formed', () => {
    expect(cases.length).toBe(fixture.counts.total)
    expect(cases.length).toBeGreaterThanOrEqual(800)
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length)
    expect(cases.filter((c) => c.source === 'shared').length).toBe(528)
    for (const c of cases) {
      expect(['term', 'vague']).toContain(c.category)
      expect(['shared', 'reqlint']).toContain(c.source)
      expect(typeof c.expect).toBe('boolean')
    }
  })

  it('matches every form and no near miss', () => {
    const missed: string[] = []
    const falseMatches: string[] = []
    let found = 0
    let positives = 0
    let negatives = 0
    for (const c of cases) {
      const matched = matchesPhrase(phraseForms(c.term, c.options), c.text)
      if (c.expect) {
        positives++
        if (matched) found++
        else missed.push(`${c.id} ${c.term} → ${c.text}`)
      } else {
        negatives++
        if (matched) falseMatches.push(`${c.id} ${c.term} → ${c.text}`)
      }
    }
    const shared = cases.filter((c) => c.source === 'shared')
    const sharedDefault = shared.filter((c) => c.expect && matchesPhrase(phraseForms(c.term), c.text)).length
    console.log(
      `morphology: recall ${percent(found, positives)} (${found}/${positives}), false matches ${falseMatches.length}/${negatives}; ` +
        `shared set without options: recall ${sharedDefault}/${shared.filter((c) => c.expect).length}`
    )
    expect(falseMatches, `false matches: ${falseMatches.join('; ')}`).toEqual([])
    expect(found / positives, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.99)
  })
})

describe('wordForms', () => {
  it('drops the fleeting vowel of -ок/-ец and inserts one in the genitive plural of -ка', () => {
    expect(wordForms('звонок')).toContain('звонка')
    expect(wordForms('звонок')).toContain('звонками')
    expect(wordForms('образец')).toContain('образца')
    expect(wordForms('владелец')).toContain('владельцев')
    expect(wordForms('сделка')).toContain('сделок')
    expect(wordForms('копейка')).toContain('копеек')
    expect(wordForms('карточка')).toContain('карточек')
    expect(wordForms('окно')).toContain('окон')
    expect(wordForms('уровень')).toContain('уровня')
  })

  it('applies the spelling rules after г к х ж ш щ ч ц', () => {
    expect(wordForms('метрика')).toContain('метрики')
    expect(wordForms('метрика')).not.toContain('метрикы')
    expect(wordForms('платёж')).toContain('платежи')
    expect(wordForms('платёж')).toContain('платежей')
    expect(wordForms('кэш')).toContain('кэшем')
    expect(wordForms('гибкий')).toContain('гибкие')
    expect(wordForms('соответствующий')).toContain('соответствующего')
    expect(wordForms('большой')).not.toContain('большего') // a form of «больший»
  })

  it('never produces a near miss', () => {
    expect(wordForms('лид')).not.toContain('лидер')
    expect(wordForms('счёт')).not.toContain('счетчик')
    expect(wordForms('поле')).not.toContain('пол')
    expect(wordForms('кэш')).not.toContain('кэшбэк')
    expect(wordForms('данные')).not.toContain('данный')
    expect(wordForms('deal')).not.toContain('dealer')
    expect(wordForms('invoice')).not.toContain('invoicing')
  })

  it('tells feminine from masculine nouns in -ь', () => {
    expect(wordForms('роль')).toContain('ролью')
    expect(wordForms('роль')).not.toContain('роля')
    expect(wordForms('модуль')).toContain('модулем')
    expect(wordForms('запись')).toContain('записей')
    expect(wordForms('пользователь')).toContain('пользователю')
  })

  it('leaves indeclinable words, abbreviations and digits alone', () => {
    expect([...wordForms('кафе')]).toEqual(['кафе'])
    expect([...wordForms('меню')]).toEqual(['меню'])
    expect([...wordForms('АТС')]).toEqual(['атс'])
    expect([...wordForms('1С')]).toEqual(['1с'])
    expect([...wordForms('CRM')].sort()).toEqual(['crm', 'crms'])
  })

  it('sends Latin words to the English generator', () => {
    expect([...wordForms('opportunity')].sort()).toEqual(['opportunities', 'opportunity'])
    expect(wordForms('optimize')).toContain('optimized')
    expect(wordForms('Deal')).toContain('deals')
  })

  it('generates adverbs, short forms and comparatives only on request', () => {
    expect(wordForms('удобный')).not.toContain('удобно')
    const extended = wordForms('удобный', {adverbs: true})
    for (const form of ['удобно', 'удобен', 'удобна', 'удобнее']) expect(extended).toContain(form)
    expect(wordForms('высокий', {adverbs: true})).toContain('выше')
    expect(wordForms('efficient', {adverbs: true})).toContain('efficiently')
    expect(wordForms('ролевой', {adverbs: true})).not.toContain('ролево')
  })

  it('caches: the same lemma gives the same Set', () => {
    const first = wordForms('сделка')
    expect(wordForms('сделка')).toBe(first)
    expect(phraseForms('воронка продаж')).toBe(phraseForms('воронка продаж'))
    expect(wordForms('сделка', {adverbs: true})).not.toBe(first)
    clearMorphologyCache()
    expect(wordForms('сделка')).not.toBe(first)
    expect(wordForms('сделка')).toEqual(first)
  })
})

describe('phrases', () => {
  const roles = (phrase: string): string[] => phraseAnalysis(phrase).map((token) => `${token.token}:${token.role}`)

  it('inflects leading adjectives and the head, not what follows it', () => {
    expect(roles('коробочная версия')).toEqual(['коробочная:modifier', 'версия:head'])
    expect(roles('воронка продаж')).toEqual(['воронка:head', 'продаж:fixed'])
    expect(roles('ключевой показатель эффективности')).toEqual(['ключевой:modifier', 'показатель:head', 'эффективности:fixed'])
    expect(roles('интеграция с социальными сетями')).toEqual(['интеграция:head', 'с:fixed', 'социальными:fixed', 'сетями:fixed'])
    expect(roles('интуитивно понятный')).toEqual(['интуитивно:fixed', 'понятный:modifier'])
    expect(roles('учётные данные')).toEqual(['учетные:modifier', 'данные:modifier'])
    expect(roles('карточка клиента')).toEqual(['карточка:head', 'клиента:complement'])
  })

  it('matches phrases that are not noun phrases as written', () => {
    expect(roles('при необходимости')).toEqual(['при:fixed', 'необходимости:fixed'])
    expect(matchesPhrase(phraseForms('и т.д.'), 'и т. д.')).toBe(true)
    expect(matchesPhrase(phraseForms('как правило'), 'как правила')).toBe(false)
  })

  it('inflects the last part of a hyphenated word and treats abbreviations as attributes', () => {
    expect(roles('CRM-система')).toEqual(['crm:fixed', 'система:head'])
    expect(roles('CRM система')).toEqual(['crm:fixed', 'система:head'])
    expect(roles('чат-бот')).toEqual(['чат:fixed', 'бот:head'])
    expect(roles('виртуальная АТС')).toEqual(['виртуальная:modifier', 'атс:fixed'])
    expect(matchesPhrase(phraseForms('API-интерфейс'), 'API-интерфейсами')).toBe(true)
  })

  it('takes the English head before the first function word', () => {
    expect(roles('sales funnel')).toEqual(['sales:fixed', 'funnel:head'])
    expect(roles('terms of use')).toEqual(['terms:head', 'of:fixed', 'use:fixed'])
    expect(roles('as appropriate')).toEqual(['as:fixed', 'appropriate:fixed'])
  })
})

describe('matchTokens', () => {
  it('splits the way matching does', () => {
    expect(matchTokens('CRM-система')).toEqual(['crm', 'система'])
    expect(matchTokens('и т.д.')).toEqual(['и', 'т', 'д'])
    expect(matchTokens('Счёт\u00ADфактура')).toEqual(['счетфактура'])
    expect(matchTokens('чат\u2011бот')).toEqual(['чат', 'бот'])
    // The possessive is its own token, so "deal" matches at the start of "deal's".
    expect(matchTokens("deal's")).toEqual(['deal', 's'])
    expect(matchTokens('  ')).toEqual([])
  })

  it('gives one set per token of the phrase', () => {
    for (const phrase of ['и т.д.', 'CRM-система', 'программное обеспечение как услуга', 'Extract, Transform, Load']) {
      expect(phraseForms(phrase).length).toBe(matchTokens(phrase).length)
    }
  })
})

describe('the phrase forms built in at build time', () => {
  it('are the ones the morphology computes now, for every phrase of the built-in data', () => {
    // scripts/build-data.js writes them; a change of the morphology or its data without a build makes them stale.
    const built = builtinPhraseForms()
    expect(built.size).toBeGreaterThan(300)
    const stale = [...built].filter(([phrase, forms]) => JSON.stringify(forms) !== JSON.stringify(computedPhraseForms(phrase).map((set) => [...set])))
    expect(stale.map(([phrase]) => phrase), 'stale built-in phrase forms: run `npx --yes pnpm@10 run build`').toEqual([])
  })

  it('are what phraseForms answers for them, and a phrase not built in is computed', () => {
    clearMorphologyCache()
    const [phrase, forms] = [...builtinPhraseForms()][0]!
    expect(phraseForms(phrase).map((set) => [...set])).toEqual(forms)
    expect(builtinPhraseForms().has('рагикская пехолка')).toBe(false)
    expect(phraseForms('рагикская пехолка').map((set) => [...set])).toEqual(computedPhraseForms('рагикская пехолка').map((set) => [...set]))
  })
})
