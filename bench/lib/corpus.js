// Deterministic requirements documents in Markdown, Russian and English: front matter, headings,
// numbered requirements (nested lists), GFM tables, inline code, links and reference links, fenced
// code, block quotes, a terms section, abbreviations (most defined, some not), vague words, glossary
// synonyms mixed with their terms, and now and then a word mixing Cyrillic and Latin letters.
// A document is a sequence of parts of about 40 KB, so a 10 MB document has the structure of a
// 1 MB one, only more of it.
import {createRandom} from './prng.js'
import {capitalize} from './vocabulary.js'

const wrapWidth = 100

/** Hard-wraps a paragraph as people do in Markdown sources; `prefix` continues list items. */
function wrap(text, prefix = '', first = '') {
  const words = text.split(' ')
  const lines = []
  let line = first
  for (const word of words) {
    if (line.length > prefix.length && line.length + 1 + word.length > wrapWidth) {
      lines.push(line)
      line = prefix + word
    } else line = line === '' || line === first || line === prefix ? line + word : line + ' ' + word
  }
  lines.push(line)
  return lines.join('\n')
}

// ---------------------------------------------------------------- Russian

const ru = {
  verbs: [
    'обеспечивать хранение', 'формировать', 'отображать', 'передавать в учетную систему', 'проверять корректность',
    'регистрировать изменения', 'загружать', 'выгружать', 'архивировать', 'согласовывать', 'рассчитывать',
    'уведомлять ответственного о создании', 'блокировать удаление', 'сохранять историю изменения'
  ],
  objects: [
    'карточки клиента', 'лида', 'сделки', 'заявки', 'договора', 'счета', 'контрагента', 'воронки продаж',
    'задачи менеджера', 'обращения клиента', 'коммерческого предложения', 'отчета по продажам'
  ],
  vague: [
    'быстро', 'удобно', 'при необходимости', 'и т.д.', 'оперативно', 'в достаточном объеме', 'по возможности',
    'интуитивно понятным образом', 'в разумные сроки', 'максимально эффективно', 'в полном объеме', 'и т. п.'
  ],
  measurable: [
    'не более чем за 2 секунды', 'в течение 1 рабочего дня', 'для 95 % запросов', 'не реже одного раза в сутки',
    'с точностью до копейки', 'не позднее 10:00 по московскому времени', 'в объеме до 500 МБ'
  ],
  chapterTitles: [
    'Общие сведения', 'Назначение и цели создания системы', 'Характеристика объекта автоматизации',
    'Требования к системе', 'Требования к функциям', 'Требования к интеграции', 'Требования к надежности',
    'Требования к безопасности', 'Требования к производительности', 'Требования к отчетности',
    'Порядок контроля и приемки', 'Требования к документированию', 'Состав и содержание работ'
  ],
  sectionTitles: [
    'Управление лидами', 'Ведение сделок', 'Карточка клиента', 'Импорт данных', 'Журнал событий',
    'Роли и права доступа', 'Уведомления', 'Отчеты', 'Интеграция с ЭДО', 'Телефония', 'Электронная почта',
    'Справочники', 'Поиск и фильтры', 'Мобильный доступ'
  ],
  crm: [
    'CRM', 'CRM-система', 'лид', 'воронка продаж', 'коробочная версия', 'коробка', 'облачная версия', 'ТЗ',
    'техническое задание', 'тех. задание', 'ЭДО', 'API', 'SaaS', 'интегратор', 'вендор', 'MVP', 'Crm'
  ],
  priorities: ['Высокий', 'Средний', 'Низкий', 'Обязательный'],
  sources: ['Заказчик', 'Отдел продаж', 'Служба безопасности', 'ИТ-департамент', 'Бухгалтерия'],
  binding: ['должна', 'должна', 'должна', 'может', 'обязана']
}

/**
 * A Russian document of at least `bytes` UTF-8 bytes (it stops at the end of a block). `entries`
 * are glossary entries (from generateEntries) whose names the document uses.
 */
