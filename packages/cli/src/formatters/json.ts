/**
 * vfile-reporter-json's shape: one object per file with `path` and `messages`,
 * each message with `ruleId`, `line`, `column`, `reason`, `actual`, `expected`,
 * `url` and its `place`; and reqlint's own: `messageId`, the id of the message
 * in its rule, the same whatever the locale of `reason`, for tools to match on,
 * and the `related` place (`place`, `messageId`, `reason`). Paths are relative to the working directory and the
 * machine-specific `cwd` and `history` are left out, so reports compare across machines.
 */
import type {VFile} from 'vfile'
import type {Message} from './common.js'
import type {Formatter} from './index.js'

export const json: Formatter = (files) =>
  JSON.stringify(
    files.map((file: VFile) => ({
      path: file.path,
      messages: file.messages.map((message: Message) => ({
        ruleId: message.ruleId,
        messageId: message.messageId,
        source: message.source,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        fatal: message.fatal,
        line: message.line,
        column: message.column,
        place: message.place,
        reason: message.reason,
        actual: message.actual,
        expected: message.expected,
        note: message.note,
        related: message.related && {place: message.related.place, messageId: message.related.messageId, reason: message.related.reason},
        url: message.url
      }))
    })),
    null,
    2
  )
