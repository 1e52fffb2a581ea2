/**
 * GitHub Actions workflow commands: `::error file=…,line=…::message`, one line
 * per message, which the runner turns into annotations on the pull request.
 *
 * The runner executes any line of a step's output that starts with `::`, and
 * the text here comes from documents, possibly from a stranger's pull request.
 * So every value is escaped the way the runner unescapes it (actions/toolkit's
 * `escapeData` and `escapeProperty`), and every character that could end a
 * line or otherwise control a terminal is replaced by a visible stand-in: one
 * message can never become two lines, whatever it contains.
 */
import {levelOf, regionOf, replaceLoneSurrogates, reportPath, ruleIdOf, type Level} from './common.js'
import type {Formatter} from './index.js'

const commands: Record<Level, string> = {error: 'error', warning: 'warning', info: 'notice'}

export const github: Formatter = (files, options) => {
  const lines: string[] = []
  for (const file of files) {
    const filePath = reportPath(file, options.cwd)
    for (const message of file.messages) {
      const properties: Array<[string, string | number]> = []
      if (filePath !== undefined) {
        properties.push(['file', filePath])
        const region = regionOf(message)
        if (region) {
          properties.push(['line', region.startLine], ['col', region.startColumn])
          // Exclusive end column, as in vfile and SARIF; GitHub ignores columns on annotations spanning lines.
          if (region.endLine !== undefined && region.endColumn !== undefined) {
            properties.push(['endLine', region.endLine], ['endColumn', region.endColumn])
          }
        }
      }
      properties.push(['title', ruleIdOf(message)])
      const list = properties.map(([name, value]) => `${name}=${escapeProperty(String(value))}`).join(',')
      lines.push(`::${commands[levelOf(message)]} ${list}::${escapeData(message.reason)}`)
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

/** The message after `::`: the runner unescapes `%25`, `%0D`, `%0A` there. */
export function escapeData(text: string): string {
  return neutralize(text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A'))
}

/** A `name=value` property: also `:` (ends the properties) and `,` (separates them). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C')
}

/**
 * Control characters other than the line breaks escaped above become visible
 * stand-ins rather than disappearing, so a flagged word with a hidden control
 * character still shows that it has one: C0 and DEL as their Control Pictures
 * (␀, ␛…), C1 controls and the Unicode line and paragraph separators (which
 * some readers treat as line breaks) as U+FFFD. Lone surrogates, which cannot be
 * written as UTF-8, become U+FFFD too.
 */
function neutralize(text: string): string {
  return replaceLoneSurrogates(text).replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/gu, (character) => {
    const code = character.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return '\uFFFD'
  })
}
