/**
 * The requirements model: which sentences state requirements, by section,
 * heading, negation, permission, identifier, user story and requirement list;
 * and the project's own section scopes.
 */
import {describe, expect, it} from 'vitest'
import {builtinGlossary} from '@reqlint/core'
import {lintFile} from '../../../test/lint-file.js'
import {explainRequirements, readDocument} from '../src/engine.js'
import {headingRole, RequirementsModel, type SectionScopes} from '../src/requirements.js'

function verdicts(markdown: string, scopes?: SectionScopes): string[] {
  const {prose} = readDocument(markdown, /[а-я]/iu.test(markdown) ? 'ru' : 'en')
  const model = new RequirementsModel(prose, scopes)
  return prose.blocks.flatMap((block) => block.sentences.map((sentence) => `${model.verdict(sentence)}: ${block.text.slice(sentence.from, sentence.to)}`))
}

describe('headingRole', () => {
  it.each([
    ['1. Введение', 'skip'],
    ['1.2.1 Исходные данные', 'skip'],
    ['Исходные данные для отчёта', 'unclassified'],
    ['3.2. Границы (вне рамок текущего этапа)', 'skip'],
    ['Приложение А. Трассировка требований', 'skip'],
    ['13. Риски и допущения', 'skip'],
    ['5. Функциональные требования', 'requirements'],
    ['10.2. Минимальные критерии приёмки', 'requirements'],
    ['Надежность и целостность', 'unclassified'],
    ['2. Out of Scope', 'skip'],
    ["Won't Have", 'skip'],
    ['Appendix C: Using RFC6570-Based Serialization', 'skip'],
    ['3.1 Functional Requirements', 'requirements'],
    ['Acceptance Criteria', 'requirements'],
    ['3 Характеристика объекта автоматизации', 'skip'],
    ['12. Заключение', 'skip'],
    ['2.1 Классификация требований проекта', 'skip'],
    ['4.2 Формат описания требования', 'skip'],
    ['4. Документирование требований', 'unclassified'],
    ['Цель проверки', 'skip'],
    ['17. Что я специально поправил по сравнению с исходной идеей', 'skip'],
    ['Control Objective', 'skip'],
    ["What's changed in 2.0", 'skip']
  ])('%s: %s', (heading, role) => {
    expect(headingRole(heading, undefined)).toBe(role)
  })

  it("a project's scopes come before the built-in lists", () => {
    const scopes: SectionScopes = {requirements: ['исходные данные *'], skip: ['обзор рынка', 'функциональные требования']}
    expect(headingRole('Исходные данные', scopes)).toBe('requirements')
    expect(headingRole('2. Обзор рынка', scopes)).toBe('skip')
    expect(headingRole('Функциональные требования', scopes)).toBe('skip')
    expect(headingRole('Нефункциональные требования', scopes)).toBe('requirements')
  })
})

