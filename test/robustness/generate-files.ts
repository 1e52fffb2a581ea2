/**
 * A deterministic corpus of small requirements documents for the stress test
 * (stress.test.ts): Russian and English requirement sentences, some with a
 * planted defect the CLI must report (an undefined abbreviation, a name the
 * built-in glossary says to avoid, an ambiguous word, a word mixing Cyrillic
 * and Latin letters), some clean, with decoys that must stay silent (the same
 * defects in code, abbreviations defined at first use). Every file records
 * what was planted in it — rule, line, column, the text — so the report can be
 * checked against the plan, not only against another report.
 *
 * File `i` depends only on the seed and `i` (a PRNG of its own), so the first
 * 1,000 files of a 5,000-file corpus are the 1,000-file corpus: files go to
 * `part-<i / 1000>/`, and linting `part-0` is linting the smaller corpus.
 */
import fs from 'node:fs'
import path from 'node:path'
// The benchmark's seeded PRNG (sfc32 through splitmix32): the same corpus on every machine.
import {createRandom} from '../../bench/lib/prng.js'

export interface Planted {
  readonly ruleId: 'undefined-abbreviation' | 'inconsistent-term' | 'ambiguous-wording' | 'mixed-script'
  /** 1-based, as the report gives them. */
  readonly line: number
  readonly column: number
  /** The reported text. */
  readonly actual: string
}

export interface GeneratedFile {
  /** Relative to the corpus directory, with `/`. */
  readonly path: string
  readonly text: string
  readonly planted: readonly Planted[]
}


type Language = 'ru' | 'en'

/** A sentence with one defect: the text before it, the defect as reported, the text after it. */
interface Defect {
  readonly ruleId: Planted['ruleId']
  readonly before: string
  readonly actual: string
  readonly after: string
}

const defects: Record<Language, readonly Defect[]> = {
  ru: [
    {ruleId: 'undefined-abbreviation', before: 'Система должна поддерживать ', actual: 'ЭДО', after: ' с контрагентами.'},
    {ruleId: 'undefined-abbreviation', before: 'Доступ в офис контролирует ', actual: 'СКУД', after: '.'},
    {ruleId: 'undefined-abbreviation', before: 'Данные о продажах передаются в ', actual: 'ЕГАИС', after: ' каждый день.'},
    {ruleId: 'undefined-abbreviation', before: 'Вход в систему выполняется через ', actual: 'SSO', after: '.'},
    {ruleId: 'inconsistent-term', before: 'Менеджер согласует ', actual: 'тех. задание', after: ' с заказчиком.'},
    {ruleId: 'inconsistent-term', before: 'Аналитик готовит ', actual: 'техзадание', after: ' до начала работ.'},
    {ruleId: 'ambiguous-wording', before: 'Отчёт по сделкам строится ', actual: 'быстро', after: '.'},
    {ruleId: 'ambiguous-wording', before: 'Интерфейс оператора должен быть ', actual: 'удобным', after: '.'},
    // «М» is Cyrillic in «CRМ», «е» is Latin in «клиeнта».
    {ruleId: 'mixed-script', before: 'Карточка клиента хранится в ', actual: 'CR\u041c', after: '.'},
    {ruleId: 'mixed-script', before: 'Менеджер открывает карточку ', actual: 'кли\u0065нта', after: '.'}
  ],
  en: [
    {ruleId: 'undefined-abbreviation', before: 'The system must support ', actual: 'SSO', after: ' for all users.'},
    {ruleId: 'undefined-abbreviation', before: 'User accounts are imported from ', actual: 'LDAP', after: ' every hour.'},
    {ruleId: 'ambiguous-wording', before: 'The operator interface must be ', actual: 'user-friendly', after: '.'},
    {ruleId: 'ambiguous-wording', before: 'The sales report must be generated ', actual: 'quickly', after: '.'},
    {ruleId: 'mixed-script', before: 'Customer records are stored in the ', actual: 'CR\u041c', after: '.'}
  ]
}

/** Sentences that must raise nothing with the built-in glossary. */
const clean: Record<Language, readonly string[]> = {
  ru: [
    'Менеджер создаёт сделку по каждому обращению клиента.',
    'Система хранит историю изменений карточки клиента.',
    'Оператор назначает ответственного за лид.',
    'Отчёт содержит сумму сделок за выбранный месяц.',
    'Система отправляет уведомление ответственному менеджеру в течение 5 минут.',
    'Администратор настраивает права доступа к разделам.',
    'Пользователь может выгрузить список контактов в формате CSV.',
    'Время отклика не превышает 2 секунд для 95 % запросов.',
    'Данные резервируются каждую ночь в 02:00.',
    'Руководитель отдела видит воронку продаж своего отдела.',
    'Менеджер заполняет поля формы заявки.',
    'Система проверяет формат номера телефона.',
    'Заказчик утверждает техническое задание.'
  ],
  en: [
    'The system stores the history of every deal.',
    // Not «CSV»: the built-in glossary is Russian and defines no abbreviation in an English document.
    'A manager can export the contact list as a spreadsheet file.',
    'The response time must not exceed 2 seconds for 95% of requests.',
    'The administrator assigns access rights to each role.',
    'Every change of a deal stage is written to the audit log.',
    'The system sends a reminder to the responsible manager 24 hours before the due date.',
    'Backups are made every night at 02:00.'
  ]
}

