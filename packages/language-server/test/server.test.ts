/**
 * The language server over stdio, driven as an editor drives it: diagnostics
 * on open and change, code actions applied and the text linted again, hover,
 * a glossary changed and broken on disk, two workspace folders, MDX.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {ruleUrl} from '@reqlint/core'
import {afterEach, describe, expect, it} from 'vitest'
import {CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent} from 'vscode-languageserver-protocol'
import {applyEdits, LspSession, tempProject} from './lsp-session.js'

const glossary = `# The project's glossary.
language: ru
terms:
  - term: коробочная версия
    synonyms: [коробка]
  - term: техническое задание
    abbreviation: ТЗ
    avoid: [тех. задание]
abbreviations: [ГОСТ, CRM] # known without a definition
`

const tz = `# Техническое задание

Система поставляется как коробочная версия по ГОСТ.

Система должна быстро формировать отчёт для ПМИ.

Коробка устанавливается на сервер заказчика.

Модуль CRМ передаёт данные, модуль CRМ их принимает.
`

// The rule's page inside the installed @reqlint/core, as every message's url.
const docs = ruleUrl('ambiguous-wording').replace(/ambiguous-wording\.md$/u, '')

/** A diagnostic in short: rule, 0-based start line and character, end character, severity. */
const brief = (diagnostic: Diagnostic): [unknown, number, number, number, unknown] => [
  diagnostic.code,
  diagnostic.range.start.line,
  diagnostic.range.start.character,
  diagnostic.range.end.character,
  diagnostic.severity
]

const sessions: LspSession[] = []
const folders: string[] = []
afterEach(async () => {
  for (const session of sessions.splice(0)) if (session.alive) await session.stop()
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

/**
 * A project with the server started on it. The diagnostics are in English unless `locale` says
 * otherwise (`null`: the default, each document's own language): most tests are about what the
 * server does, not the language it says it in.
 */
async function project(files: Record<string, string> = {}, locale: string | null = 'en'): Promise<{folder: string; session: LspSession; uri: string}> {
  const folder = tempProject({'.reqlintrc.yaml': 'glossary: glossary.yaml\n', 'glossary.yaml': glossary, 'tz.md': tz, ...files})
  folders.push(folder)
  const session = await LspSession.start({folders: [folder], initializationOptions: {debounce: 0, ...(locale === null ? {} : {locale})}})
  sessions.push(session)
  return {folder, session, uri: pathToFileURL(path.join(folder, 'tz.md')).href}
}

async function actionsAt(session: LspSession, uri: string, line: number, character: number): Promise<CodeAction[]> {
  const result = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: {uri},
    range: {start: {line, character}, end: {line, character}},
    context: {diagnostics: []}
  })
  return (result ?? []) as CodeAction[]
}