describe('RequirementsModel.verdict', () => {
  it('reads sections, headings and negation in Russian', () => {
    const text = [
      '# ТЗ',
      '',
      '## Введение',
      '',
      'Система удобна.',
      '',
      '## Требования',
      '',
      'Система должна быть удобной.',
      '',
      'Синхронизация в реальном времени не требуется.',
      '',
      '### Исходные данные',
      '',
      'Менеджеры работают в таблицах.',
      ''
    ].join('\n')
    expect(verdicts(text)).toEqual([
      'heading: ТЗ',
      'heading: Введение',
      'skipped-section: Система удобна.',
      'heading: Требования',
      'russian: Система должна быть удобной.',
      'negated: Синхронизация в реальном времени не требуется.',
      'heading: Исходные данные',
      'skipped-section: Менеджеры работают в таблицах.'
    ])
  })

  it('reads a Russian paragraph of prose without a binding word as description', () => {
    const text = [
      '## Меры защиты сессии',
      '',
      'Существует несколько атак на сессии. Данные могут быть раскрыты другим приложениям.',
      '',
      'Сессия завершается через 15 минут. Токен должен обновляться.',
      '',
      'Некоторые токены не смогут обновиться вовремя. Необходимо хранить их на диске.',
      '',
      'Показывает версии для быстрой очистки.',
      '',
      '- Сессия завершается быстро.',
      '',
      '## Требования к сессиям',
      '',
      'Сессия завершается быстро.',
      '',
      'Атаки бывают разные. Их много.',
      ''
    ].join('\n')
    expect(verdicts(text)).toEqual([
      'heading: Меры защиты сессии',
      'description: Существует несколько атак на сессии.',
      'description:  Данные могут быть раскрыты другим приложениям.',
      // Beside a binding sentence outside a requirements section, a sentence without one describes (ownEvidence).
      'description: Сессия завершается через 15 минут.',
      'russian:  Токен должен обновляться.',
      // Beside a binding sentence, one that says what can happen is its premise (proseSentences).
      'description: Некоторые токены не смогут обновиться вовремя.',
      'russian:  Необходимо хранить их на диске.',
      // Outside a requirements section the indicative describes; a list item states a requirement by its shape (ownEvidence).
      'description: Показывает версии для быстрой очистки.',
      'russian: Сессия завершается быстро.',
      'heading: Требования к сессиям',
      'russian: Сессия завершается быстро.',
      'description: Атаки бывают разные.',
      'description:  Их много.'
    ])
  })

  it('reads modals, permissions, identifiers, user stories and requirement lists in English', () => {
    const text = [
      '## Requirements',
      '',
      'The page shall load fast.',
      '',
      'Implementors may choose the best format.',
      '',
      'FR-3 The user can export the route.',
      '',
      'As a dispatcher, I want a simple route view.',
      '',
      'The route view is simple.',
      '',
      '- Intuitive navigation.',
      '',
      '## Background',
      '',
      '- Users find the old portal slow.',
      ''
    ].join('\n')
    expect(verdicts(text)).toEqual([
      'heading: Requirements',
      'modal: The page shall load fast.',
      'permission: Implementors may choose the best format.',
      'identifier: FR-3 The user can export the route.',
      'user-story: As a dispatcher, I want a simple route view.',
      'description: The route view is simple.',
      'requirements-list: Intuitive navigation.',
      'heading: Background',
      'skipped-section: Users find the old portal slow.'
    ])
  })

  it('reads "will" as a fact in a document that binds with RFC 2119 keywords in capitals', () => {
    const student = 'The game will be intuitive to play.\n'
    const rfc = 'Producers MUST set `id`. Consumers SHOULD check it. The source SHALL be a URI.\n\nIn many scenarios, events will be forwarded.\n'
    expect(verdicts(student)).toEqual(['modal: The game will be intuitive to play.'])
    expect(verdicts(rfc).at(-1)).toBe('description: In many scenarios, events will be forwarded.')
  })

  it('reads "we will" opening the main clause as the authors\' plan', () => {
    const text = 'In the development process, we will learn which content will be important.\n\nWe will keep the menu simple.\n\nThe database we will use is tbd.\n\nWe will keep the menu simple and the system must log errors.\n'
    expect(verdicts(text)).toEqual([
      'description: In the development process, we will learn which content will be important.',
      'description: We will keep the menu simple.',
      'modal: The database we will use is tbd.',
      'modal: We will keep the menu simple and the system must log errors.'
    ])
  })

  it('reads an English table cell of several sentences without a modal as description', () => {
    const text = [
      '| Field | Description |',
      '|---|---|',
      '| value | Fast lookup. |',
      '| externalValue | A URI of the example. This provides the capability to reference examples easily. |',
      '| id | A unique id. Producers MUST set it. |',
      ''
    ].join('\n')
    expect(verdicts(text).filter((verdict) => !verdict.startsWith('table: ') || verdict.includes('.'))).toEqual([
      'table: Fast lookup.',
      'description: A URI of the example.',
      // A remark on what the statement before gains ("This provides …"), read before the cell's shape.
      'skipped-section:  This provides the capability to reference examples easily.',
      'table: A unique id.',
      'table:  Producers MUST set it.'
    ])
  })

  it('takes numbered one-line paragraphs for headings in documents without Markdown headings', () => {
    expect(verdicts('1.2 Цели проекта\n\nСделать работу удобной.\n\n2.1 Требования к интерфейсу\n\nИнтерфейс удобный.\n')).toEqual([
      'skipped-section: 1.2 Цели проекта',
      'skipped-section: Сделать работу удобной.',
      'russian: 2.1 Требования к интерфейсу',
      'russian: Интерфейс удобный.'
    ])
  })
})

