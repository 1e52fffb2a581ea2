#!/usr/bin/env node
// `reqlint-language-server --stdio` (or --node-ipc, --socket=<port>): vscode-languageserver reads the transport from argv.
import {startServer} from '../dist/index.js'

startServer()
