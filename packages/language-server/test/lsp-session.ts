/**
 * A client for tests: spawns the built `reqlint-language-server --stdio` and
 * talks to it over its standard streams with vscode-jsonrpc, as an editor does.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  type ClientCapabilities,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceFolder
} from 'vscode-languageserver-protocol'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
export const serverBin = path.join(root, 'packages/language-server/bin/reqlint-language-server.js')

export interface SessionOptions {
  readonly folders: readonly string[]
  /** The server script to run; the built package's bin by default. */
  readonly bin?: string
  readonly capabilities?: ClientCapabilities
  readonly initializationOptions?: object
}

export class LspSession {
  readonly connection: MessageConnection
  private readonly child: ChildProcess
  private readonly published: PublishDiagnosticsParams[] = []
  private waiters: Array<{test: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void}> = []
  /** The file globs the server asked to be told about (dynamic registration). */
  readonly watchers: string[] = []
  stderr = ''

  private constructor(child: ChildProcess) {
    this.child = child
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()))
    this.connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params)
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true
        waiter.resolve(params)
        return false
      })
    })
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) {
        for (const watcher of (registration.registerOptions as {watchers?: Array<{globPattern: string}>}).watchers ?? []) this.watchers.push(watcher.globPattern)
      }
    })
    this.connection.listen()
  }

  static async start(options: SessionOptions): Promise<LspSession> {
    const child = spawn(process.execPath, [options.bin ?? serverBin, '--stdio'], {stdio: ['pipe', 'pipe', 'pipe']})
    const session = new LspSession(child)
    const workspaceFolders: WorkspaceFolder[] = options.folders.map((folder) => ({uri: pathToFileURL(folder).href, name: path.basename(folder)}))
    await session.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceFolders[0]?.uri ?? null,
      workspaceFolders,
      capabilities: options.capabilities ?? {workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}},
      initializationOptions: options.initializationOptions ?? {debounce: 0}
    })
    await session.connection.sendNotification(InitializedNotification.type, {})
    return session
  }

  /** The next diagnostics published for `uri` (of `version`, when given), or those already published. */
  diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    const test = (params: PublishDiagnosticsParams): boolean => params.uri === uri && (version === undefined || params.version === version)
    const already = this.published.findLast(test)
    if (already && version !== undefined) return Promise.resolve(already)
    return new Promise((resolve) => this.waiters.push({test, resolve}))
  }

  /** Forgets what was published: the next `diagnostics()` waits for a new publication. */
  forget(): void {
    this.published.length = 0
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, 1)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return published
  }

  /** Replaces the whole text (a full-document change), and waits for that version's diagnostics. */
  async change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    return published
  }

  /** Tells the server a file changed on disk, as an editor's file watcher does. */
  async fileChanged(file: string): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: pathToFileURL(file).href, type: FileChangeType.Changed}]})
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', (code) => resolve(code)))
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await exited
    this.connection.dispose()
    return code
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }
}

/** A folder of files for one test, removed by the caller. */
export function tempProject(files: Record<string, string>): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-ls-'))
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, name)), {recursive: true})
    fs.writeFileSync(path.join(directory, name), text)
  }
  return directory
}

/** `text` with LSP edits applied (they do not overlap, as the protocol requires). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offset = (position: {line: number; character: number}): number => {
    let index = 0
    for (let line = 0; line < position.line; line++) index = text.indexOf('\n', index) + 1
    return index + position.character
  }
  const ordered = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of ordered) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end))
  return result
}
