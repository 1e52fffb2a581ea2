/**
 * `reqlint`: lint requirements documents in Markdown against a glossary.
 * The bin calls {@link main} and sets the exit code it returns: 0 clean,
 * 1 errors (or too many warnings, or a file that could not be read or
 * written), 2 bad usage, configuration or glossary — never a count.
 */
import {DataError, RuleSettingError} from '@reqlint/core'
import {parseArgs} from './args.js'
import {checkGlossaries, extractGlossary} from './glossary-commands.js'
import {init} from './init.js'
import {ExitCode, UsageError, type Io} from './io.js'
import {runLint} from './run.js'

export type {Io} from './io.js'

export async function main(io: Io): Promise<number> {
  const parsed = parseArgs(io)
  try {
    switch (parsed.command) {
      case 'done':
        return parsed.exitCode
      case 'lint':
        return await runLint(parsed.args, io)
      case 'init':
        return init(io)
      case 'glossary-check':
        return checkGlossaries(parsed.files, parsed.json, io)
      case 'glossary-extract':
        return await extractGlossary(parsed.paths, parsed.glossary, parsed.all, io)
    }
  } catch (error) {
    // Problems of the input reqlint was given: one line, no stack trace.
    if (error instanceof DataError || error instanceof UsageError || error instanceof RuleSettingError) {
      io.stderr.write(`reqlint: ${error.message}\n`)
      return ExitCode.Usage
    }
    // A bug in reqlint: the stack helps a bug report; exit 2 says the run itself failed, as ESLint does.
    io.stderr.write(`reqlint: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return ExitCode.Usage
  }
}
