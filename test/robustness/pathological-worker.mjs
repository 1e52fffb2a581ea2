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

/** Each case at `scale` (1: the document; less: the same shape, smaller, for the growth check). */
export const cases = {
  'flat-list-100k': (scale) => Array.from({length: Math.round(100_000 * scale)}, (_, index) => `- пункт ${index} ТЗ\n`).join(''),
  'nested-list-100k': (scale) => '- '.repeat(Math.round(100_000 * scale)) + 'Система должна быстро работать с ЭДО.\n',
  'nested-quote-100k': (scale) => '> '.repeat(Math.round(100_000 * scale)) + 'Система должна быстро работать с ЭДО.\n',
  'nested-mixed-100k': (scale) => '> - '.repeat(Math.round(50_000 * scale)) + 'Система должна быстро работать с ЭДО.\n',
  'nested-list-lines-1k': (scale) => Array.from({length: Math.round(1_000 * scale)}, (_, depth) => `${'  '.repeat(depth)}- уровень ${depth} ТЗ\n`).join(''),
  'line-5mb': (scale) => sentence.repeat(Math.ceil((5 * 1024 * 1024 * scale) / sentence.length)),
  // Issue 14, item 7: two long runs matched against each other (106 s at 20,000, past 300 s at 100,000), and closers without an opener.
  'emphasis-runs-20k': (scale) => '*'.repeat(Math.round(20_000 * scale)) + 'СИС' + '*'.repeat(Math.round(20_000 * scale)) + '\n',
  'emphasis-runs-100k': (scale) => '*'.repeat(Math.round(100_000 * scale)) + 'СИС' + '*'.repeat(Math.round(100_000 * scale)) + '\n',
  'emphasis-unclosed-50k': (scale) => 'Цена* '.repeat(Math.round(50_000 * scale)) + '\n',
  // Ordinary emphasis, a lot of it: 2,000 paragraphs of bold, italic, footnote stars and form blanks.
  'emphasis-ordinary-2k': (scale) => 'Поле **Клиент** и *срок* ответа*; подпись ________ /Иванов/, «___» ______ 2024 г.\n\n'.repeat(Math.round(2_000 * scale)),
  'abbreviations-50k': (scale) => {
    // One made-up abbreviation per sentence, ten sentences a paragraph: prose, not a block of capitals.
    const paragraphs = []
    for (let index = 0; index < Math.round(50_000 * scale); index += 10) {
      paragraphs.push(Array.from({length: 10}, (_, offset) => `Модуль ${abbreviation(index + offset)} обрабатывает заявки клиентов.`).join(' '))
    }
    return paragraphs.join('\n\n') + '\n'
  },
  'table-2000-columns': (scale) => {
    const columns = Math.round(2_000 * scale)
    const row = (cell) => `| ${Array.from({length: columns}, (_, column) => cell(column)).join(' | ')} |`
    const rows = [row((column) => `Столбец ${column}`), `|${' --- |'.repeat(columns)}`]
    for (let index = 0; index < 20; index++) rows.push(row((column) => (column % 7 === 0 ? 'быстро, CRМ' : `лид ${index}`)))
    return rows.join('\n') + '\n'
  }
}

// `node pathological-worker.mjs <case> [scale...]`: one JSON line per scale (1 when none is given), in
// that order, all in this one process. The CPU time of each `lint()` is the process's own (its threads,
// the garbage collector's included), which other load on the machine changes far less than wall time.
const [name, ...scaleArgs] = process.argv.slice(2)
const make = cases[name]
if (!make) {
  console.error(`unknown case ${name}; known: ${Object.keys(cases).join(', ')}`)
  process.exit(2)
}
const glossary = builtinGlossary()
for (const scale of scaleArgs.length > 0 ? scaleArgs.map(Number) : [1]) {
  const text = make(scale)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  let result
  try {
    const {findings, fixes} = lint(text, {glossary})
    result = {outcome: 'linted', messages: findings.length, fixes: fixes.length}
  } catch (error) {
    result = {outcome: 'refused', error: `${error?.name}: ${String(error?.message).split('\n')[0]}`, oneLine: !/[\r\n]/u.test(String(error?.message))}
  }
  const cpu = process.cpuUsage(cpuBefore)
  const milliseconds = Math.round(performance.now() - started)
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000)
  console.log(JSON.stringify({name, scale, bytes: Buffer.byteLength(text), milliseconds, cpuMs, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), ...result}))
}
