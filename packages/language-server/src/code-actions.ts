/**
 * The code actions on findings: apply a finding's fix, fix every finding of
 * one rule in the file, silence the rule on the finding's line, add an
 * undefined abbreviation to the project glossary, and settle two names of one
 * concept there: the less used one as a synonym or as a name to avoid, or the
 * two as different concepts (`distinct`). `source.fixAll.reqlint`
 * applies every fix, for editors that fix on save.
 */
import {applyFixes, formatTemplate, type Fix, type Locale, type RuleFinding, type Template} from '@reqlint/core/lint'
import {CodeActionKind, type CodeAction, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rangeOf, toDiagnostic} from './diagnostics.js'
import {disableEdit} from './disable-comment.js'
import {addAbbreviation, addDistinct, addName, type TextChange} from './glossary-edit.js'

/** The kind of the action that applies every fix of the file. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.reqlint`

/** A YAML glossary the project lints with, and its current text. */
export interface EditableGlossary {
  readonly uri: string
  readonly name: string
  readonly text: string
}

export interface CodeActionRequest {
  readonly document: TextDocument
  readonly findings: readonly RuleFinding[]
  /** The offsets the editor asks about. */
  readonly start: number
  readonly end: number
  /** `context.only`: the kinds wanted, when the editor says. */
  readonly only: readonly string[] | undefined
  readonly mdx: boolean
  /** The glossary an abbreviation can be added to, if the folder has a YAML one. */
  readonly glossary: EditableGlossary | undefined
  /** The locale of the titles and of the diagnostics they name. */
  readonly locale: Locale
}