export function russianDocument({bytes, seed, entries, title = 'внедрение CRM-системы'}) {
  const random = createRandom(seed)
  const out = []
  let size = 0
  const emit = (block) => {
    out.push(block)
    size += Buffer.byteLength(block, 'utf8') + 2
  }
  const used = new Set()
  const undefinedPool = ['СУБД', 'ЕСИА', 'МДМ', 'ОЦО', 'ЛКК', 'ПАК', 'НСИ', 'КСПД']

  const entryName = (kase) => {
    const entry = random.pick(entries)
    // Mostly the term; sometimes a synonym (inconsistent-term) or an avoided name.
    let name = entry
    if (entry.synonyms.length > 0 && random.chance(0.25)) name = entry.synonyms[0]
    else if (entry.avoid.length > 0 && random.chance(0.1)) name = entry.avoid[0]
    if (entry.abbreviation && random.chance(0.3)) {
      used.add(entry)
      return entry.abbreviation
    }
    return name.form(kase)
  }
  const object = () => {
    const roll = random.next()
    if (roll < 0.45) return entryName('gen')
    if (roll < 0.55) return `${random.pick(ru.objects)} в ${random.pick(['ЭДО', 'CRM', 'ERP', 'АРМ'])}`
    return random.pick(ru.objects)
  }
  const inlineExtra = () => {
    const roll = random.next()
    if (roll < 0.12) return ` через метод \`${random.pick(['POST', 'GET', 'PATCH'])} /api/v${random.int(1, 3)}/${random.pick(['leads', 'deals', 'contacts', 'tasks'])}/{id}\``
    if (roll < 0.2) return ` в поле \`${random.pick(['status', 'owner_id', 'amount', 'created_at'])}\``
    if (roll < 0.27) return ` согласно [ГОСТ 34.602-2020](https://docs.cntd.ru/document/1200181804)`
    if (roll < 0.31) return ` (см. [раздел ${random.int(1, 12)}](#раздел-${random.int(1, 12)}))`
    if (roll < 0.34) return ` по регламенту [ИБ][регламент]`
    if (roll < 0.36) return ` (подробнее: <https://example.ru/wiki/${random.int(100, 999)}>)`
    if (roll < 0.4) return ` в **${random.pick(['обязательном', 'автоматическом', 'ручном'])}** режиме`
    return ''
  }
  const tail = () => {
    const roll = random.next()
    if (roll < 0.16) return ' ' + random.pick(ru.vague)
    if (roll < 0.5) return ' ' + random.pick(ru.measurable)
    return ''
  }
  const requirement = () => {
    let text = `Система ${random.pick(ru.binding)} ${random.pick(ru.verbs)} ${object()}${inlineExtra()}${tail()}`
    if (random.chance(0.25)) text += `, а также ${random.pick(ru.verbs)} ${object()}`
    if (random.chance(0.1)) text += ` с использованием ${random.pick(ru.crm)}`
    if (random.chance(0.008)) text += ` в ${random.pick(undefinedPool)}`
    if (random.chance(0.004)) text += ' в CRМ' // a Cyrillic М: mixed-script
    return text + '.'
  }
  const description = () => {
    const roll = random.next()
    if (roll < 0.3) return `${capitalize(entryName('nom'))} используется для учета ${random.pick(ru.objects)}${inlineExtra()}.`
    if (roll < 0.5) return `В рамках проекта ${random.pick(ru.crm)} применяется ${random.pick(['для', 'при обработке'])} ${object()}${tail()}.`
    if (roll < 0.7) return `Данные ${object()} хранятся в ${random.pick(['БД', 'хранилище', 'архиве'])} не менее ${random.int(1, 10)} лет.`
    return `Пользователь с ролью «${random.pick(['Менеджер', 'Руководитель', 'Администратор', 'Оператор'])}» работает с ${entryName('ins')}${tail()}.`
  }
  const paragraph = () => {
    const sentences = []
    const count = random.int(2, 5)
    for (let i = 0; i < count; i++) sentences.push(random.chance(0.5) ? description() : requirement())
    return wrap(sentences.join(' '))
  }
  const list = (number) => {
    const items = []
    const count = random.int(3, 10)
    for (let i = 1; i <= count; i++) {
      const marker = `${i}. `
      let item = wrap(`**${number}.${i}.** ${requirement()}`, ' '.repeat(marker.length), marker)
      if (random.chance(0.2)) {
        for (let j = 0; j < random.int(2, 4); j++) item += '\n' + wrap(requirement(), '     ', '   - ')
      }
      items.push(item)
    }
    return items.join('\n')
  }
  const table = (number) => {
    const rows = ['| ID | Требование | Приоритет | Источник |', '| --- | --- | :---: | --- |']
    const count = random.int(3, 9)
    for (let i = 1; i <= count; i++) {
      const text = requirement().replace(/\|/g, '\\|')
      rows.push(`| ФТ-${number}.${i} | ${text} | ${random.pick(ru.priorities)} | ${random.pick(ru.sources)} |`)
    }
    return rows.join('\n')
  }
  const code = () =>
    random.chance(0.5)
      ? '```sql\nSELECT id, status, owner_id\nFROM leads\nWHERE created_at >= now() - interval \'1 day\';\n```'
      : '```json\n{\n  "id": 42,\n  "status": "new",\n  "source": "web"\n}\n```'
  const note = () => `> **Примечание.** ${description()}\n> ${requirement()}`

  emit(`---\ntitle: Техническое задание на ${title}\nversion: 1.${random.int(0, 9)}\nstatus: draft\n---`)
  emit(`# Техническое задание на ${title}`)
  emit(wrap(`Настоящий документ (далее — ТЗ) описывает требования к CRM-системе. ${description()}`))
  emit('[регламент]: https://example.ru/regulations/security "Регламент ИБ"')

  let part = 0
  while (size < bytes) {
    part++
    // Each part opens with its terms section: the abbreviations it will use, defined in a table.
    emit(`## ${part}. Часть ${part}: подсистема «${random.pick(ru.sectionTitles)}»`)
    const termsIndex = out.length
    emit('') // placeholder for the terms section, filled when the part is written
    let chapter = 0
    const partBytes = size
    while (size - partBytes < 40_000 && size < bytes) {
      chapter++
      const number = `${part}.${chapter}`
      emit(`### ${number} ${random.pick(ru.chapterTitles)}`)
      emit(paragraph())
      let section = 0
      for (let s = random.int(2, 4); s > 0 && size < bytes; s--) {
        section++
        emit(`#### ${number}.${section} ${random.pick(ru.sectionTitles)}`)
        const roll = random.next()
        emit(paragraph())
        if (roll < 0.5) emit(list(`${number}.${section}`))
        else emit(table(`${number}.${section}`))
        if (random.chance(0.3)) emit(paragraph())
        if (random.chance(0.1)) emit(code())
        if (random.chance(0.12)) emit(note())
      }
    }
    const rows = ['### Термины и сокращения', '', '| Сокращение | Расшифровка |', '| --- | --- |']
    for (const entry of used) rows.push(`| ${entry.abbreviation} | ${capitalize(entry.term)} |`)
    rows.push('| ЭДО | Электронный документооборот |', '| ERP | Enterprise Resource Planning |', '| АРМ | Автоматизированное рабочее место |', '| БД | База данных |')
    used.clear()
    out[termsIndex] = rows.join('\n')
    size += Buffer.byteLength(out[termsIndex], 'utf8')
  }
  return out.join('\n\n') + '\n'
}

