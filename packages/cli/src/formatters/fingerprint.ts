/**
 * A finding's identity across runs, for dashboards that tell new findings from
 * old: SARIF's `partialFingerprints` (GitHub code scanning) and the Code
 * Quality report's `fingerprint` (GitLab). Both read this one recipe, so a
 * finding has the same identity in both reports.
 *
 * The recipe hashes the rule, the file's path, the flagged text and how many
 * equal (rule, path, text) findings came before it in the file — not the line:
 * a finding keeps its identity when text is added above it, and is new when the
 * file is renamed.
 */
import {createHash} from 'node:crypto'
import type {VFile} from 'vfile'
import {reportPath, ruleIdOf, type Message} from './common.js'

/** The fingerprint of each message of `file`, in the order of `file.messages`. */
export function fingerprints(file: VFile, cwd: string): string[] {
  const relativePath = reportPath(file, cwd) ?? ''
  const seen = new Map<string, number>()
  return file.messages.map((message) => {
    const key = JSON.stringify([ruleIdOf(message), relativePath, fingerprintText(message)])
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32)
  })
}

/**
 * The finding's identity without its position. File-level problems have no
 * source text; their reason names the problem.
 */
function fingerprintText(message: Message): string {
  return message.actual ?? message.reason
}
