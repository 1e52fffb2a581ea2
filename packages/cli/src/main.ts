/**
 * `reqlint`: lint requirements documents in Markdown against a glossary.
 * The bin calls {@link main} and sets the exit code it returns: 0 clean,
 * 1 errors (or too many warnings, or a file that could not be read or
 * written), 2 bad usage, configuration or glossary — never a count.
 *
 * Only the command line is parsed before a command is chosen: each command's
 * modules, and @reqlint/core with its parsers (most of the start-up time), are
 * imported when it runs, so `--version` or a usage error answer at once.
 */
import {parseArgs} from './args.js'
import {ExitCode, UsageError, type Io} from './io.js'

export type {Io} from './io.js'

export async function main(io: Io): Promise<number> {
  const parsed = await parseArgs(io)
  try {
    switch (parsed.command) {
      case 'done':
        return parsed.exitCode
      case 'lint':
        return await (await import('./run.js')).runLint(parsed.args, io)
      case 'init':
        return (await import('./init.js')).init(io)
      case 'glossary-check':
        return (await import('./glossary-commands.js')).checkGlossaries(parsed.files, parsed.json, io)
      case 'glossary-extract':
        return await (await import('./glossary-commands.js')).extractGlossary(parsed.paths, parsed.glossary, parsed.all, io)
      case 'merge-reports':
        return (await import('./merge-reports.js')).mergeReports(parsed.files, parsed.output, io)
    }
  } catch (error) {
    // Problems of the input reqlint was given: one line, no stack trace.
    const problem = error instanceof UsageError ? error : await dataProblem(error)
    if (problem) {
      io.stderr.write(`reqlint: ${problem.message}\n`)
      return ExitCode.Usage
    }
    // A bug in reqlint: the stack helps a bug report; exit 2 says the run itself failed, as ESLint does.
    io.stderr.write(`reqlint: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return ExitCode.Usage
  }
}

/**
 * The error if it is a DataError (configuration, glossary) or a RuleSettingError
 * of @reqlint/core, which a command that can throw them has loaded by then.
 */
async function dataProblem(error: unknown): Promise<Error | undefined> {
  if (!(error instanceof Error)) return undefined
  const {DataError, RuleSettingError} = await import('@reqlint/core/lint')
  return error instanceof DataError || error instanceof RuleSettingError ? error : undefined
}