// ---------------------------------------------------------------- English

const en = {
  verbs: [
    'store', 'display', 'validate', 'export', 'import', 'archive', 'notify the owner of', 'log every change to',
    'calculate the total of', 'synchronise', 'lock', 'assign'
  ],
  objects: [
    'the customer record', 'each lead', 'the deal', 'the invoice', 'the sales pipeline', 'the contact list',
    'the support ticket', 'the price list', 'the quote', 'the order history'
  ],
  adjectives: ['qualified', 'inbound', 'primary', 'billing', 'shipping', 'partner', 'regional', 'archived'],
  nouns: ['lead', 'account', 'opportunity', 'contract', 'territory', 'campaign', 'segment', 'forecast'],
  vague: [
    'quickly', 'as appropriate', 'if necessary', 'etc.', 'user-friendly', 'as soon as possible', 'where possible',
    'in a timely manner', 'easy to use', 'sufficient', 'and so on', 'robust'
  ],
  measurable: [
    'within 2 seconds', 'for 95% of requests', 'at least once a day', 'within one business day',
    'to the nearest cent', 'for up to 500 MB'
  ],
  chapterTitles: [
    'Introduction', 'Overall Description', 'Functional Requirements', 'External Interfaces', 'Performance',
    'Security', 'Reliability', 'Reporting', 'Acceptance Criteria', 'Documentation'
  ],
  sectionTitles: [
    'Lead Management', 'Deals', 'Customer Record', 'Data Import', 'Audit Log', 'Roles and Permissions',
    'Notifications', 'Reports', 'E-signature', 'Telephony', 'E-mail', 'Search'
  ],
  abbreviations: [
    ['SLA', 'Service Level Agreement'], ['SSO', 'Single Sign-On'], ['ERP', 'Enterprise Resource Planning'],
    ['KPI', 'Key Performance Indicator'], ['ETL', 'Extract, Transform, Load'], ['RBAC', 'Role-Based Access Control'],
    ['MQL', 'Marketing Qualified Lead'], ['SDR', 'Sales Development Representative'], ['ACV', 'Annual Contract Value']
  ],
  undefinedPool: ['LDAP', 'MDM', 'CDP', 'IVR', 'OCR', 'DWH'],
  priorities: ['High', 'Medium', 'Low', 'Must'],
  binding: ['shall', 'shall', 'must', 'should', 'may']
}