/** The actions' titles, in the findings' locale. */
const titles = {
  replace: {en: 'Replace «{actual}» with «{text}»', ru: 'Заменить «{actual}» на «{text}»'},
  fixRule: {en: 'Fix all {rule} problems in this file', ru: 'Исправить в файле все замечания {rule}'},
  addToGlossary: {en: 'Add «{actual}» to the glossary {glossary}', ru: 'Добавить «{actual}» в глоссарий {glossary}'},
  disableLine: {en: 'Disable {rule} for this line', ru: 'Отключить {rule} для этой строки'},
  addSynonym: {en: 'Add «{name}» to the glossary {glossary} as a synonym of «{term}»', ru: 'Добавить «{name}» в глоссарий {glossary} как синоним «{term}»'},
  addAvoided: {en: 'Add «{name}» to the glossary {glossary} as a name to avoid, «{term}» instead', ru: 'Добавить «{name}» в глоссарий {glossary} как нерекомендуемое название, вместо него — «{term}»'},
  addDistinct: {en: 'Declare «{name}» and «{term}» different concepts in the glossary {glossary}', ru: 'Записать в глоссарий {glossary}, что «{name}» и «{term}» — разные понятия'},
  fixAll: {en: 'Fix all reqlint problems in this file', ru: 'Исправить в файле все замечания reqlint'}
} satisfies Record<string, Template>

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const {document, findings, start, end, only, locale} = request
  const title = (template: Template, data: Record<string, string> = {}): string => formatTemplate(template, data, locale)
  const wanted = (kind: string): boolean => only === undefined || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`))
  const actions: CodeAction[] = []
  const uri = document.uri
  const edit = (edits: TextEdit[]): WorkspaceEdit => ({changes: {[uri]: edits}})

  if (wanted(CodeActionKind.QuickFix)) {
    const here = findings.filter(({finding}) => finding.span.start <= end && start <= finding.span.end)
    const fixAllOffered = new Set<string>()
    const disableOffered = new Set<string>()
    const glossaryOffered = new Set<string>()
    for (const stamped of here) {
      const {rule, finding} = stamped
      const diagnostic = toDiagnostic(stamped, document, locale)
      if (finding.fix) {
        actions.push({
          title: title(titles.replace, {actual: finding.actual, text: finding.fix.text}),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: edit([textEdit(document, finding.fix)])
        })
      }
      const ruleFixes = findings.filter((other) => other.rule.id === rule.id && other.finding.fix).map((other) => other.finding.fix!)
      if (finding.fix && ruleFixes.length > 1 && !fixAllOffered.has(rule.id)) {
        fixAllOffered.add(rule.id)
        actions.push({title: title(titles.fixRule, {rule: rule.id}), kind: CodeActionKind.QuickFix, edit: edit(fixEdits(document, ruleFixes))})
      }
      if (request.glossary && rule.id === 'undefined-abbreviation' && undefinedAbbreviation(stamped) && !glossaryOffered.has(finding.actual)) {
        const change = addAbbreviation(request.glossary.text, finding.actual)
        if (change) {
          glossaryOffered.add(finding.actual)
          actions.push({
            title: title(titles.addToGlossary, {actual: finding.actual, glossary: request.glossary.name}),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: {changes: {[request.glossary.uri]: [{range: rangeIn(request.glossary.text, change.start, change.end), newText: change.text}]}}
          })
        }
      }
      if (request.glossary && rule.id === 'inconsistent-term') {
        const names = documentPair(stamped)
        if (names && !glossaryOffered.has(`${names.name}\0${names.term}`)) {
          glossaryOffered.add(`${names.name}\0${names.term}`)
          const glossary = request.glossary
          const offer = (template: Template, change: TextChange | undefined): void => {
            if (!change) return
            actions.push({
              title: title(template, {...names, glossary: glossary.name}),
              kind: CodeActionKind.QuickFix,
              diagnostics: [diagnostic],
              edit: {changes: {[glossary.uri]: [{range: rangeIn(glossary.text, change.start, change.end), newText: change.text}]}}
            })
          }
          offer(titles.addSynonym, addName(glossary.text, names.term, names.name, 'synonyms'))
          offer(titles.addAvoided, addName(glossary.text, names.term, names.name, 'avoid'))
          // A pair the rule asks about (is this one concept or two?) may be two.
          if (finding.messageId === 'compound' || finding.messageId === 'lexicon') offer(titles.addDistinct, addDistinct(glossary.text, [names.name, names.term]))
        }
      }
      const line = document.positionAt(finding.span.start).line
      if (!disableOffered.has(`${rule.id}:${line}`)) {
        disableOffered.add(`${rule.id}:${line}`)
        actions.push({
          title: title(titles.disableLine, {rule: rule.id}),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit([disableEdit(document, line, rule.id, request.mdx)])
        })
      }
    }
  }

  if (only !== undefined && wanted(fixAllKind)) {
    const all = findings.flatMap(({finding}) => (finding.fix ? [finding.fix] : []))
    if (all.length > 0) actions.push({title: title(titles.fixAll), kind: fixAllKind, edit: edit(fixEdits(document, all))})
  }
  return actions
}

/**
 * A plain undefined abbreviation: not the ambiguous one (it has meanings to choose from) nor
 * one defined later or twice: those need the document edited, not the glossary.
 */
function undefinedAbbreviation({finding}: RuleFinding): boolean {
  return finding.messageId === 'undefined' && /^\S+$/u.test(finding.actual)
}

/** The variant finding kinds: two names the document uses, neither of them in the glossary. */
const documentPairs = new Set(['spelling', 'transliteration', 'compound', 'document', 'lexicon'])

/**
 * The two names of a pair the document gives one concept, as the glossary
 * would list them: the less used name and the dominant one (their dictionary
 * forms, as the rule's message names them). Glossary findings have none: the
 * glossary has settled those names already.
 */
function documentPair({finding}: RuleFinding): {name: string; term: string} | undefined {
  if (finding.messageId === undefined || !documentPairs.has(finding.messageId)) return undefined
  const data = finding.data as {readonly name?: unknown; readonly dominant?: unknown} | undefined
  return typeof data?.name === 'string' && typeof data.dominant === 'string' ? {name: glossaryForm(data.name), term: glossaryForm(data.dominant)} : undefined
}

/**
 * A name as a glossary lists it: the document's label keeps the capital of a
 * sentence's first word («Сессия хранится…»), which a glossary does not;
 * capitals inside a name (CRM, OpenAPI, «Личный Кабинет») are the name's own.
 */
function glossaryForm(label: string): string {
  return /^\p{Lu}[\p{Ll}-]*(?:\s[^\p{Lu}]*)?$/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label
}

function textEdit(document: TextDocument, fix: Fix): TextEdit {
  return {range: rangeOf(document, fix.span), newText: fix.text}
}

/** The fixes that apply together, as core's `applyFixes` chooses them (no two overlap). */
function fixEdits(document: TextDocument, fixes: readonly Fix[]): TextEdit[] {
  return applyFixes(document.getText(), fixes).applied.map((fix) => textEdit(document, fix))
}

/** A range of a text that is not open in the editor, from offsets. */
function rangeIn(text: string, start: number, end: number): TextEdit['range'] {
  const position = (offset: number): {line: number; character: number} => {
    const before = text.slice(0, offset)
    const line = before.split('\n').length - 1
    return {line, character: offset - (before.lastIndexOf('\n') + 1)}
  }
  return {start: position(start), end: position(end)}
}
