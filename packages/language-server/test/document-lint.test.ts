/**
 * The editor's parse cache changes nothing: every version of an edited
 * document gets exactly the findings of a fresh lint, whichever chunks the
 * edit touched (a chunk's text, a boundary moved, one chunk made two).
 */
import fs from 'node:fs'
import path from 'node:path'
import {builtinGlossary, checkTree, findingsOf, findingText, parseMarkdown, type RuleFinding} from '@reqlint/core/lint'
import {describe, expect, it} from 'vitest'
import {DocumentLinter, editorChunkSize} from '../src/document-lint.js'
import {root} from './lsp-session.js'

const glossary = builtinGlossary()
const settings = {glossary: undefined, rules: {}, language: undefined, reportUnusedDisableDirectives: false}
const found = (findings: readonly RuleFinding[]): string[] =>
  findings.map(({rule, finding}) => `${rule.id} ${finding.span.start}-${finding.span.end} ${findingText({ruleId: rule.id, ...finding}, 'en')}${finding.fix ? ` → ${finding.fix.text}` : ''}`)

describe('DocumentLinter', () => {
  it('lints every version of an edited document as a fresh lint does', () => {
    const example = fs.readFileSync(path.join(root, 'fixtures/example-tz.md'), 'utf8')
    let text = Array.from({length: 6}, () => example).join('\n')
    expect(text.length).toBeGreaterThan(editorChunkSize * 4)
    const linter = new DocumentLinter()
    const edits: Array<(current: string) => string> = [
      (current) => current.replace('быстро', 'быстро и удобно'),
      // A blank line inside a paragraph: a new chunk boundary may appear.
      (current) => current.replace('коробки', 'коробки\n\nКоробка'),
      (current) => current.slice(0, current.length / 2) + '\n\nСистема должна формировать ПМИ по возможности.\n\n' + current.slice(current.length / 2),
      // A definition far from its uses: a document-wide fact changes.
      (current) => `Программа и методика испытаний (ПМИ) — документ.\n\n${current}`,
      (current) => current.replace(/^# .*\n/u, '')
    ]
    for (const [index, edit] of edits.entries()) {
      text = edit(text)
      const result = linter.lint(text, index + 1, settings, glossary, false)
      expect(found(result.findings)).toEqual(found(checkTree(parseMarkdown(text), text, {glossary})))
    }
  })

  it('gives every version the findings of a fresh lint when the rules reuse their per-block work', () => {
    // Abbreviations defined, used before their definition and never; glossary names; names spelt two
    // ways; names set in capitals and beside a capitalised word: what the rules keep for each block.
    const appendix = [
      '## Общие сведения',
      'Система поддерживает бизнес-процесс продаж. Данные хранятся в СУБД. Пользователь вводит пин-код.',
      'Вход выполняется через ЕСИА и личный кабинет. Поиск по тегам доступен в Личном Кабинете.',
      'Единая система идентификации и аутентификации (ЕСИА)\u00a0— государственная система входа.',
      '## Требования',
      'Каждый бизнес процесс описывается в карточке. Сервис Argo CD разворачивает систему, обмен идёт по gRPC.',
      'Поиск тегов выполняется за 2 секунды. Пинкод меняется раз в год. Журнал GRPC хранится в СУБД, а Argo CD следит за ним.',
      '| Параметр | Значение |\n|---|---|\n| НСИ | справочники СУБД |'
    ].join('\n\n')
    let text = `${fs.readFileSync(path.join(root, 'fixtures/example-tz.md'), 'utf8')}\n${appendix}\n`
    const linter = new DocumentLinter()
    const placed = (current: string, findings: readonly RuleFinding[]): string[] =>
      findingsOf(findings, current).map((finding) => `${finding.ruleId} ${finding.place.start.line}:${finding.place.start.column} ${findingText(finding, 'en')}`)
    const fresh = (current: string): string[] => placed(current, checkTree(parseMarkdown(current), current, {glossary}))
    const edits: Array<[string, (current: string) => string]> = [
      ['nothing', (current) => current],
      ['a word inside a block', (current) => current.replace('Каждый бизнес процесс', 'Каждый бизнес-процесс')],
      ['two blocks joined', (current) => current.replace('Личном Кабинете.\n\nЕдиная', 'Личном Кабинете. Единая')],
      ['a block split', (current) => current.replace(' Сервис Argo CD', '\n\nСервис Argo CD')],
      ['a block deleted', (current) => current.replace(/Единая система идентификации[^\n]*\n/u, '')],
      ['a definition added before the uses', (current) => current.replace('## Общие сведения\n', '## Общие сведения\n\nСистема управления базами данных (СУБД)\u00a0— хранилище данных.\n')],
      ['a block moved up', (current) => {
        const moved = /Поиск тегов выполняется[^\n]*\n\n/u.exec(current)![0]
        return moved + current.replace(moved, '')
      }],
      ['a heading of a paragraph\'s text', (current) => current.replace('## Требования', '## Поиск по тегам доступен в Личном Кабинете.')]
    ]
    const seen: string[][] = []
    for (const [index, [name, edit]] of edits.entries()) {
      text = edit(text)
      const expected = fresh(text)
      expect(placed(text, linter.lint(text, index + 1, settings, glossary, false).findings), name).toEqual(expected)
      seen.push(expected)
    }
    // The document-wide decisions changed with the edits: the abbreviation defined later, then not at all, then defined first.
    expect(seen[0]).toContainEqual(expect.stringMatching(/^undefined-abbreviation \d+:\d+ Unexpected «ЕСИА» before its definition/u))
    expect(seen[4]).toContainEqual(expect.stringMatching(/^undefined-abbreviation \d+:\d+ Undefined abbreviation «ЕСИА»/u))
    expect(seen[4]).toContainEqual(expect.stringMatching(/^undefined-abbreviation \d+:\d+ Undefined abbreviation «СУБД»/u))
    expect(seen[5]).not.toContainEqual(expect.stringMatching(/«СУБД»/u))
    expect(seen[5]).toContainEqual(expect.stringMatching(/^inconsistent-term /u))
  })

  it('counts a byte order mark in the offsets, as the editor does', () => {
    const text = '\uFEFFСистема должна быстро работать.\n'
    const result = new DocumentLinter().lint(text, 1, settings, glossary, false)
    expect(result.findings.map(({finding}) => [finding.span.start, finding.span.end, text.slice(finding.span.start, finding.span.end)])).toEqual([[16, 22, 'быстро']])
  })
})