/** The words of each sentence with a vague-word candidate the sentence's requirement does not cover, in «»; `-` for a sentence that states none. */
function coverage(markdown: string): string[] {
  const {prose} = readDocument(markdown, /[а-я]/iu.test(markdown) ? 'ru' : 'en')
  const model = new RequirementsModel(prose, undefined)
  return prose.blocks.flatMap((block) =>
    block.sentences.map((sentence) => {
      if (!model.isRequirement(sentence)) return '-'
      return sentence.words.map((word) => (model.covers(sentence, word.from) ? word.text : `«${word.text}»`)).join(' ')
    })
  )
}

describe('RequirementsModel.covers', () => {
  it('leaves out English clauses of reason, purpose and concession, and clauses no modal binds', () => {
    const text = [
      'The ping is dropped because the link is reliable, so it will be replaced.',
      '',
      'To keep it simple, the service must read one file.',
      '',
      'Logging should be a library, making it convenient.',
      '',
      'The name should be fixed; its purpose is clarity.',
      '',
      'If the load is high, the page must load fast.',
      '',
      'The export must be simple, reliable and fast.',
      '',
      '- Fast search; results are sorted.',
      ''
    ].join('\n')
    expect(coverage(text)).toEqual([
      '«The» «ping» «is» «dropped» «because» «the» «link» «is» «reliable» so it will be replaced',
      '«To» «keep» «it» «simple» the service must read one file',
      'Logging should be a library «making» «it» «convenient»',
      'The name should be fixed «its» «purpose» «is» «clarity»',
      'If the load is high the page must load fast',
      'The export must be simple reliable and fast',
      '-'
    ])
  })

  it('in a sentence that is a requirement by its shape too, keeps the main clauses a modal does not bind', () => {
    const text = ['## Requirements', '', '- The search should be fast; results are sorted simply, because users scan them.', ''].join('\n')
    expect(coverage(text).at(-1)).toBe('The search should be fast results are sorted simply «because» «users» «scan» «them»')
  })

  it('leaves out Russian clauses of reason and concession unless they bind on their own', () => {
    const text = [
      '# Требования',
      '',
      'Механизм входа простой, поскольку он общедоступен.',
      '',
      'Отчёт выгружается раз в сутки, так как аудитор должен получать его быстро.',
      '',
      'Поскольку портал публичный, вход простой.',
      '',
      'Интерфейс работает так, как удобно пользователю.',
      '',
      'Отчёт отправляется, хотя это неудобно.',
      '',
      'Баннер показывается хотя бы раз за удобный период.',
      ''
    ].join('\n')
    expect(coverage(text).slice(1)).toEqual([
      'Механизм входа простой «поскольку» «он» «общедоступен»',
      'Отчёт выгружается раз в сутки так как аудитор должен получать его быстро',
      '«Поскольку» «портал» «публичный» вход простой',
      'Интерфейс работает так как удобно пользователю',
      'Отчёт отправляется «хотя» «это» «неудобно»',
      'Баннер показывается хотя бы раз за удобный период'
    ])
  })
})

describe('the `sections` option of the engine', () => {
  it("skips a project's own section and checks one it names a requirements section", () => {
    const text = '# ТЗ\n\n## Обзор рынка\n\n- Конкуренты предлагают удобный интерфейс.\n\n## Исходные данные\n\nОтчёт строится быстро.\n'
    const lint = (sections?: SectionScopes) =>
      lintFile(text, {glossary: builtinGlossary(), ...(sections ? {sections} : {})}).messages.map((message) => `${message.line} ${message.actual}`)
    expect(lint()).toEqual(['5 удобный'])
    expect(lint({requirements: ['исходные данные'], skip: ['обзор рынка']})).toEqual(['9 быстро'])
  })
})

