/**
 * End to end under a real editor nobody here wrote: headless Neovim (Debian's
 * 0.7.2, so `vim.lsp.start_client` and `vim.lsp.buf_attach_client`) runs the
 * built server with its own LSP client, opens a Russian ТЗ, waits for the
 * diagnostics, applies a code action and reads the buffer back. Skipped when
 * `nvim` is not installed (CI installs it: .ci/run).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {serverBin, tempProject} from './lsp-session.js'

const hasNvim = spawnSync('nvim', ['--version'], {stdio: 'ignore'}).status === 0
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'neovim/lint-and-fix.lua')

const tz = `# Техническое задание

Система поставляется как коробочная версия по ГОСТ.

Система должна быстро формировать отчёт для ПМИ.

Коробка устанавливается на сервер заказчика.

Модуль CRМ передаёт данные, модуль CRМ их принимает.
`
const glossary = `language: ru
terms:
  - term: коробочная версия
    synonyms: [коробка]
abbreviations: [ГОСТ, CRM]
`

interface Seen {
  readonly error?: string
  readonly before: Array<{code: string; lnum: number; col: number; end_col: number; severity: number}>
  readonly titles: string[]
  readonly lines: string[]
  readonly after: Array<{code: string; lnum: number; col: number}>
}

/** Neovim counts columns in bytes of UTF-8: where `text` starts on `line`, in bytes. */
const byteColumn = (line: string, text: string, from = 0): number => Buffer.byteLength(line.slice(0, line.indexOf(text, from)))

const folders: string[] = []
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, {recursive: true, force: true})
})

describe.skipIf(!hasNvim)('reqlint-language-server under Neovim', () => {
  it('shows the findings of a Russian ТЗ at their places and applies a fix to the buffer', () => {
    const folder = tempProject({'.reqlintrc.yaml': 'glossary: glossary.yaml\n', 'glossary.yaml': glossary, 'tz.md': tz})
    folders.push(folder)
    const out = path.join(folder, 'seen.json')
    const lines = tz.split('\n')
    const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
      cwd: folder,
      encoding: 'utf8',
      timeout: 150_000,
      env: {
        ...process.env,
        REQLINT_OUT: out,
        REQLINT_ROOT: folder,
        REQLINT_NODE: process.execPath,
        REQLINT_SERVER: serverBin,
        REQLINT_FILE: path.join(folder, 'tz.md'),
        REQLINT_COUNT: '5',
        REQLINT_LINE: '8',
        REQLINT_CHARACTER: '8',
        // A Russian ТЗ: its findings and the actions on them are in Russian unless a locale is set.
        REQLINT_ACTION: 'Заменить «CRМ» на «CRM»',
        REQLINT_COUNT_AFTER: '4'
      }
    })
    expect(fs.existsSync(out), `Neovim wrote nothing: ${run.stderr ?? ''} ${run.error?.message ?? ''}`).toBe(true)
    const seen = JSON.parse(fs.readFileSync(out, 'utf8')) as Seen
    expect(seen.error).toBeUndefined()
    expect(seen.before.map(({code, lnum, col, end_col, severity}) => [code, lnum, col, end_col, severity])).toEqual([
      ['ambiguous-wording', 4, byteColumn(lines[4]!, 'быстро'), byteColumn(lines[4]!, ' формировать'), 2],
      ['undefined-abbreviation', 4, byteColumn(lines[4]!, 'ПМИ'), byteColumn(lines[4]!, '.'), 1],
      ['inconsistent-term', 6, 0, byteColumn(lines[6]!, ' устанавливается'), 1],
      ['mixed-script', 8, byteColumn(lines[8]!, 'CRМ'), byteColumn(lines[8]!, ' передаёт'), 1],
      ['mixed-script', 8, byteColumn(lines[8]!, 'CRМ', 20), byteColumn(lines[8]!, ' их'), 1]
    ])
    expect(seen.titles).toEqual(['Заменить «CRМ» на «CRM»', 'Исправить в файле все замечания mixed-script', 'Отключить mixed-script для этой строки'])
    expect(seen.lines.join('\n') + '\n').toBe(tz.replace('CRМ', 'CRM'))
    expect(seen.after.map(({code, lnum, col}) => [code, lnum, col])).toEqual([
      ['ambiguous-wording', 4, byteColumn(lines[4]!, 'быстро')],
      ['undefined-abbreviation', 4, byteColumn(lines[4]!, 'ПМИ')],
      ['inconsistent-term', 6, 0],
      // The fixed Latin «M» takes one byte where the Cyrillic «М» took two.
      ['mixed-script', 8, byteColumn(seen.lines[8]!, 'CRМ')]
    ])
  })
})
