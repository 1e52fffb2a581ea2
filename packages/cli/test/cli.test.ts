/**
 * The CLI end to end on the example ТЗ and on bad input. Each case checks the
 * exit code and what a user reads. Most run main() in-process (fast); the
 * first two spawn the real binary, as a user runs it.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runBinary, runInProcess, tempDir} from './helpers.js'

async function reqlint(args: string[], options: {cwd?: string; input?: string} = {}) {
  return runInProcess(args, {cwd: options.cwd ?? root, ...(options.input === undefined ? {} : {stdin: options.input})})
}

interface JsonMessage {
  ruleId: string
  line: number
  column: number
  actual: string
  severity: string
  reason: string
  url: string
  expected?: string[]
}

describe('reqlint on the example ТЗ', () => {
  it('reports in stylish and exits 1 on errors', () => {
    const {code, stdout} = runBinary(['fixtures/example-tz.md'])
    expect(code).toBe(1)
    expect(stdout).toContain('fixtures/example-tz.md')
    expect(stdout).toMatch(/\n {2}\d+:\d+ +ошибка +Аббревиатура «SSO» не определена/u)
  })

  it('prints vfile-reporter-json’s shape with --format json', () => {
    const {code, stdout} = runBinary(['--format', 'json', 'fixtures/example-tz.md'])
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(report).toHaveLength(1)
    expect(report[0]!.path).toBe('fixtures/example-tz.md')
    const sso = report[0]!.messages.find((message) => message.actual === 'SSO')
    expect(sso).toMatchObject({ruleId: 'undefined-abbreviation', messageId: 'undefined', line: 76, column: 38, severity: 'error'})
    expect(sso!.url).toMatch(/docs\/rules\/undefined-abbreviation\.md$/u)
    // The related place is typed: its own place, message id and text, not a "(line:column)" in a string.
    const backup = report[0]!.messages.find((message) => message.actual === 'Бэкап')
    expect(backup).toMatchObject({
      messageId: 'preferred-term',
      reason: 'Вместо «Бэкап» пишите «резервное копирование»: глоссарий называет это понятие «резервное копирование», а «бэкап»\u00a0— его синоним; «резервное копирование» встречается в документе один раз',
      related: {
        place: {start: {line: 68, column: 4, offset: 2392}, end: {line: 68, column: 25, offset: 2413}},
        messageId: 'first-used-here',
        reason: 'Первое употребление «резервное копирование»'
      }
    })
    for (const message of report[0]!.messages) expect(message.ruleId).toMatch(/^[a-z-]+$/u)
  })

  it('exits 0 on a clean document, and on warnings only', async () => {
    const dir = tempDir({'clean.md': '# Требования\n\nСистема хранит карточки клиентов.\n', 'warn.md': 'Система должна работать быстро.\n'})
    expect((await reqlint(['clean.md'], {cwd: dir})).code).toBe(0)
    const warned = await reqlint(['warn.md'], {cwd: dir})
    expect(warned.code).toBe(0)
    expect(warned.stdout).toContain('предупреждение')
    expect((await reqlint(['--max-warnings', '0', 'warn.md'], {cwd: dir})).code).toBe(1)
    expect((await reqlint(['--rule', 'ambiguous-wording:error', 'warn.md'], {cwd: dir})).code).toBe(1)
    expect((await reqlint(['--rule', 'ambiguous-wording:off', 'warn.md'], {cwd: dir})).stdout).not.toContain('быстро')
  })

  it('reads standard input with -', async () => {
    const {code, stdout} = await reqlint(['--format', 'json', '--stdin-filename', 'spec.md', '-'], {input: 'Вход через SSO.\n'})
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(report[0]!.path).toBe('spec.md')
    expect(report[0]!.messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['undefined-abbreviation', 1, 12, 'SSO']
    ])
  })
})

describe('reqlint on bad input', () => {
  it('needs paths', async () => {
    const {code, stderr} = await reqlint([])
    expect(code).toBe(2)
    expect(stderr).toContain('no files given')
  })

  it('rejects an unknown rule and a bad severity', async () => {
    expect((await reqlint(['--rule', 'no-such-rule:off', 'fixtures/example-tz.md']))).toMatchObject({code: 2})
    expect((await reqlint(['--rule', 'no-such-rule:off', 'fixtures/example-tz.md'])).stderr).toContain('unknown rule `no-such-rule`')
    expect((await reqlint(['--rule', 'ambiguous-wording:loud', 'fixtures/example-tz.md'])).stderr).toContain('expected id:off, id:warn or id:error')
  })

  it('fails with path:line:column for a bad glossary, without a stack trace', async () => {
    const dir = tempDir({'g.yaml': 'terms:\n  - term: лид\n    synonim: [lead]\n', 'a.md': 'Текст.\n'})
    const {code, stderr, stdout} = await reqlint(['--glossary', 'g.yaml', 'a.md'], {cwd: dir})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`reqlint: ${path.join(dir, 'g.yaml')}:3:5: unknown key \`synonim\` in a term entry (expected one of: term, abbreviation, definition, synonyms, avoid, context)\n`)
  })

  it('reports a missing file, a binary file and invalid UTF-8 on one line each, and lints the rest', async () => {
    const dir = tempDir({
      'good.md': 'Вход через SSO.\n',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x0a])
    })
    const {code, stdout} = await reqlint(['--format', 'json', 'good.md', 'binary.md', 'latin1.md', 'missing.md'], {cwd: dir})
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as Array<{path: string; messages: JsonMessage[]}>
    const byPath = Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => message.reason)]))
    expect(byPath['missing.md']).toEqual(['no such file or directory'])
    expect(byPath['binary.md']).toEqual(['binary file (it contains NUL bytes), not Markdown'])
    expect(byPath['latin1.md']).toEqual(['invalid UTF-8 at byte 3; save the file as UTF-8'])
    expect(byPath['good.md']).toHaveLength(1)
  })

  it('lints a windows-1251 Russian file and says how it was read', async () => {
    const text = 'Требования к системе. Вход через SSO.\n'
    const bytes = new Uint8Array([...text].map((char) => (char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x350 : char.charCodeAt(0))))
    const dir = tempDir({'cp1251.md': bytes})
    const {stdout} = await reqlint(['--format', 'json', 'cp1251.md'], {cwd: dir})
    const messages = (JSON.parse(stdout) as Array<{messages: JsonMessage[]}>)[0]!.messages
    // A note about the document once it is read: in its language, as its findings are.
    expect(messages.map((message) => [message.line, message.column, message.actual ?? message.reason])).toEqual([
      [undefined, undefined, 'файл прочитан в кодировке windows-1251; reqlint ожидает UTF-8'],
      [1, 34, 'SSO']
    ])
    const english = await reqlint(['--format', 'json', '--locale', 'en', 'cp1251.md'], {cwd: dir})
    expect((JSON.parse(english.stdout) as Array<{messages: JsonMessage[]}>)[0]!.messages[0]!.reason).toBe('read as windows-1251; reqlint expects UTF-8')
  })

  it('walks a directory for Markdown and says when there is none', async () => {
    const dir = tempDir({'docs/a.md': 'Текст.\n', 'docs/sub/b.markdown': 'Вход через SSO.\n', 'docs/c.txt': 'SSO\n', 'empty/readme.txt': 'x'})
    const walked = JSON.parse((await reqlint(['--format', 'json', 'docs'], {cwd: dir})).stdout) as Array<{path: string}>
    expect(walked.map((file) => file.path)).toEqual(['docs/a.md', 'docs/sub/b.markdown'])
    const empty = await reqlint(['empty'], {cwd: dir})
    expect(empty.code).toBe(1)
    expect(empty.stdout).toContain('no Markdown files')
  })

  it('prints help that names every rule and the exit codes', async () => {
    const {code, stdout} = await reqlint(['--help'])
    expect(code).toBe(0)
    for (const id of ['undefined-abbreviation', 'inconsistent-term', 'ambiguous-wording', 'mixed-script']) expect(stdout).toContain(id)
    expect(stdout).toContain('Exit codes')
  })
})