export function englishDocument({bytes, seed, title = 'CRM implementation'}) {
  const random = createRandom(seed)
  const out = []
  let size = 0
  const emit = (block) => {
    out.push(block)
    size += Buffer.byteLength(block, 'utf8') + 2
  }
  const term = () => `${random.pick(en.adjectives)} ${random.pick(en.nouns)}`
  const object = () => {
    const roll = random.next()
    if (roll < 0.3) return `the ${term()}`
    if (roll < 0.45) return `the ${random.pick(en.abbreviations)[0]} report`
    return random.pick(en.objects)
  }
  const inlineExtra = () => {
    const roll = random.next()
    if (roll < 0.12) return ` through \`${random.pick(['POST', 'GET', 'PATCH'])} /api/v${random.int(1, 3)}/${random.pick(['leads', 'deals', 'contacts'])}/{id}\``
    if (roll < 0.2) return ` in the \`${random.pick(['status', 'owner_id', 'amount'])}\` field`
    if (roll < 0.27) return ` as defined in [ISO/IEC/IEEE 29148](https://www.iso.org/standard/72089.html)`
    if (roll < 0.31) return ` (see [section ${random.int(1, 12)}](#section-${random.int(1, 12)}))`
    if (roll < 0.34) return ` under the [security policy][policy]`
    if (roll < 0.38) return ` in **${random.pick(['mandatory', 'automatic', 'manual'])}** mode`
    return ''
  }
  const tail = () => {
    const roll = random.next()
    if (roll < 0.16) return ' ' + random.pick(en.vague)
    if (roll < 0.5) return ' ' + random.pick(en.measurable)
    return ''
  }
  const requirement = () => {
    let text = `The system ${random.pick(en.binding)} ${random.pick(en.verbs)} ${object()}${inlineExtra()}${tail()}`
    if (random.chance(0.25)) text += ` and ${random.pick(en.verbs)} ${object()}`
    if (random.chance(0.1)) text += ` using the ${random.pick(['CRM', 'SaaS', 'API', 'Crm'])} ${random.pick(['platform', 'gateway'])}`
    if (random.chance(0.008)) text += ` via ${random.pick(en.undefinedPool)}`
    if (random.chance(0.004)) text += ' in the СRM' // a Cyrillic С: mixed-script
    return text + '.'
  }
  const description = () => {
    const roll = random.next()
    if (roll < 0.4) return `A ${term()} is used to track ${random.pick(en.objects)}${inlineExtra()}.`
    if (roll < 0.7) return `The ${random.pick(en.abbreviations)[0]} applies to ${object()}${tail()}.`
    return `A user with the ${random.pick(['Manager', 'Administrator', 'Operator'])} role works with ${object()}${tail()}.`
  }
  const paragraph = () => {
    const sentences = []
    for (let i = random.int(2, 5); i > 0; i--) sentences.push(random.chance(0.5) ? description() : requirement())
    return wrap(sentences.join(' '))
  }
  const list = (number) => {
    const items = []
    for (let i = 1, count = random.int(3, 10); i <= count; i++) {
      const marker = `${i}. `
      let item = wrap(`**${number}.${i}.** ${requirement()}`, ' '.repeat(marker.length), marker)
      if (random.chance(0.2)) for (let j = random.int(2, 4); j > 0; j--) item += '\n' + wrap(requirement(), '     ', '   - ')
      items.push(item)
    }
    return items.join('\n')
  }
  const table = (number) => {
    const rows = ['| ID | Requirement | Priority |', '| --- | --- | :---: |']
    for (let i = 1, count = random.int(3, 9); i <= count; i++) {
      rows.push(`| FR-${number}.${i} | ${requirement().replace(/\|/g, '\\|')} | ${random.pick(en.priorities)} |`)
    }
    return rows.join('\n')
  }

  emit(`---\ntitle: Software Requirements Specification for ${title}\nversion: 1.${random.int(0, 9)}\n---`)
  emit(`# Software Requirements Specification: ${title}`)
  emit('[policy]: https://example.com/policies/security "Security policy"')
  let part = 0
  while (size < bytes) {
    part++
    emit(`## ${part}. Part ${part}: ${random.pick(en.sectionTitles)} subsystem`)
    const rows = ['### Definitions, Acronyms and Abbreviations', '', '| Term | Meaning |', '| --- | --- |']
    for (const [abbreviation, meaning] of en.abbreviations) rows.push(`| ${abbreviation} | ${meaning} |`)
    rows.push('| CRM | Customer Relationship Management |', '| API | Application Programming Interface |')
    emit(rows.join('\n'))
    const partBytes = size
    let chapter = 0
    while (size - partBytes < 40_000 && size < bytes) {
      chapter++
      const number = `${part}.${chapter}`
      emit(`### ${number} ${random.pick(en.chapterTitles)}`)
      emit(paragraph())
      for (let s = 1, count = random.int(2, 4); s <= count && size < bytes; s++) {
        emit(`#### ${number}.${s} ${random.pick(en.sectionTitles)}`)
        emit(paragraph())
        if (random.chance(0.5)) emit(list(`${number}.${s}`))
        else emit(table(`${number}.${s}`))
        if (random.chance(0.3)) emit(paragraph())
        if (random.chance(0.1)) emit('```http\nGET /api/v1/leads?status=new HTTP/1.1\nAccept: application/json\n```')
        if (random.chance(0.12)) emit(`> **Note.** ${description()}\n> ${requirement()}`)
      }
    }
  }
  return out.join('\n\n') + '\n'
}
