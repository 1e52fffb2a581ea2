/**
 * The default report: vfile-reporter's, as every unified tool prints it.
 *
 * It is read by people, and in CI by the runner too: GitHub runs any line of a
 * step's output that starts with `::`. File names, reasons (which quote the
 * document and the glossary) and causes are printed with their control
 * characters and line breaks escaped (`\n`, `\u001b`), so that a file named
 * `cmd\n::error file=x::y.md` or a term holding `\e[31m` stays on its own line
 * and sends nothing to the terminal. The reporter's own colours are added after.
 */
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {printable, type Message} from './common.js'
import type {Formatter} from './index.js'

export const stylish: Formatter = (files, options) => reporter(files.map(printableFile), {color: options.color})

function printableFile(file: VFile): VFile {
  const copy = new VFile({...(file.path ? {path: printable(file.path)} : {}), cwd: file.cwd})
  copy.stored = file.stored
  for (const message of file.messages) copy.messages.push(printableMessage(message, copy))
  return copy
}

function printableMessage(message: Message, file: VFile): Message {
  const cause = message.cause instanceof Error ? printableCause(message.cause) : undefined
  const copy = file.message(printable(message.reason), {
    ...(message.place ? {place: message.place} : {}),
    ...(message.ruleId === undefined ? {} : {ruleId: printable(message.ruleId)}),
    ...(message.source === undefined ? {} : {source: printable(message.source)}),
    ...(cause ? {cause} : {})
  })
  // `file.message` added it already; the caller keeps the order of the original.
  file.messages.pop()
  copy.fatal = message.fatal
  if (message.url !== undefined) copy.url = printable(message.url)
  if (message.note !== undefined) copy.note = printable(message.note)
  return copy
}

/** A related place is one line (its stack is its message): kept one line. */
function printableCause(cause: Error): Error {
  const copy = new Error(printable(cause.message))
  copy.name = cause.name
  copy.stack = printable(cause.stack ?? cause.message)
  return copy
}
