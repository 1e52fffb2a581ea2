/**
 * Findings as plain data, the one form they travel in: from a worker thread,
 * into and out of the cache, and from an in-process lint too. Every report is
 * built from this form, so a serial, a parallel and a cached run cannot print
 * different reports for the same input.
 */
import {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

export interface PlainMessage {
  readonly reason: string
  readonly place?: VFileMessage['place']
  readonly ruleId?: string
  readonly source?: string
  /** true: error; false: warning; null: information. */
  readonly fatal: boolean | null
  readonly actual?: string
  readonly expected?: readonly string[]
  readonly url?: string
  readonly note?: string
  /** A related place (the engine sets one as an error whose stack is its message). */
  readonly cause?: {readonly name: string; readonly message: string; readonly stack: string}
}

export function toPlain(message: VFileMessage): PlainMessage {
  const cause = message.cause instanceof Error ? message.cause : undefined
  return {
    reason: message.reason,
    ...(message.place ? {place: structuredClone(message.place)} : {}),
    ...(message.ruleId === undefined ? {} : {ruleId: message.ruleId}),
    ...(message.source === undefined ? {} : {source: message.source}),
    fatal: message.fatal ?? null,
    ...(message.actual === undefined ? {} : {actual: message.actual}),
    ...(message.expected === undefined ? {} : {expected: [...message.expected]}),
    ...(message.url === undefined ? {} : {url: message.url}),
    ...(message.note === undefined ? {} : {note: message.note}),
    ...(cause ? {cause: {name: cause.name, message: cause.message, stack: cause.stack ?? cause.message}} : {})
  }
}

/** A problem with the file itself (missing, unreadable, binary…): an error with no place and no rule. */
export function fileProblem(reason: string): PlainMessage {
  return {reason, source: 'reqlint', fatal: true}
}

/** A note about the file that is neither an error nor a warning. */
export function fileInfo(reason: string, ruleId: string): PlainMessage {
  return {reason, ruleId, source: 'reqlint', fatal: null}
}

/** A vfile named `name` (relative to `cwd`) with the messages, for the formatters. */
export function toVFile(name: string, cwd: string, messages: readonly PlainMessage[]): VFile {
  const file = new VFile({path: name, cwd})
  for (const plain of messages) {
    let cause: Error | undefined
    if (plain.cause) {
      cause = new Error(plain.cause.message)
      cause.name = plain.cause.name
      cause.stack = plain.cause.stack
    }
    const message = file.message(plain.reason, {
      ...(plain.place ? {place: plain.place} : {}),
      ...(plain.ruleId === undefined ? {} : {ruleId: plain.ruleId}),
      ...(plain.source === undefined ? {} : {source: plain.source}),
      ...(cause ? {cause} : {})
    })
    message.fatal = plain.fatal ?? undefined
    if (plain.actual !== undefined) message.actual = plain.actual
    if (plain.expected !== undefined) message.expected = [...plain.expected]
    if (plain.url !== undefined) message.url = plain.url
    if (plain.note !== undefined) message.note = plain.note
  }
  return file
}
