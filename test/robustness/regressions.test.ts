/**
 * The shrunk counterexamples of the robustness tests that found real bugs in
 * @reqlint/core, kept so that they stay fixed.
 */
import {spawnSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {applyFixes, builtinGlossary, DocumentError, lint, loadGlossary, parseGlossaryFile, parseMarkdown, type GlossaryHost} from '@reqlint/core'
import {lintFile} from '../lint-file.js'
import {errorOf} from './data-error.js'

const options = {glossary: builtinGlossary()}

function messagesOf(text: string): Array<{ruleId: string | undefined; start: number | undefined; end: number | undefined; actual: string | undefined; reason: string}> {
  return lintFile(text, options).messages.map((message) => ({
    ruleId: message.ruleId,
    start: message.place && 'start' in message.place ? message.place.start.offset : undefined,
    end: message.place && 'start' in message.place ? message.place.end.offset : undefined,
    actual: message.actual,
    reason: message.reason
  }))
}

function fixed(text: string): string {
  return applyFixes(text, lint(text, options).fixes).output
}

function skeleton(text: string): string {
  const walk = (node: {type: string; children?: unknown[]}): string =>
    node.children ? `${node.type}(${node.children.map((child) => walk(child as {type: string})).join(',')})` : node.type
  return walk(parseMarkdown(text))
}

/** Linted, or refused with a clear one-line error: never a stack overflow. */
function expectLintedOrRefused(text: string): void {
  try {
    lint(text, options)
  } catch (error) {
    expect((error as Error).name).not.toBe('RangeError')
    expect((error as Error).message).not.toMatch(/[\r\n]|Maximum call stack/u)
  }
}

const oneLine = /^[^\n\r]+:\d+:\d+: [^\n\r]+$/u

function memoryHost(files: Record<string, string>): GlossaryHost {
  return {
    readFile(file) {
      const text = files[file]
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), {code: 'ENOENT'})
      return text
    },
    resolve(specifier) {
      return `/g/${specifier}`
    }
  }
}

describe('engine regressions', () => {
  it('an unknown named character reference does not shift later places', () => {
    const text = '&xy; CА Crm' // «А» is Cyrillic
    expect(messagesOf(text).map(({ruleId, start, end, actual}) => ({ruleId, start, end, actual}))).toEqual([
      {ruleId: 'mixed-script', start: 5, end: 7, actual: 'CА'},
      {ruleId: 'inconsistent-term', start: 8, end: 11, actual: 'Crm'}
    ])
    expect(fixed(text)).toBe('&xy; CA CRM')
  })

  it('a NUL (read as U+FFFD) or an invalid reference does not shift later places', () => {
    // Found with seed 8: «PАА» (Latin P) was placed on the NUL 14 characters before it.
    const text = '| a |\n| --- |\n| \u0000&#1234567; PАА |\n'
    expect(messagesOf(text).map(({ruleId, start, end, actual}) => ({ruleId, start, end, actual}))).toEqual([
      {ruleId: 'mixed-script', start: 28, end: 31, actual: 'PАА'}
    ])
  })

  it('a word ending in a character reference is placed up to the end of the reference', () => {
    const text = 'C&#1040;' // «C» Latin, «&#1040;» the Cyrillic «А»
    expect(messagesOf(text).map(({ruleId, start, end, actual}) => ({ruleId, start, end, actual}))).toEqual([
      {ruleId: 'mixed-script', start: 0, end: 8, actual: 'C&#1040;'}
    ])
    expect(['CA', text]).toContain(fixed(text))
    expect(fixed('Cr&#109;')).not.toContain('#109;')
  })

  it('a fix never changes the Markdown around the word', () => {
    for (const text of ['CR**М**', 'Тех. *задание*', 'клиентами[T](https://x.ru)', 'Cr*m*']) {
      expect(messagesOf(text).length, text).toBeGreaterThan(0)
      expect(skeleton(fixed(text)), text).toBe(skeleton(text))
    }
  })

  it('a fix next to an autolink literal does not change the link', () => {
    const text = 'Пишите на user@example.com-ААuser'
    expect(skeleton(fixed(text))).toBe(skeleton(text))
  })

  it('a soft hyphen, zero-width space or U+FEFF does not change an abbreviation', () => {
    expect(messagesOf('Система A\u00ADD.')).toEqual([])
    expect(messagesOf('Система C\u200BRM.')).toEqual([])
    // U+FEFF inside a word split it into parts once (an undefined «RM» here): one class of invisible characters now.
    expect(messagesOf('Система C\uFEFFRM.')).toEqual([])
    expect(messagesOf('- быстро-\u00ADAD').filter((message) => message.ruleId === 'undefined-abbreviation')).toEqual([])
  })

  it('1,000 nested lists and 2,000 nested block quotes are linted or refused, never a stack overflow', () => {
    expectLintedOrRefused(`${'- '.repeat(1000)}Система должна работать.\n`)
    expectLintedOrRefused(`${'> '.repeat(2000)}Система должна работать.\n`)
  })
})

