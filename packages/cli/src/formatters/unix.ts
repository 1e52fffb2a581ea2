/**
 * One line per finding, `path:line:column: severity: reason [rule]`: the shape
 * compilers print, which editors' problem matchers, Emacs's compilation mode,
 * Vim's quickfix (`:cexpr`, `errorformat=%f:%l:%c: %m`) and grep all read.
 * ESLint calls it `unix`. A problem of the whole file has no place and is
 * written at `0:0`, as ESLint does. Whatever a reason quotes, a finding stays on
 * one line: its line breaks become spaces.
 */
import {levelOf, regionOf, replaceLoneSurrogates, reportPath, ruleIdOf} from './common.js'
import type {Formatter} from './index.js'

export const unix: Formatter = (files, options) => {
  const lines: string[] = []
  for (const file of files) {
    const name = reportPath(file, options.cwd) ?? '<stdin>'
    for (const message of file.messages) {
      const region = regionOf(message)
      const place = region ? `${region.startLine}:${region.startColumn}` : '0:0'
      lines.push(replaceLoneSurrogates(oneLine(`${name}:${place}: ${levelOf(message)}: ${message.reason} [${ruleIdOf(message)}]`)))
    }
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

/** Every line terminator a terminal or editor may honour (CR, LF, NEL, U+2028, U+2029) as one space. */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\n\r\u0085\u2028\u2029]/gu, ' ')
}
