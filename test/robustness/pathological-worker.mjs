// Lints one pathological document in a process of its own, so that its time and
// peak memory are its own and a crash cannot take the test runner down:
// `node pathological-worker.mjs <case>` prints one JSON line.
import {builtinGlossary, lint} from '@reqlint/core'

/** Distinct made-up abbreviations: «АБВ», «АБГ», … (three Cyrillic capitals, no vowel rules tripped). */
function abbreviation(index) {
  const letters = 'БВГДЖЗКЛМНПРСТФХЦЧШЩ'
  let name = ''
  let rest = index
  for (let digit = 0; digit < 4; digit++) {
    name += letters[rest % letters.length]
    rest = Math.floor(rest / letters.length)
  }
  return name
}

const sentence = 'Система должна быстро обрабатывать лиды в CRM-системе и т.д., а тех. задание согласуется с заказчиком. '

export const cases = {
  'flat-list-100k': () => Array.from({length: 100_000}, (_, index) => `- пункт ${index} ТЗ\n`).join(''),
  'nested-list-100k': () => '- '.repeat(100_000) + 'Система должна быстро работать с ЭДО.\n',
  'nested-quote-100k': () => '> '.repeat(100_000) + 'Система должна быстро работать с ЭДО.\n',
  'nested-mixed-100k': () => '> - '.repeat(50_000) + 'Система должна быстро работать с ЭДО.\n',
  'nested-list-lines-1k': () => Array.from({length: 1_000}, (_, depth) => `${'  '.repeat(depth)}- уровень ${depth} ТЗ\n`).join(''),
  'line-5mb': () => sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length)),
  // Issue 14, item 7: two long runs matched against each other (106 s at 20,000, past 300 s at 100,000), and closers without an opener.
  'emphasis-runs-20k': () => '*'.repeat(20_000) + 'СИС' + '*'.repeat(20_000) + '\n',
  'emphasis-runs-100k': () => '*'.repeat(100_000) + 'СИС' + '*'.repeat(100_000) + '\n',
  'emphasis-unclosed-50k': () => 'Цена* '.repeat(50_000) + '\n',
  // Ordinary emphasis, a lot of it: 2,000 paragraphs of bold, italic, footnote stars and form blanks.
  'emphasis-ordinary-2k': () => 'Поле **Клиент** и *срок* ответа*; подпись ________ /Иванов/, «___» ______ 2024 г.\n\n'.repeat(2_000),
  'abbreviations-50k': () => {
    // One made-up abbreviation per sentence, ten sentences a paragraph: prose, not a block of capitals.
    const paragraphs = []
    for (let index = 0; index < 50_000; index += 10) {
      paragraphs.push(Array.from({length: 10}, (_, offset) => `Модуль ${abbreviation(index + offset)} обрабатывает заявки клиентов.`).join(' '))
    }
    return paragraphs.join('\n\n') + '\n'
  },
  'table-2000-columns': () => {
    const columns = 2_000
    const row = (cell) => `| ${Array.from({length: columns}, (_, column) => cell(column)).join(' | ')} |`
    const rows = [row((column) => `Столбец ${column}`), `|${' --- |'.repeat(columns)}`]
    for (let index = 0; index < 20; index++) rows.push(row((column) => (column % 7 === 0 ? 'быстро, CRМ' : `лид ${index}`)))
    return rows.join('\n') + '\n'
  }
}

const name = process.argv[2]
const make = cases[name]
if (!make) {
  console.error(`unknown case ${name}; known: ${Object.keys(cases).join(', ')}`)
  process.exit(2)
}
const text = make()
const glossary = builtinGlossary()
const started = performance.now()
let result
try {
  const {file, fixes} = lint(text, {glossary})
  result = {outcome: 'linted', messages: file.messages.length, fixes: fixes.length}
} catch (error) {
  result = {outcome: 'refused', error: `${error?.name}: ${String(error?.message).split('\n')[0]}`, oneLine: !/[\r\n]/u.test(String(error?.message))}
}
const milliseconds = Math.round(performance.now() - started)
console.log(JSON.stringify({name, bytes: Buffer.byteLength(text), milliseconds, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), ...result}))
