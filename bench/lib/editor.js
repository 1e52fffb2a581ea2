// Edit-to-diagnostics time through the real language server (issue 17): the built
// `reqlint-language-server --stdio` in a child process, driven over its standard streams with
// vscode-jsonrpc as an editor drives it. A generated Russian ТЗ is opened; then one character is
// typed at a time at places spread over the document (incremental changes), each time waiting for
// the diagnostics of that version (after a few untimed edits). The time is from sending the change to receiving them, with the
// server's default debounce included: what an analyst who stops typing waits for.
//
//   node bench/lib/editor.js [sizes in KB…]   (default 20 200 1024)
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {russianDocument} from './corpus.js'
import {median} from './programs.js'
import {generateEntries} from './vocabulary.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const serverBin = path.join(root, 'packages/language-server/bin/reqlint-language-server.js')
// The language server's own client library (a dev dependency of that package): bench has none of its own.
const jsonrpc = createRequire(path.join(root, 'packages/language-server/package.json'))('vscode-jsonrpc/node')

/** CPU time a process has used so far (user + system, ms), from /proc on Linux; undefined elsewhere. */
function cpuMs(pid) {
  try {
    // Fields after the command name (which may hold spaces, so cut at its closing parenthesis): utime is the 12th, stime the 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

/**
 * Opens a document of `bytes` in the server and times `edits` typed characters.
 * Returns the median and the samples (ms), the server's CPU time per edit (a busy machine inflates
 * the wall time, less the CPU time), the time to the first diagnostics, and the findings count.
 */
export async function editToDiagnostics(bytes, {edits = 15, warmup = 10, seed = 170} = {}) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'reqlint-bench-editor-'))
  const file = path.join(folder, 'tz.md')
  const uri = pathToFileURL(file).href
  let text = russianDocument({bytes, seed, entries: generateEntries(100)})
  fs.writeFileSync(file, text)
  const child = spawn(process.execPath, [serverBin, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit']})
  const connection = jsonrpc.createMessageConnection(new jsonrpc.StreamMessageReader(child.stdout), new jsonrpc.StreamMessageWriter(child.stdin))
  const waiting = new Map()
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = params.uri === uri ? waiting.get(params.version) : undefined
    if (resolve) {
      waiting.delete(params.version)
      resolve(params)
    }
  })
  connection.listen()
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve))
  try {
    await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'bench'}], capabilities: {}})
    await connection.sendNotification('initialized', {})
    let started = performance.now()
    const first = published(1)
    await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text}})
    const opened = await first
    const openMs = performance.now() - started
    const samples = []
    const cpu = []
    // The first edits are not timed: an editor's server runs for hours, and V8 compiles the hot code during them.
    for (let edit = -warmup; edit < edits; edit++) {
      const version = edit + warmup + 2
      // A letter typed into a word, at a place that moves through the document.
      const at = text.indexOf(' ', Math.floor((text.length * ((((edit + warmup) * 7) % edits) + 0.5)) / edits))
      const offset = at === -1 ? text.length : at
      const before = text.slice(0, offset)
      const line = before.split('\n').length - 1
      const character = offset - (before.lastIndexOf('\n') + 1)
      text = before + 'а' + text.slice(offset)
      const done = published(version)
      const cpuBefore = cpuMs(child.pid)
      started = performance.now()
      await connection.sendNotification('textDocument/didChange', {
        textDocument: {uri, version},
        contentChanges: [{range: {start: {line, character}, end: {line, character}}, text: 'а'}]
      })
      await done
      if (edit < 0) continue
      samples.push(performance.now() - started)
      const cpuAfter = cpuMs(child.pid)
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore)
    }
    return {ms: median(samples), samples, cpuMs: cpu.length > 0 ? median(cpu) : undefined, extra: {openMs, findings: opened.diagnostics.length, bytes: Buffer.byteLength(text)}}
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined)
    await connection.sendNotification('exit').catch(() => undefined)
    connection.dispose()
    child.kill()
    fs.rmSync(folder, {recursive: true, force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number)
  for (const kb of sizes.length > 0 ? sizes : [20, 200, 1024]) {
    const result = await editToDiagnostics(kb * 1024)
    process.stdout.write(
      `${kb} KB: edit → diagnostics median ${Math.round(result.ms)} ms, server CPU ${result.cpuMs === undefined ? '—' : `${Math.round(result.cpuMs)} ms`} (min ${Math.round(Math.min(...result.samples))}, max ${Math.round(Math.max(...result.samples))}, ${result.samples.length} edits); open → diagnostics ${Math.round(result.extra.openMs)} ms; ${result.extra.findings} findings\n`
    )
  }
}
