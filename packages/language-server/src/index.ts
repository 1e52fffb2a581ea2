/**
 * @reqlint/language-server: reqlint's findings in any editor that speaks the
 * Language Server Protocol. `startServer()` serves on the transport the command
 * line names (`--stdio`, `--node-ipc`, `--socket=<port>`); `serve(connection)`
 * on a connection of the caller's.
 */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {serve} from './server.js'

export {serve, defaultDebounce, type ServerOptions} from './server.js'

/** Starts the server on the transport given on the command line. */
export function startServer(): void {
  serve(createConnection(ProposedFeatures.all))
}
