/**
 * Findings as plain data, the one form they travel in: from a worker thread,
 * into and out of the cache, and from an in-process lint too. Every report is
 * built from this form, so a serial, a parallel and a cached run cannot print
 * different reports for the same input.
 *
 * A rule's finding travels as the engine gives it, a message id with its data:
 * its text is made only when the report is, in the reader's locale, so a cache
 * written for a Russian reader serves an English one too. The CLI's own
 * messages (a file it cannot read) carry their text.
 */
import {addMessage, localeKey, type Locale, type ReportedFinding, type ReqlintMessage} from '@reqlint/core/lint'
import {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

/** A rule's finding: plain data, its text not yet made. */
export type FindingMessage = ReportedFinding

/** A message the CLI makes itself, its text made: a file it cannot read, an encoding note. */
export interface CliMessage {
  readonly reason: string
  readonly place?: VFileMessage['place']
  readonly ruleId?: string
  readonly source?: string
  /** true: error; false: warning; null: information. */
  readonly fatal: boolean | null
}

export type PlainMessage = FindingMessage | CliMessage

export function isFinding(message: PlainMessage): message is FindingMessage {
  return 'messageId' in message
}

/** A finding without its fix, which the report does not need (and the cache need not keep). */
export function toPlain(finding: ReportedFinding & {readonly fix?: unknown}): FindingMessage {
  const {fix: _fix, ...plain} = finding
  return plain
}

/** A problem with the file itself (missing, unreadable, binary…): an error with no place and no rule. */
export function fileProblem(reason: string): CliMessage {
  return {reason, source: 'reqlint', fatal: true}
}

/** A note about the file that is neither an error nor a warning. */
export function fileInfo(reason: string, ruleId: string): CliMessage {
  return {reason, ruleId, source: 'reqlint', fatal: null}
}

/** The locale a file's messages are written in ({@link toVFile}); English for a file made elsewhere. */
export function localeOf(file: VFile): Locale {
  return file.data[localeKey] === 'ru' ? 'ru' : 'en'
}

/**
 * A vfile named `name` (relative to `cwd`) with the messages written in `locale`, for the formatters.
 *
 * A vfile message is an Error, and V8 records the call stack of every Error made: several hundred
 * bytes each, which vfile-message throws away ("irrelevant for VFile messages"). With 150,000 findings
 * that was two fifths of a run's peak memory and a third of its time. The CLI owns its process, so
 * it turns the recording off while it makes them (core, a library, leaves the setting alone).
 */
export function toVFile(name: string, cwd: string, messages: readonly PlainMessage[], locale: Locale): VFile {
  const file = new VFile({path: name, cwd})
  file.data[localeKey] = locale
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const plain of messages) {
      if (isFinding(plain)) {
        addMessage(file, plain, locale)
        continue
      }
      const message = file.message(plain.reason, {
        ...(plain.place ? {place: plain.place} : {}),
        ...(plain.ruleId === undefined ? {} : {ruleId: plain.ruleId}),
        ...(plain.source === undefined ? {} : {source: plain.source})
      })
      message.fatal = plain.fatal ?? undefined
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  return file
}

export type {ReqlintMessage}
