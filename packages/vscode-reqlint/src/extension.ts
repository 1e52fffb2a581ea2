/**
 * The VS Code extension: a thin vscode-languageclient client of
 * reqlint-language-server. It starts the server bundled with the extension
 * (or the one `reqlint.serverPath` names) for Markdown and MDX documents, and
 * has VS Code watch the configuration and glossary files for it.
 */
import path from 'node:path'
import {workspace, type ExtensionContext} from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The documents reqlint lints: Markdown and MDX, saved or not. */
export const documentSelector = [
  {scheme: 'file', language: 'markdown'},
  {scheme: 'untitled', language: 'markdown'},
  {scheme: 'file', language: 'mdx'},
  {scheme: 'file', pattern: '**/*.mdx'}
]

export async function activate(context: ExtensionContext): Promise<void> {
  const settings = workspace.getConfiguration('reqlint')
  if (!settings.get<boolean>('enable', true)) return
  const custom = settings.get<string>('serverPath', '')
  const module = custom !== '' ? custom : context.asAbsolutePath(path.join('dist', 'server.mjs'))
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.stdio},
    debug: {module, transport: TransportKind.stdio, options: {execArgv: ['--nolazy', '--inspect=6019']}}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // An empty locale: each document's messages in the document's own language.
    initializationOptions: {debounce: settings.get<number>('debounce', 50), locale: settings.get<string>('locale', '') || undefined}
  }
  client = new LanguageClient('reqlint', 'reqlint', serverOptions, clientOptions)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