/** Abbreviations defined at first use, then used: nothing to report (unless the file plants the same one undefined). */
const definitions: Record<Language, ReadonlyArray<{readonly abbreviation: string; readonly text: string}>> = {
  ru: [
    {abbreviation: 'ЭДО', text: 'Система поддерживает электронный документооборот (ЭДО). Обмен через ЭДО идёт круглосуточно.'},
    {abbreviation: 'СКУД', text: 'Офис оборудован системой контроля и управления доступом (СКУД). Журнал СКУД хранится год.'}
  ],
  en: [{abbreviation: 'SSO', text: 'Users sign in through single sign-on (SSO). SSO uses the corporate directory.'}]
}

/**
 * Defects inside code, which is not prose: nothing to report. Not a planted abbreviation alone in a code span:
 * «`SSO`» would set the word as a literal for the whole document (undefined-abbreviation's `code.literals`).
 */
const codeDecoys: readonly string[] = ['```text\nЭДО быстро CR\u041c тех. задание\n```', 'Код `SSO=on` и `быстро` в строке.', 'The flag `--quickly` is code, and so is `LDAP_URI`.']

/** The `index`-th file of the corpus of `seed`. */
export function generateFile(seed: number, index: number): GeneratedFile {
  const random = createRandom((seed ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0)
  const language: Language = random.chance(0.75) ? 'ru' : 'en'
  const file = `part-${Math.floor(index / 1000)}/section-${String(index % 25).padStart(2, '0')}/req-${String(index).padStart(5, '0')}.md`
  // One in eight files is clean; the others get 1 to 4 distinct defects (an abbreviation is reported at its first use only, so none repeats).
  const pool = [...defects[language]]
  const chosen: Defect[] = []
  const defectCount = random.chance(0.125) ? 0 : random.int(1, 4)
  while (chosen.length < defectCount) chosen.push(pool.splice(Math.floor(random.next() * pool.length), 1)[0]!)

  type Block = {kind: 'clean'; text: string} | {kind: 'defect'; defect: Defect; item: boolean}
  const blocks: Block[] = []
  const sentences = random.int(3, 25)
  for (let i = 0; i < sentences; i++) {
    const roll = random.next()
    if (roll < 0.05) blocks.push({kind: 'clean', text: random.pick(codeDecoys)})
    else if (roll < 0.1) {
      const definition = random.pick(definitions[language])
      if (!chosen.some((defect) => defect.actual === definition.abbreviation)) blocks.push({kind: 'clean', text: definition.text})
    } else {
      const text = random.pick(clean[language])
      blocks.push({kind: 'clean', text: random.chance(0.2) ? `- ${text}` : text})
    }
  }
  for (const defect of chosen) blocks.splice(random.int(0, blocks.length), 0, {kind: 'defect', defect, item: random.chance(0.25)})

  const title = language === 'ru' ? `# Требования к подсистеме ${index}` : `# Requirements for subsystem ${index}`
  const lines = [title]
  const planted: Planted[] = []
  for (const block of blocks) {
    lines.push('')
    if (block.kind === 'clean') {
      lines.push(...block.text.split('\n'))
      continue
    }
    const marker = block.item ? '- ' : ''
    planted.push({ruleId: block.defect.ruleId, line: lines.length + 1, column: marker.length + block.defect.before.length + 1, actual: block.defect.actual})
    lines.push(marker + block.defect.before + block.defect.actual + block.defect.after)
  }
  return {path: file, text: lines.join('\n') + '\n', planted}
}

/** Writes files `0 … count - 1` of the corpus of `seed` under `directory`; returns them. */
export function writeCorpus(directory: string, seed: number, count: number): GeneratedFile[] {
  const files: GeneratedFile[] = []
  for (let index = 0; index < count; index++) {
    const file = generateFile(seed, index)
    const target = path.join(directory, file.path)
    fs.mkdirSync(path.dirname(target), {recursive: true})
    fs.writeFileSync(target, file.text)
    files.push(file)
  }
  return files
}
