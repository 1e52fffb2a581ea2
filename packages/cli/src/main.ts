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
import {parseArgs, takeLocale} from './args.js'
import {ExitCode, UsageError, type Io} from './io.js'
import {LocaleChoice} from './locale-choice.js'

export type {Io} from './io.js'

export async function main(io: Io): Promise<number> {
  const taken = takeLocale(io.argv)
  const choice = new LocaleChoice(taken.locale, io.env)
  if (taken.invalid !== undefined || taken.missing) {
    await choice.readEnvironment()
    const {cliMessage} = await import('./texts.js')
    const problem = taken.invalid === undefined ? cliMessage('locale-missing', {}) : cliMessage('locale-invalid', {value: taken.invalid})
    io.stderr.write(`reqlint: ${problem.text[choice.locale]}\n`)
    return ExitCode.Usage
  }
  const parsed = await parseArgs(io, taken.argv, choice)
  if (parsed.command === 'done') return parsed.exitCode
  await choice.readEnvironment()
  try {
    switch (parsed.command) {
      case 'lint':
        return await (await import('./run.js')).runLint(parsed.args, io, choice)
      case 'init':
        return await (await import('./init.js')).init(io, choice)
      case 'glossary-check':
        return (await import('./glossary-commands.js')).checkGlossaries(parsed.files, parsed.json, io, choice)
      case 'glossary-extract':
        return await (await import('./glossary-commands.js')).extractGlossary(parsed.paths, parsed.glossary, parsed.all, io, choice)
      case 'merge-reports':
        return (await import('./merge-reports.js')).mergeReports(parsed.files, parsed.output, io, choice)
    }
  } catch (error) {
    // Problems of the input reqlint was given: one line, no stack trace, in the reader's locale.
    const problem = await problemText(error, choice)
    if (problem !== undefined) {
      io.stderr.write(`reqlint: ${problem}\n`)
      return ExitCode.Usage
    }
    // A bug in reqlint: the stack helps a bug report; exit 2 says the run itself failed, as ESLint does.
    const {cliMessage} = await import('./texts.js')
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
    io.stderr.write(`reqlint: ${cliMessage('internal-error', {detail}).text[choice.locale]}\n`)
    return ExitCode.Usage
  }
}

/**
 * The line for a UsageError, or a DataError (configuration, glossary) or
 * RuleSettingError of @reqlint/core, which a command that can throw them has
 * loaded by then; undefined for anything else.
 */
async function problemText(error: unknown, choice: LocaleChoice): Promise<string | undefined> {
  if (error instanceof UsageError) return error.problem.text[choice.locale]
  if (!(error instanceof Error)) return undefined
  const {DataError, RuleSettingError, escapeControls} = await import('@reqlint/core/lint')
  if (error instanceof DataError) return error.textIn(choice.locale)
  if (error instanceof RuleSettingError) return escapeControls(error.problem.text[choice.locale])
  return undefined
}
