/**
 * `--fix` and `--fix-dry-run`: what is written (only the fixes core returns,
 * the rest of the bytes untouched: BOM, CRLF, encoding, mode), that a second
 * run changes nothing, that a failed write leaves the original intact, and
 * that nothing is ever written without --fix.
 */
import fs from 'node:fs'
import path from 'node:path'
import {applyPatch} from 'diff'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {writeFileAtomic} from '../src/atomic-write.js'
import {runBinary, runInProcess, tempDir} from './helpers.js'

/** «CRМ» with a Cyrillic «М» (mixed-script) and «Crm» for the glossary's «CRM» (inconsistent-term): both have fixes. */
const fixable = '\uFEFF# Требования\r\n\r\nСистема CR\u041C хранит карточки. Модуль Crm готов.\r\n\r\nВход через SSO.\r\n'
const fixed = '\uFEFF# Требования\r\n\r\nСистема CRM хранит карточки. Модуль CRM готов.\r\n\r\nВход через SSO.\r\n'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('--fix', () => {
  it('writes the fixes, keeps BOM, CRLF and mode, reports what is left, and a second run changes nothing', async () => {
    const dir = tempDir({'spec.md': fixable, 'clean.md': '# Требования\n'})
    fs.chmodSync(path.join(dir, 'spec.md'), 0o640)
    const first = await runInProcess(['--fix', '--format', 'json', 'spec.md', 'clean.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe(fixed)
    expect(fs.statSync(path.join(dir, 'spec.md')).mode & 0o777).toBe(0o640)
    // What is left: the findings of the fixed text, at their places in it.
    const report = JSON.parse(first.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(report.map((file) => file.path)).toEqual(['clean.md', 'spec.md'])
    expect(report[1]!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['undefined-abbreviation', 5, 12]])
    expect(first.code).toBe(1)
    expect(fs.readdirSync(dir).sort()).toEqual(['clean.md', 'spec.md'])

    const before = fs.statSync(path.join(dir, 'spec.md')).mtimeMs
    const second = await runInProcess(['--fix', 'spec.md', 'clean.md'], {cwd: dir})
    expect(second.stderr).toMatch(/^reqlint: 2 файла, 1 ошибка, 0 предупреждений \(/u)
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe(fixed)
    expect(fs.statSync(path.join(dir, 'spec.md')).mtimeMs).toBe(before)
  })

  it('says how many fixes it applied', async () => {
    const dir = tempDir({'spec.md': fixable})
    const result = await runInProcess(['--fix', 'spec.md'], {cwd: dir})
    expect(result.stderr).toMatch(/^reqlint: 1 файл, 1 ошибка, 0 предупреждений, применено 2 исправления в 1 файле \(/u)
  })

  it('fixes the right bytes after any number of byte order marks (issue 14)', async () => {
    const bom = '\uFEFF'
    for (const count of [1, 2, 3]) {
      const dir = tempDir({'d.md': `${bom.repeat(count)}Модуль Crm работает и CR\u041C тоже.\n`})
      const result = await runInProcess(['--fix', '--format', 'json', 'd.md'], {cwd: dir})
      expect(fs.readFileSync(path.join(dir, 'd.md'), 'utf8')).toBe(`${bom.repeat(count)}Модуль CRM работает и CRM тоже.\n`)
      expect(result.code).toBe(0)
    }
    // Reported places count the second BOM as a character of line 1, as the fixes do.
    const dir = tempDir({'d.md': `${bom}${bom}Модуль Crm.\n`})
    const report = JSON.parse((await runInProcess(['--format', 'json', 'd.md'], {cwd: dir})).stdout) as Array<{messages: Array<{column: number}>}>
    expect(report[0]!.messages.map((message) => message.column)).toEqual([9])
  })

  it('writes a windows-1251 file back in windows-1251', async () => {
    const text = 'Требования к системе CR\u041C.\r\n'
    const encode = (value: string): Uint8Array => new Uint8Array([...value].map((char) => (char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x350 : char.charCodeAt(0))))
    const dir = tempDir({'cp1251.md': encode(text)})
    await runInProcess(['--fix', 'cp1251.md'], {cwd: dir})
    expect(fs.readFileSync(path.join(dir, 'cp1251.md'))).toEqual(Buffer.from(encode('Требования к системе CRM.\r\n')))
  })

  it('writes through a symbolic link to the file it points to, keeping the link', async () => {
    const dir = tempDir({'real/spec.md': fixable})
    fs.symlinkSync(path.join(dir, 'real/spec.md'), path.join(dir, 'link.md'))
    await runInProcess(['--fix', 'link.md'], {cwd: dir})
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(path.join(dir, 'real/spec.md'), 'utf8')).toBe(fixed)
  })

  it('leaves the original intact when the write fails midway, says so, and exits 1', async () => {
    const dir = tempDir({'spec.md': fixable, 'other.md': 'Система CR\u041C.\n'})
    const rename = fs.renameSync
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(to).endsWith('spec.md')) throw Object.assign(new Error('simulated: disk gone'), {code: 'EIO'})
      rename(from, to)
    })
    const result = await runInProcess(['--fix', '--format', 'json', 'spec.md', 'other.md'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe(fixable)
    // The other file was fixed all the same; no temporary file is left behind.
    expect(fs.readFileSync(path.join(dir, 'other.md'), 'utf8')).toBe('Система CRM.\n')
    expect(fs.readdirSync(dir).sort()).toEqual(['other.md', 'spec.md'])
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string}>}>
    // Reported as the file is on disk: the problem, then its findings unfixed.
    expect(report[1]!.messages.map((message) => message.ruleId ?? message.reason)).toEqual([
      'cannot write the fixes: EIO',
      'mixed-script',
      'inconsistent-term',
      'undefined-abbreviation'
    ])
  })

  it('never writes without --fix', async () => {
    const dir = tempDir({'spec.md': fixable})
    const before = fs.statSync(path.join(dir, 'spec.md'))
    const result = await runInProcess(['spec.md'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe(fixable)
    expect(fs.statSync(path.join(dir, 'spec.md')).mtimeMs).toBe(before.mtimeMs)
  })

  it('works from the real binary', () => {
    const dir = tempDir({'spec.md': fixable})
    const result = runBinary(['--fix', 'spec.md'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe(fixed)
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff that applies to the file, writes nothing, and reports to standard error', async () => {
    const dir = tempDir({'docs/spec.md': fixable})
    const result = await runInProcess(['--fix-dry-run', 'docs/spec.md'], {cwd: dir})
    expect(result.code).toBe(1)
    expect(fs.readFileSync(path.join(dir, 'docs/spec.md'), 'utf8')).toBe(fixable)
    expect(result.stdout).toMatch(/^--- a\/docs\/spec\.md\n\+\+\+ b\/docs\/spec\.md\n@@ -1,5 \+1,5 @@\n/u)
    expect(result.stdout).toContain('-Система CR\u041C хранит карточки. Модуль Crm готов.\r\n+Система CRM хранит карточки. Модуль CRM готов.\r\n')
    expect(applyPatch(fixable, result.stdout)).toBe(fixed)
    // The report of what would be left, and the summary, on standard error.
    expect(result.stderr).toMatch(/ {2}5:12 +ошибка +Аббревиатура «SSO» не определена/u)
    expect(result.stderr).toMatch(/можно применить 2 исправления в 1 файле/u)
  })

  it('prints nothing on standard output when there is nothing to fix', async () => {
    const dir = tempDir({'spec.md': 'Вход через SSO.\n'})
    const result = await runInProcess(['--fix-dry-run', 'spec.md'], {cwd: dir})
    expect(result.stdout).toBe('')
  })

  it('shows the fixes of standard input too', async () => {
    const result = await runInProcess(['--fix-dry-run', '--stdin-filename', 'spec.md'], {stdin: 'Система CR\u041C.\n'})
    expect(result.stdout).toBe('--- a/spec.md\n+++ b/spec.md\n@@ -1,1 +1,1 @@\n-Система CR\u041C.\n+Система CRM.\n')
  })
})

describe('writeFileAtomic', () => {
  it('fails without touching the target or leaving a temporary file when the rename target is a directory', () => {
    const dir = tempDir({'target/inside.md': 'kept'})
    expect(() => writeFileAtomic(path.join(dir, 'target'), 'new')).toThrow()
    expect(fs.readFileSync(path.join(dir, 'target/inside.md'), 'utf8')).toBe('kept')
    expect(fs.readdirSync(dir)).toEqual(['target'])
  })

  it('fails without touching the target when writing the temporary file fails', () => {
    const dir = tempDir({'spec.md': 'old'})
    vi.spyOn(fs, 'fsyncSync').mockImplementation(() => {
      throw Object.assign(new Error('simulated: no space left'), {code: 'ENOSPC'})
    })
    expect(() => writeFileAtomic(path.join(dir, 'spec.md'), 'new')).toThrow('no space left')
    expect(fs.readFileSync(path.join(dir, 'spec.md'), 'utf8')).toBe('old')
    expect(fs.readdirSync(dir)).toEqual(['spec.md'])
  })

  it('creates a new file with the usual permissions', () => {
    const dir = tempDir()
    writeFileAtomic(path.join(dir, 'new.json'), '{}')
    expect(fs.readFileSync(path.join(dir, 'new.json'), 'utf8')).toBe('{}')
  })
})
