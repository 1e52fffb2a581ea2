/**
 * `reqlint`: lint requirements documents in Markdown against a glossary.
 * The bin calls {@link main} and sets the exit code it returns: 0 clean,
 * 1 errors (or too many warnings), 2 bad usage, configuration or glossary.
 */
import fs from 'node:fs'
import path from 'node:path'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {
  builtinGlossary,
  DataError,
  lintMarkdown,
  resolveSetting,
  RuleSettingError,
  rules,
  type Glossary,
  type RuleSetting
} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {VFile} from 'vfile'
import {expandPaths} from './files.js'
import {formatters, type FormatterName} from './formatters/index.js'
import {ExitCode, type Io} from './io.js'
import {decodeDocument, DecodeError} from './read.js'

export type {Io} from './io.js'

interface CliOptions {
  readonly glossary: string[]
  readonly rule: string[]
  readonly format: FormatterName
  readonly output?: string
  readonly quiet: boolean
  readonly maxWarnings?: number
  readonly color: boolean
  readonly stdinFilename?: string
  readonly ignorePattern: string[]
}

const version = '0.1.0'

function program(io: Io): Command {
  return new Command('reqlint')
    .description(
      'Lint requirements documents in Markdown: undefined abbreviations, inconsistent terms, ambiguous wording.\n' +
        'Without --glossary the built-in CRM glossary (glossary/crm.ru.yaml) is used.'
    )
    .version(version, '-v, --version')
    .argument('[paths...]', 'files, directories (their *.md, *.markdown, *.mdx) or globs; - reads standard input')
    .option('-g, --glossary <file>', 'glossary file (YAML, JSON or CSV); repeat to merge several; replaces the built-in one', collect, [])
    .option('--rule <id:severity>', 'set one rule: off, warn or error (e.g. ambiguous-wording:off); repeatable', collect, [])
    .addOption(new Option('--format <name>', 'report format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--quiet', 'report errors only', false)
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .option('--no-color', 'plain report without ANSI colours')
    .option('--stdin-filename <name>', 'the name to report standard input under')
    .option('--ignore-pattern <glob>', 'skip files matching this glob when walking directories; repeatable', collect, [])
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 bad usage, configuration or glossary.\n' +
        `Rules: ${rules.map((rule) => rule.id).join(', ')}.\n` +
        '\nExamples:\n  reqlint docs/\n  reqlint --glossary terms.yaml spec.md\n  reqlint --format json spec.md > report.json'
    )
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })
}

export async function main(io: Io): Promise<number> {
  const command = program(io)
  try {
    command.parse([...io.argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Clean : ExitCode.Usage
    throw error
  }
  const options = command.opts<CliOptions>()
  const patterns = command.args

  const readsStdin = patterns.includes('-') || (patterns.length === 0 && io.stdin.isTTY === false && options.stdinFilename !== undefined)
  if (patterns.length === 0 && !readsStdin) {
    io.stderr.write('reqlint: no files given. Usage: reqlint [options] <paths...> (see reqlint --help)\n')
    return ExitCode.Usage
  }

  let glossary: Glossary
  let ruleSettings: Record<string, RuleSetting>
  try {
    glossary = options.glossary.length > 0 ? loadGlossaryFiles(options.glossary, io.cwd) : builtinGlossary()
    ruleSettings = parseRuleFlags(options.rule)
  } catch (error) {
    if (error instanceof DataError || error instanceof UsageError || error instanceof RuleSettingError) {
      io.stderr.write(`reqlint: ${error.message}\n`)
      return ExitCode.Usage
    }
    throw error
  }

  const files: VFile[] = []
  let problems = false
  if (readsStdin) {
    const name = options.stdinFilename ?? '<stdin>'
    const file = new VFile({path: name, cwd: io.cwd})
    try {
      file.value = decodeDocument(await readAll(io.stdin)).text
      lintMarkdown(file, {glossary, rules: ruleSettings})
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error
      failFile(file, error.message)
      problems = true
    }
    files.push(file)
  }

  const expanded = await expandPaths(
    patterns.filter((pattern) => pattern !== '-'),
    io.cwd,
    options.ignorePattern
  )
  for (const problem of expanded.problems) {
    const file = new VFile({path: problem.path, cwd: io.cwd})
    failFile(file, problem.reason)
    files.push(file)
    problems = true
  }
  for (const absolute of expanded.files) {
    const file = new VFile({path: path.relative(io.cwd, absolute) || absolute, cwd: io.cwd})
    try {
      const decoded = decodeDocument(fs.readFileSync(absolute))
      file.value = decoded.text
      if (decoded.encoding !== 'utf-8') {
        const note = file.info(`read as ${decoded.encoding}; reqlint expects UTF-8`)
        note.source = 'reqlint'
        note.ruleId = 'encoding'
      }
      lintMarkdown(file, {glossary, rules: ruleSettings})
    } catch (error) {
      if (error instanceof DecodeError) failFile(file, error.message)
      else if (isFsError(error)) failFile(file, `cannot read: ${error.code}`)
      else throw error
      problems = true
    }
    files.push(file)
  }

  if (options.quiet) {
    for (const file of files) file.messages = file.messages.filter((message) => message.fatal === true)
  }

  const report = formatters[options.format](files, {
    color: options.color && io.env.NO_COLOR === undefined && (options.output === undefined && io.stdout.isTTY === true),
    cwd: io.cwd
  })
  if (options.output !== undefined) {
    fs.writeFileSync(path.resolve(io.cwd, options.output), report)
  } else if (report !== '') {
    io.stdout.write(report.endsWith('\n') ? report : report + '\n')
  }

  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal === true) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (problems || errors > 0) return ExitCode.Findings
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return ExitCode.Findings
  return ExitCode.Clean
}

class UsageError extends Error {}

function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {}
  for (const flag of flags) {
    const separator = flag.lastIndexOf(':')
    const id = separator === -1 ? flag : flag.slice(0, separator)
    const severity = separator === -1 ? '' : flag.slice(separator + 1)
    const rule = rules.find((item) => item.id === id)
    if (!rule) throw new UsageError(`--rule ${flag}: unknown rule \`${id}\` (rules: ${rules.map((item) => item.id).join(', ')})`)
    if (severity !== 'off' && severity !== 'warn' && severity !== 'error') {
      throw new UsageError(`--rule ${flag}: expected id:off, id:warn or id:error`)
    }
    resolveSetting(rule, severity)
    settings[id] = severity
  }
  return settings
}

function failFile(file: VFile, reason: string): void {
  const message = file.message(reason)
  message.fatal = true
  message.source = 'reqlint'
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function parseCount(value: string): number {
  const count = Number(value)
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number')
  return count
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks)
}

function isFsError(error: unknown): error is NodeJS.ErrnoException & {code: string} {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string'
}