describe('explainRequirements', () => {
  /** Each sentence as «evidence/role: text», or «(verdict)/role: text» for one that states no requirement. */
  function readings(markdown: string): string[] {
    return explainRequirements(markdown).map((reading) => `${reading.evidence ?? `(${reading.verdict})`}/${reading.role}: ${markdown.slice(reading.start, reading.end)}`)
  }

  it('gives the evidence on which a Russian sentence is read as a requirement, and its section', () => {
    const text = [
      '# Введение',
      '',
      'Портал заменит старый.',
      '',
      '# Функциональные требования',
      '',
      '- ФТ-1 Поиск работает быстро.',
      '- Экспорт отчёта в PDF.',
      '',
      'Система ДОЛЖНА вести журнал.',
      '',
      'Отчёт должен строиться за 2 с. Он выгружается в PDF.',
      '',
      'Оператор может выгрузить отчёт.',
      '',
      'Сервис запускается в Docker.',
      '',
      '# Эксплуатация',
      '',
      'Используйте понятные имена.',
      '',
      'Оператор может выгрузить отчёт.',
      '',
      'Система должна поддерживать:',
      '',
      '- импорт из CSV;',
      '',
      '| Параметр | Значение |',
      '| --- | --- |',
      '| Время отклика | быстрое |',
      '',
      '- Журнал хранится год.',
      '',
      'Сервис запускается в Docker.',
      ''
    ].join('\n')
    expect(readings(text)).toEqual([
      '(heading)/skip: Введение',
      '(skipped-section)/skip: Портал заменит старый',
      '(heading)/requirements: Функциональные требования',
      'identifier/requirements: ФТ-1 Поиск работает быстро',
      'requirements-list/requirements: Экспорт отчёта в PDF',
      'keyword/requirements: Система ДОЛЖНА вести журнал',
      'binding/requirements: Отчёт должен строиться за 2 с',
      'bound-block/requirements: Он выгружается в PDF',
      'permissive/requirements: Оператор может выгрузить отчёт',
      'indicative/requirements: Сервис запускается в Docker',
      '(heading)/unclassified: Эксплуатация',
      'imperative/unclassified: Используйте понятные имена',
      // Elsewhere a possibility, the indicative and a neighbour's binding word describe (ownEvidence).
      '(description)/unclassified: Оператор может выгрузить отчёт',
      'binding/unclassified: Система должна поддерживать',
      'lead-in/unclassified: импорт из CSV',
      'table/unclassified: Параметр',
      'table/unclassified: Значение',
      'table/unclassified: Время отклика',
      'table/unclassified: быстрое',
      'list/unclassified: Журнал хранится год',
      '(description)/unclassified: Сервис запускается в Docker'
    ])
    const places = explainRequirements(text).filter((reading) => reading.place !== 'paragraph' && reading.place !== 'heading')
    expect(places.map((reading) => `${reading.place}: ${text.slice(reading.start, reading.end)}`)).toEqual([
      'listItem: ФТ-1 Поиск работает быстро',
      'listItem: Экспорт отчёта в PDF',
      'listItem: импорт из CSV',
      'tableCell: Параметр',
      'tableCell: Значение',
      'tableCell: Время отклика',
      'tableCell: быстрое',
      'listItem: Журнал хранится год'
    ])
  })

  it('gives the evidence of an English sentence, and the clauses a binding word stands in', () => {
    const text = [
      '## Requirements',
      '',
      'As a dispatcher, I want a simple route view.',
      '',
      'The service MUST log errors.',
      '',
      'The page must load fast, because users wait.',
      '',
      'The export should be simple.',
      '',
      'The game will be intuitive.',
      '',
      'The route view is simple.',
      ''
    ].join('\n')
    expect(readings(text)).toEqual([
      '(heading)/requirements: Requirements',
      'user-story/requirements: As a dispatcher, I want a simple route view',
      'keyword/requirements: The service MUST log errors',
      'binding/requirements: The page must load fast, because users wait',
      'should/requirements: The export should be simple',
      'will/requirements: The game will be intuitive',
      '(description)/requirements: The route view is simple'
    ])
    const fast = explainRequirements(text).find((reading) => text.slice(reading.start, reading.end).startsWith('The page'))!
    expect(fast.clauses.map((clause) => `${clause.binds ? 'binds' : 'free'}${clause.adjunct ? ' adjunct' : ''}: ${text.slice(clause.start, clause.end)}`)).toEqual(['binds: The page must load fast', 'free adjunct: because users wait'])
  })
})
