/**
 * The language server: open Markdown and MDX documents linted on open and on
 * change (debounced), their findings as diagnostics, code actions and hovers on
 * them, and the configuration and glossaries of each workspace folder watched.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {configFileNames, isMdx, loadMdxFor} from 'reqlint/settings'
import {isLocale, type DataError, type Locale} from '@reqlint/core/lint'
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {codeActions, fixAllKind, type EditableGlossary} from './code-actions.js'
import {problemDiagnostic, toDiagnostics} from './diagnostics.js'
import {DocumentLinter, type LintResult} from './document-lint.js'
import {Folders} from './folders.js'
import {editableGlossary} from './glossary-edit.js'
import {hoverAt} from './hover.js'

/** Options an editor may pass in `initializationOptions`. */
export interface ServerOptions {
  /** Milliseconds between the last change and the lint; 0 lints at once. Default {@link defaultDebounce}. */
  readonly debounce?: number
  /**
   * The language of the diagnostics, `ru` or `en` (the editor's `reqlint.locale`); by default
   * each document's own language, as the CLI's.
   */
  readonly locale?: string
}

/** Short: a run takes longer than this on a large document, and a run superseded while waiting is dropped anyway. */
export const defaultDebounce = 50

/** The files whose change re-lints the open documents: configurations, and glossaries in any format. */
const watchedGlobs = [`**/{${[...configFileNames, 'package.json'].join(',')}}`, '**/*.{yaml,yml,json,csv}']

interface OpenDocument {
  readonly linter: DocumentLinter
  result: LintResult | undefined
  /** The glossary files the last run's settings named (the first YAML one takes new abbreviations); undefined: the built-in one. */
  glossaryFiles: readonly string[] | undefined
  timer: NodeJS.Timeout | undefined
}

/** Serves one client over `connection` until it exits. */
export function serve(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  const open = new Map<string, OpenDocument>()
  const folders = new Folders()
  /** Configuration and glossary files that have a problem published on them. */
  const problemFiles = new Set<string>()
  let debounce = defaultDebounce
  let watchFiles = false
  let folderEvents = false
  let locale: Locale | undefined

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as ServerOptions
    if (typeof options.debounce === 'number' && options.debounce >= 0) debounce = options.debounce
    if (isLocale(options.locale)) locale = options.locale
    folders.setWorkspace(workspaceRoots(params.workspaceFolders ?? undefined, params.rootUri))
    watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    folderEvents = params.capabilities.workspace?.workspaceFolders === true
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true,
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}}
      },
      serverInfo: {name: 'reqlint-language-server'}
    }
  })

  connection.onInitialized(() => {
    if (watchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: watchedGlobs.map((globPattern) => ({globPattern}))})
    }
    if (folderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders(async () => {
        const current = await connection.workspace.getWorkspaceFolders()
        folders.setWorkspace(workspaceRoots(current ?? undefined, null))
        relintAll()
      })
    }
  })

  connection.onDidChangeWatchedFiles(() => {
    // A configuration or glossary changed (or appeared, or went): every folder loads its own again.
    for (const folder of folders.all()) folder.reset()
    relintAll()
  })

  documents.onDidOpen(({document}) => {
    if (!linted(document)) return
    open.set(document.uri, {linter: new DocumentLinter(), result: undefined, glossaryFiles: undefined, timer: undefined})
    schedule(document.uri, 0)
  })
  documents.onDidChangeContent(({document}) => {
    if (open.has(document.uri)) schedule(document.uri, debounce)
  })
  documents.onDidClose(({document}) => {
    const state = open.get(document.uri)
    if (!state) return
    clearTimeout(state.timer)
    open.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = open.get(params.textDocument.uri)
    // Findings of an older version would edit the wrong text.
    if (!document || !state?.result || state.result.version !== document.version) return []
    return codeActions({
      document,
      findings: state.result.findings,
      locale: state.result.locale,
      start: document.offsetAt(params.range.start),
      end: document.offsetAt(params.range.end),
      only: params.context.only,
      mdx: mdxDocument(document),
      glossary: glossaryToEdit(state.glossaryFiles)
    })
  })

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = open.get(params.textDocument.uri)
    if (!document || !state?.result || state.result.version !== document.version) return null
    return hoverAt(state.result.findings, document, document.offsetAt(params.position), state.result.locale)
  })

  function schedule(uri: string, delay: number): void {
    const state = open.get(uri)
    if (!state) return
    clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      state.timer = undefined
      run(uri).catch((error: unknown) => connection.console.error(`reqlint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
    }, delay)
  }

  function relintAll(): void {
    for (const uri of problemFiles) void connection.sendDiagnostics({uri, diagnostics: []})
    problemFiles.clear()
    for (const uri of open.keys()) schedule(uri, 0)
  }

  async function run(uri: string): Promise<void> {
    const document = documents.get(uri)
    const state = open.get(uri)
    if (!document || !state) return
    const version = document.version
    const file = uri.startsWith('file:') ? fileURLToPath(uri) : path.join(process.cwd(), 'untitled.md')
    const folder = folders.folderOf(file)
    const settings = await folder.settingsFor(file)
    const mdx = mdxDocument(document)
    if (mdx) await loadMdxFor(['document.mdx'])
    // Superseded while the settings loaded: the newer version's own run is scheduled.
    if (documents.get(uri) !== document || document.version !== version || open.get(uri) !== state) return
    if (!settings.ok) {
      publishProblem(settings.problem)
      state.result = undefined
      void connection.sendDiagnostics({uri, version, diagnostics: []})
      return
    }
    state.glossaryFiles = settings.settings.glossary
    const result = state.linter.lint(document.getText(), version, settings.settings, settings.glossary, mdx, locale)
    state.result = result
    void connection.sendDiagnostics({uri, version, diagnostics: toDiagnostics(result, document)})
  }

  function publishProblem(problem: DataError): void {
    const uri = pathToFileURL(problem.file).href
    connection.console.error(`reqlint: ${problem.message}`)
    if (problemFiles.has(uri)) return
    problemFiles.add(uri)
    void connection.sendDiagnostics({uri, diagnostics: [problemDiagnostic(problem)]})
  }

  function glossaryToEdit(files: readonly string[] | undefined): EditableGlossary | undefined {
    const file = files?.find(editableGlossary)
    if (file === undefined) return undefined
    const uri = pathToFileURL(file).href
    // The editor's text when the glossary is open (maybe unsaved), else the file's.
    let text = documents.get(uri)?.getText()
    if (text === undefined) {
      try {
        text = fs.readFileSync(file, 'utf8')
      } catch {
        return undefined
      }
    }
    return {uri, name: path.basename(file), text}
  }

  documents.listen(connection)
  connection.listen()
}

/** Markdown and MDX documents, by language id or by name: editors name the languages differently. */
function linted(document: TextDocument): boolean {
  return ['markdown', 'mdx', 'markdown.mdx'].includes(document.languageId) || /\.(?:md|markdown|mdx)$/iu.test(document.uri)
}

function mdxDocument(document: TextDocument): boolean {
  return document.languageId === 'mdx' || document.languageId === 'markdown.mdx' || isMdx(document.uri)
}

function workspaceRoots(workspaceFolders: readonly WorkspaceFolder[] | undefined, rootUri: string | null | undefined): string[] {
  const uris = workspaceFolders ? workspaceFolders.map((folder) => folder.uri) : rootUri ? [rootUri] : []
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
}
