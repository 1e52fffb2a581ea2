/**
 * The progress line and the summary: a progress line only on a terminal, not
 * in CI, and only after a second; the summary says files, errors, warnings,
 * time, cache hits and fixes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {Progress, progressAllowed} from '../src/progress.js'
import {summaryLine} from '../src/summary.js'
import {runInProcess, tempDir} from './helpers.js'

afterEach(() => {
  vi.restoreAllMocks()
})

function fakeTerminal(): {write(text: string): void; isTTY: true; text: string} {
  return {
    isTTY: true,
    text: '',
    write(text: string) {
      this.text += text
    }
  }
}

describe('the progress line', () => {
  it('appears only after a second, at most ten times a second, and is erased', () => {
    let now = 0
    const terminal = fakeTerminal()
    const progress = new Progress(terminal, {now: () => now})
    progress.start(1000)
    for (let index = 0; index < 100; index++) {
      now += 5
      progress.tick()
    }
    expect(terminal.text).toBe('')
    for (let index = 0; index < 100; index++) {
      now += 5
      progress.tick()
    }
    expect(terminal.text).toBe('\r\u001B[Kreqlint: 200/1000 files (20%)')
    for (let index = 0; index < 40; index++) {
      now += 5
      progress.tick()
    }
    // 200 ms later: two more redraws, not forty.
    expect(terminal.text.split('\r\u001B[K').filter(Boolean)).toEqual(['reqlint: 200/1000 files (20%)', 'reqlint: 220/1000 files (22%)', 'reqlint: 240/1000 files (24%)'])
    progress.clear()
    expect(terminal.text.endsWith('(24%)\r\u001B[K')).toBe(true)
  })

  it('never draws without a terminal, in CI, or on a dumb terminal', () => {
    expect(progressAllowed({write: () => undefined, isTTY: false}, {})).toBe(false)
    expect(progressAllowed({write: () => undefined}, {})).toBe(false)
    expect(progressAllowed(fakeTerminal(), {})).toBe(true)
    expect(progressAllowed(fakeTerminal(), {CI: 'true'})).toBe(false)
    expect(progressAllowed(fakeTerminal(), {GITHUB_ACTIONS: 'true'})).toBe(false)
    expect(progressAllowed(fakeTerminal(), {CI: 'false'})).toBe(true)
    expect(progressAllowed(fakeTerminal(), {TERM: 'dumb'})).toBe(false)
    const silent = new Progress(undefined, {now: () => 10_000})
    silent.start(1)
    silent.tick()
    silent.clear()
  })

  // The run's own clock, not the machine's: a loaded machine cannot make a quick run slow, nor a slow one quick.
  it('does not show on a quick run, even on a terminal', async () => {
    const dir = tempDir({'a.md': 'Вход через SSO.\n'})
    const result = await runInProcess(['a.md'], {cwd: dir, stderrTTY: true, clock: {now: () => 0}})
    // The summary is in the documents' language (Russian); the progress line, drawn before any is read, in the environment's.
    expect(result.stderr).toBe('reqlint: 1 файл, 1 ошибка, 0 предупреждений (0,00 с)\n')
  })

  it('shows on a run past a second, on a terminal, and is erased before the summary', async () => {
    const dir = tempDir({'a.md': 'Вход через SSO.\n', 'b.md': 'Вход через SSO.\n'})
    // Every reading of the clock is 1.5 s after the one before (the start, the progress line's start, each
    // document, the summary), so each document is past the first second and the last drawing.
    let now = 0
    const clock = {now: () => (now += 1500)}
    const result = await runInProcess(['--workers', '1', 'a.md', 'b.md'], {cwd: dir, stderrTTY: true, clock})
    expect(result.stderr).toBe('\r\u001B[Kreqlint: 1/2 files (50%)\r\u001B[Kreqlint: 2/2 files (100%)\r\u001B[Kreqlint: 2 файла, 2 ошибки, 0 предупреждений (6,00 с)\n')
  })
})

describe('the summary line', () => {
  const base = {files: 12, errors: 3, warnings: 1, cached: 0, fixes: 0, fixedFiles: 0, dryRun: false, milliseconds: 1234}

  it('counts files, errors and warnings, with the time', () => {
    expect(summaryLine(base)).toBe('reqlint: 12 files, 3 errors, 1 warning (1.23 s)\n')
    expect(summaryLine({...base, files: 1, errors: 1, warnings: 0, milliseconds: 61_000})).toBe('reqlint: 1 file, 1 error, 0 warnings (61.0 s)\n')
  })

  it('says what the cache and the fixes did', () => {
    expect(summaryLine({...base, cached: 10, fixes: 4, fixedFiles: 2})).toBe('reqlint: 12 files, 3 errors, 1 warning, 4 fixes applied in 2 files (1.23 s, 10 from cache)\n')
    expect(summaryLine({...base, fixes: 1, fixedFiles: 1, dryRun: true})).toBe('reqlint: 12 files, 3 errors, 1 warning, 1 fix to apply in 1 file (1.23 s)\n')
  })

  it('is written natively in Russian, with its plural forms and decimal comma', () => {
    expect(summaryLine(base, 'ru')).toBe('reqlint: 12 файлов, 3 ошибки, 1 предупреждение (1,23 с)\n')
    expect(summaryLine({...base, files: 1, errors: 1, warnings: 0, milliseconds: 61_000}, 'ru')).toBe('reqlint: 1 файл, 1 ошибка, 0 предупреждений (61,0 с)\n')
    expect(summaryLine({...base, files: 22, errors: 5, warnings: 21, cached: 10, fixes: 4, fixedFiles: 2}, 'ru')).toBe(
      'reqlint: 22 файла, 5 ошибок, 21 предупреждение, применено 4 исправления в 2 файлах (1,23 с, 10 из кэша)\n'
    )
    expect(summaryLine({...base, fixes: 1, fixedFiles: 1, dryRun: true}, 'ru')).toBe('reqlint: 12 файлов, 3 ошибки, 1 предупреждение, можно применить 1 исправление в 1 файле (1,23 с)\n')
  })
})

describe('an unreadable file', () => {
  it('is one line in the report, and the others are linted', async () => {
    const dir = tempDir({'locked.md': 'x', 'a.md': 'Вход через SSO.\n'})
    const read = fs.readFileSync
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: unknown) => {
      if (typeof file === 'string' && file.endsWith(`${path.sep}locked.md`)) throw Object.assign(new Error('EACCES: permission denied'), {code: 'EACCES'})
      return read(file, options as never)
    }) as typeof fs.readFileSync)
    const result = await runInProcess(['--format', 'json', 'locked.md', 'a.md'], {cwd: dir})
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{reason: string; ruleId?: string}>}>
    expect(report.map((file) => [file.path, file.messages.map((message) => message.ruleId ?? message.reason)])).toEqual([
      ['a.md', ['undefined-abbreviation']],
      ['locked.md', ['cannot read: EACCES']]
    ])
  })
})
