/**
 * The editor's parse cache changes nothing: every version of an edited
 * document gets exactly the findings of a fresh lint, whichever chunks the
 * edit touched (a chunk's text, a boundary moved, one chunk made two).
 */
import fs from 'node:fs'
import path from 'node:path'
import {builtinGlossary, checkTree, findingText, parseMarkdown, type RuleFinding} from '@reqlint/core/lint'
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

  it('counts a byte order mark in the offsets, as the editor does', () => {
    const text = '\uFEFFСистема должна быстро работать.\n'
    const result = new DocumentLinter().lint(text, 1, settings, glossary, false)
    expect(result.findings.map(({finding}) => [finding.span.start, finding.span.end, text.slice(finding.span.start, finding.span.end)])).toEqual([[16, 22, 'быстро']])
  })
})