describe('reqlint-language-server', () => {
  it('publishes the findings of an opened document with rule, docs, severity and related place', async () => {
    const {session, uri} = await project()
    const {diagnostics, version} = await session.open(uri, tz)
    expect(version).toBe(1)
    expect(diagnostics.map(brief)).toEqual([
      ['ambiguous-wording', 4, 15, 21, 2],
      ['undefined-abbreviation', 4, 44, 47, 1],
      ['inconsistent-term', 6, 0, 7, 1],
      ['mixed-script', 8, 7, 10, 1],
      ['mixed-script', 8, 35, 38, 1]
    ])
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('reqlint')
      expect(diagnostic.codeDescription?.href).toBe(`${docs}${String(diagnostic.code)}.md`)
    }
    const term = diagnostics.find((diagnostic) => diagnostic.code === 'inconsistent-term')!
    expect(term.message).toBe('Unexpected «Коробка», expected «коробочная версия»: «коробка» names the same concept as «коробочная версия», the glossary’s preferred name, used once here')
    expect(term.data).toEqual({messageId: 'preferred-term'})
    expect(term.relatedInformation).toEqual([
      {location: {uri, range: {start: {line: 2, character: 25}, end: {line: 2, character: 42}}}, message: '«коробочная версия» first used here'}
    ])
  })

  it('writes a Russian document\'s diagnostics, hover and actions in Russian unless the editor chose a locale', async () => {
    const {session, uri} = await project({}, null)
    const {diagnostics} = await session.open(uri, tz)
    const term = diagnostics.find((diagnostic) => diagnostic.code === 'inconsistent-term')!
    expect(term.message).toBe(
      'Вместо «Коробка» пишите «коробочная версия»: глоссарий называет это понятие «коробочная версия», а «коробка»\u00a0— его синоним; «коробочная версия» встречается в документе один раз'
    )
    expect(term.relatedInformation?.[0]?.message).toBe('Первое употребление «коробочная версия»')
    const hover = await session.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 4, character: 17}})
    expect((hover!.contents as MarkupContent).value).toContain('**«быстро» (неизмеримое качество). Скорость')
    expect((await actionsAt(session, uri, 4, 16)).map((action) => action.title)).toContain('Отключить ambiguous-wording для этой строки')
  })

  it('lints each new version and drops the findings an edit removed', async () => {
    const {session, uri} = await project()
    await session.open(uri, tz)
    const edited = tz.replace('быстро ', '').replace('Коробка', 'Коробочная версия')
    const {diagnostics} = await session.change(uri, 2, edited)
    expect(diagnostics.map(brief)).toEqual([
      ['undefined-abbreviation', 4, 37, 40, 1],
      ['mixed-script', 8, 7, 10, 1],
      ['mixed-script', 8, 35, 38, 1]
    ])
  })

  it('offers the fix, the fix of every finding of the rule and a control comment, which lint clean once applied', async () => {
    const {session, uri} = await project()
    await session.open(uri, tz)
    const actions = await actionsAt(session, uri, 8, 8)
    expect(actions.map((action) => action.title)).toEqual([
      'Replace «CRМ» with «CRM»',
      'Fix all mixed-script problems in this file',
      'Disable mixed-script for this line'
    ])
    const one = applyEdits(tz, actions[0]!.edit!.changes![uri]!)
    expect(one.split('\n')[8]).toBe('Модуль CRM передаёт данные, модуль CRМ их принимает.')
    const all = applyEdits(tz, actions[1]!.edit!.changes![uri]!)
    expect(all.split('\n')[8]).toBe('Модуль CRM передаёт данные, модуль CRM их принимает.')
    const {diagnostics} = await session.change(uri, 2, all)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['ambiguous-wording', 'undefined-abbreviation', 'inconsistent-term'])

    const disable = (await actionsAt(session, uri, 4, 16)).find((action) => action.title === 'Disable ambiguous-wording for this line')!
    const silenced = applyEdits(all, disable.edit!.changes![uri]!)
    expect(silenced.split('\n').slice(3, 6)).toEqual(['', '<!-- reqlint-disable-next-line ambiguous-wording -->', 'Система должна быстро формировать отчёт для ПМИ.'])
    const after = await session.change(uri, 3, silenced)
    expect(after.diagnostics.map(brief)).toEqual([
      ['undefined-abbreviation', 5, 44, 47, 1],
      ['inconsistent-term', 7, 0, 7, 1]
    ])
  })

  it('silences a line inside a paragraph at its end, keeping the paragraph whole', async () => {
    const text = '# ТЗ\n\nПервая строка абзаца.\nСистема должна быстро работать.\n'
    const {session, uri} = await project({'tz.md': text})
    await session.open(uri, text)
    const disable = (await actionsAt(session, uri, 3, 16)).find((action) => action.title === 'Disable ambiguous-wording for this line')!
    const silenced = applyEdits(text, disable.edit!.changes![uri]!)
    expect(silenced).toBe('# ТЗ\n\nПервая строка абзаца.\nСистема должна быстро работать. <!-- reqlint-disable-line ambiguous-wording -->\n')
    expect((await session.change(uri, 2, silenced)).diagnostics).toEqual([])
  })

  it('adds an undefined abbreviation to the project glossary, keeping its comments, and lints again when the file changes', async () => {
    const {folder, session, uri} = await project()
    await session.open(uri, tz)
    expect(session.watchers).toContain('**/*.{yaml,yml,json,csv}')
    const glossaryFile = path.join(folder, 'glossary.yaml')
    const glossaryUri = pathToFileURL(glossaryFile).href
    const action = (await actionsAt(session, uri, 4, 45)).find((item) => item.title === 'Add «ПМИ» to the glossary glossary.yaml')!
    expect(Object.keys(action.edit!.changes!)).toEqual([glossaryUri])
    const updated = applyEdits(glossary, action.edit!.changes![glossaryUri]!)
    expect(updated).toBe(glossary.replace('abbreviations: [ГОСТ, CRM] # known', 'abbreviations: [ГОСТ, CRM, ПМИ] # known'))
    fs.writeFileSync(glossaryFile, updated)
    const relinted = session.diagnostics(uri)
    await session.fileChanged(glossaryFile)
    expect((await relinted).diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('undefined-abbreviation')
  })

  it('settles two names of one concept in the project glossary: a synonym, a name to avoid, or two concepts', async () => {
    const pair = '# Требования\n\nСессия хранится на сервере. Сессия закрывается через 30 минут. Сессия продлевается.\n\nСеанс завершается при выходе.\n'
    const {folder, session, uri} = await project({'tz.md': pair})
    const {diagnostics} = await session.open(uri, pair)
    expect(diagnostics.map(brief)).toEqual([['inconsistent-term', 4, 0, 5, 2]])
    const glossaryFile = path.join(folder, 'glossary.yaml')
    const glossaryUri = pathToFileURL(glossaryFile).href
    const actions = (await actionsAt(session, uri, 4, 2)).filter((action) => action.edit?.changes?.[glossaryUri])
    expect(actions.map((action) => action.title)).toEqual([
      'Add «сеанс» to the glossary glossary.yaml as a synonym of «сессия»',
      'Add «сеанс» to the glossary glossary.yaml as a name to avoid, «сессия» instead',
      'Declare «сеанс» and «сессия» different concepts in the glossary glossary.yaml'
    ])
    const edited = actions.map((action) => applyEdits(glossary, action.edit!.changes![glossaryUri]!))
    const entry = (role: string): string => glossary.replace('abbreviations:', `  - term: сессия\n    ${role}: [сеанс]\nabbreviations:`)
    expect(edited).toEqual([entry('synonyms'), entry('avoid'), `${glossary}distinct:\n  - [сеанс, сессия]\n`])

    // The glossary says to avoid «сеанс»: the finding is the glossary's now.
    fs.writeFileSync(glossaryFile, edited[1]!)
    const avoided = session.diagnostics(uri)
    await session.fileChanged(glossaryFile)
    expect((await avoided).diagnostics.map((diagnostic) => [diagnostic.code, (diagnostic.data as {messageId?: string} | undefined)?.messageId])).toEqual([['inconsistent-term', 'avoided']])
    // Two concepts: nothing to report.
    fs.writeFileSync(glossaryFile, edited[2]!)
    const distinct = session.diagnostics(uri)
    await session.fileChanged(glossaryFile)
    expect((await distinct).diagnostics).toEqual([])
  })

  it('shows why a finding matters and how to fix it on hover', async () => {
    const {session, uri} = await project()
    await session.open(uri, tz)
    const hover = await session.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 4, character: 17}})
    const value = (hover!.contents as MarkupContent).value
    expect(value).toContain('**Unexpected «быстро» (unmeasurable quality): Speed, reliability or efficiency')
    expect(value).toContain(`[ambiguous-wording](${docs}ambiguous-wording.md) · warn`)
    expect(hover!.range).toEqual({start: {line: 4, character: 15}, end: {line: 4, character: 21}})
    expect(await session.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 3}})).toBeNull()
  })

  it('shows a broken glossary as one diagnostic at its line, keeps serving, and recovers when it is mended', async () => {
    const {folder, session, uri} = await project()
    await session.open(uri, tz)
    const glossaryFile = path.join(folder, 'glossary.yaml')
    const glossaryUri = pathToFileURL(glossaryFile).href
    fs.writeFileSync(glossaryFile, glossary.replace('    synonyms: [коробка]\n', '    synonyms: [коробка]\n    colour: red\n'))
    const problem = session.diagnostics(glossaryUri)
    const emptied = session.diagnostics(uri)
    await session.fileChanged(glossaryFile)
    const {diagnostics} = await problem
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.range.start).toEqual({line: 5, character: 4})
    expect(diagnostics[0]!.message).toContain('colour')
    expect((await emptied).diagnostics).toEqual([])
    expect(session.alive).toBe(true)

    fs.writeFileSync(glossaryFile, glossary)
    const cleared = session.diagnostics(glossaryUri)
    const back = session.diagnostics(uri)
    await session.fileChanged(glossaryFile)
    expect((await cleared).diagnostics).toEqual([])
    expect((await back).diagnostics).toHaveLength(5)
  })

  it('lints each workspace folder with its own configuration', async () => {
    const quiet = tempProject({'.reqlintrc.yaml': 'rules:\n  ambiguous-wording: off\n', 'tz.md': tz})
    const plain = tempProject({'tz.md': tz})
    folders.push(quiet, plain)
    const session = await LspSession.start({folders: [quiet, plain]})
    sessions.push(session)
    const quietFindings = await session.open(pathToFileURL(path.join(quiet, 'tz.md')).href, tz)
    const plainFindings = await session.open(pathToFileURL(path.join(plain, 'tz.md')).href, tz)
    expect(quietFindings.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('ambiguous-wording')
    expect(plainFindings.diagnostics.map((diagnostic) => diagnostic.code)).toContain('ambiguous-wording')
  })

  it('lints MDX, where JSX is not prose and a control comment is an expression', async () => {
    const text = '# ТЗ\n\n<Note title="быстро" />\n\nСистема должна быстро работать.\n'
    const {session, folder} = await project({'tz.mdx': text})
    const uri = pathToFileURL(path.join(folder, 'tz.mdx')).href
    const {diagnostics} = await session.open(uri, text, 'mdx')
    expect(diagnostics.map(brief)).toEqual([['ambiguous-wording', 4, 15, 21, 2]])
    const disable = (await actionsAt(session, uri, 4, 16)).find((action) => action.title === 'Disable ambiguous-wording for this line')!
    const silenced = applyEdits(text, disable.edit!.changes![uri]!)
    expect(silenced.split('\n')[4]).toBe('{/* reqlint-disable-next-line ambiguous-wording */}')
    expect((await session.change(uri, 2, silenced)).diagnostics).toEqual([])
  })
})