// Issue 14, item 7: micromark's emphasis matching is quadratic on these; they are refused before parsing.
describe('emphasis the parser cannot match in bounded time', () => {
  const refusal = /^emphasis markers \(`\*`, `_`\) in a paragraph that the Markdown parser cannot match in bounded time/u

  it('refuses long runs matched against each other and closers without an opener, at the paragraph line', {timeout: 60_000}, () => {
    const intro = '# ТЗ\n\nСистема хранит **карточки** клиентов.\n\n'
    for (const [attack, line] of [
      ['*'.repeat(20_000) + 'СИС' + '*'.repeat(20_000), 5],
      ['_'.repeat(20_000) + 'x' + '_'.repeat(20_000), 5],
      ['Цена* '.repeat(20_000), 5],
      ['*a '.repeat(20_000) + 'b_ '.repeat(20_000), 5],
      ['**a '.repeat(20_000) + 'b* '.repeat(20_000), 5],
      ['*a* '.repeat(2_000) + 'b* '.repeat(20_000), 5],
      // In a list item: the paragraph starts on the item's line.
      ['- пункт\n  ' + '*'.repeat(20_000) + 'x' + '*'.repeat(20_000), 5]
    ] as const) {
      let error: unknown
      try {
        parseMarkdown(intro + attack + '\n')
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(DocumentError)
      expect((error as DocumentError).reason).toMatch(refusal)
      expect([(error as DocumentError).line, (error as DocumentError).column]).toEqual([line, 1])
    }
  })

  it('parses ordinary emphasis, footnote stars, form blanks and long runs that cannot open or close', {timeout: 60_000}, () => {
    const documents = [
      'Поле **Клиент** и *срок* ответа*; подпись ________ /Иванов/, «___» ______ 2024 г.\n\n'.repeat(500),
      'Цена* в рублях, срок** в днях. '.repeat(1_000) + '\n',
      '*a* _b_ **c** __d__ ***e*** '.repeat(500) + '\n',
      '- Цена* в рублях\n'.repeat(1_000),
      'Разделитель ' + '*'.repeat(100_000) + ' и ' + '_'.repeat(100_000) + ' между пробелами.\n',
      '```\n' + '*'.repeat(20_000) + 'x' + '*'.repeat(20_000) + '\n```\n'
    ]
    for (const document of documents) expect(parseMarkdown(document).children.length).toBeGreaterThan(0)
    // Places stay exact: the check refuses or lets the text through unchanged, it never rewrites it.
    const text = 'Вход через SSO и *CRM*.\n'
    expect(messagesOf(text).map((message) => [message.ruleId, message.start, message.end, message.actual])).toEqual([['undefined-abbreviation', 11, 14, 'SSO']])
  })
})

describe('glossary loader regressions', () => {
  it('an error quoting a name with a line break is still one line', () => {
    expect(errorOf(() => parseGlossaryFile('/g/a.yaml', '"a\\nb": 1\n', 'yaml')).message).toMatch(oneLine)
    expect(errorOf(() => parseGlossaryFile('/g/a.csv', '"te\nrm",x\n', 'csv')).message).toMatch(oneLine)
    expect(errorOf(() => loadGlossary(['/g/a.yaml'], memoryHost({'/g/a.yaml': 'terms:\n  - term: "a\\nb"\n  - term: "a\\rb"\n'}))).message).toMatch(oneLine)
    expect(errorOf(() => loadGlossary(['/g/a.yaml'], memoryHost({'/g/a.yaml': 'extends: ["a\\nb"]\n'}))).message).toMatch(oneLine)
  })

  it('an `extends` chain of 10,000 files is merged, bases first, and a cycle at its end is one line (was a RangeError at 5,000)', () => {
    const length = 10_000
    const files: Record<string, string> = {}
    for (let index = 0; index < length; index++) {
      files[`/g/${index}.yaml`] = index === length - 1 ? 'terms:\n  - term: лид\n' : `extends: [${index + 1}.yaml]\n`
    }
    const glossary = loadGlossary(['/g/0.yaml'], memoryHost(files))
    expect(glossary.files).toHaveLength(length)
    expect([glossary.files[0], glossary.files.at(-1)]).toEqual([`/g/${length - 1}.yaml`, '/g/0.yaml'])
    expect(glossary.entries.map((entry) => entry.term.value)).toEqual(['лид'])
    files[`/g/${length - 1}.yaml`] = 'extends: [0.yaml]\n'
    const cycle = errorOf(() => loadGlossary(['/g/0.yaml'], memoryHost(files)))
    expect(cycle.message).toMatch(oneLine)
    expect(cycle.message).toMatch(new RegExp(`^/g/${length - 1}\\.yaml:1:11: \`extends\` makes a cycle: /g/0\\.yaml → /g/1\\.yaml → .* → /g/${length - 1}\\.yaml → /g/0\\.yaml$`, 'u'))
  })

  it('an alias is refused with a message that says so', () => {
    const error = errorOf(() => parseGlossaryFile('/g/a.yaml', 'terms:\n  - &t {term: лид}\n  - *t\n', 'yaml'))
    expect(error.message).toMatch(/^\/g\/a\.yaml:3:5: .*alias/u)
  })

  it('a YAML glossary over 8 MB of UTF-8 is refused', {timeout: 60_000}, () => {
    const text = `terms:\n  - term: термин\n# ${'ж'.repeat(4.5 * 1024 * 1024)}\n`
    expect(errorOf(() => parseGlossaryFile('/g/big.yaml', text, 'yaml')).message).toBe('/g/big.yaml:1:1: file is larger than 8 MB')
  })

  it('a CSV glossary over 8 MB is refused', {timeout: 60_000}, () => {
    const text = `term\n${'термин\n'.repeat(1_500_000)}`
    expect(errorOf(() => parseGlossaryFile('/g/big.csv', text, 'csv')).message).toBe('/g/big.csv:1:1: file is larger than 8 MB')
  })

  it('deeply nested YAML and JSON glossaries are refused with a clear message, and Node survives', {timeout: 60_000}, () => {
    const script = `
      import {parseGlossaryFile} from '@reqlint/core'
      const deep = (n) => '['.repeat(n) + ']'.repeat(n)
      for (const [file, text, format] of [['/g/a.yaml', 'terms: ' + deep(20000) + '\\n', 'yaml'], ['/g/a.json', '{"terms": ' + deep(20000) + '}', 'json'], ['/g/b.yaml', 'terms: ' + deep(1000) + '\\n', 'yaml']]) {
        try { parseGlossaryFile(file, text, format); console.log('read') } catch (error) { console.log(error.name + ' ' + error.message) }
      }`
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', timeout: 30_000})
    expect(child.status, child.stderr.slice(0, 300)).toBe(0)
    const lines = child.stdout.trim().split('\n')
    expect(lines).toHaveLength(3)
    for (const line of lines) {
      expect(line).toMatch(/^DataError \/g\/[ab]\.(yaml|json):\d+:\d+: /u)
      expect(line).not.toMatch(/Maximum call stack/u)
    }
  })
})
