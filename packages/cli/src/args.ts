/**
 * The command line: every option, subcommand and help text, parsed with
 * commander into one plain value that says what to run. Nothing runs here, so
 * main stays the single place that turns a parse into an exit code.
 */
import type {Locale} from '@reqlint/core/i18n'
import {Command, CommanderError, InvalidArgumentError, Option, type HelpConfiguration, type HelpContext} from 'commander'
import type {FormatterName} from './formatters/index.js'
import {formatterNames} from './formatters/load.js'
import {version} from './formatters/version.js'
import {helpTexts, type HelpSay} from './help-texts.js'
import type {Io} from './io.js'
import type {LocaleChoice} from './locale-choice.js'
import type {Shard} from './shard.js'

export interface LintArgs {
  readonly paths: readonly string[]
  readonly config: string | undefined
  readonly glossary: readonly string[]
  readonly rule: readonly string[]
  readonly format: FormatterName
  readonly output: string | undefined
  readonly quiet: boolean
  readonly maxWarnings: number | undefined
  readonly color: boolean
  readonly verbose: boolean
  readonly stdinFilename: string | undefined
  readonly ignorePattern: readonly string[]
  readonly gitignore: boolean
  readonly fix: boolean
  readonly fixDryRun: boolean
  readonly cache: boolean
  readonly cacheLocation: string | undefined
  readonly workers: number | undefined
  readonly printConfig: string | undefined
  /** `--changed-since`: a git revision; only the files changed since it are linted. */
  readonly changedSince: string | undefined
  /** `--shard i/n`: only this part of the files is linted. */
  readonly shard: Shard | undefined
  readonly reportUnusedDisableDirectives: boolean
}

export type Parsed =
  | {readonly command: 'lint'; readonly args: LintArgs}
  | {readonly command: 'init'}
  | {readonly command: 'glossary-check'; readonly files: readonly string[]; readonly json: boolean}
  | {readonly command: 'glossary-extract'; readonly paths: readonly string[]; readonly glossary: readonly string[]; readonly all: boolean}
  | {readonly command: 'merge-reports'; readonly files: readonly string[]; readonly output: string | undefined}
  /** Help or version printed, or a usage error already reported by commander. */
  | {readonly command: 'done'; readonly exitCode: number}

/**
 * Stands for the list of rules in the help text. The rules come from
 * @reqlint/core, which is most of reqlint's start-up time: it is loaded to
 * fill this in only when help is printed, not for `--version` or a usage error.
 */
const rulesPlaceholder = '\u0000rules\u0000'

/**
 * `--locale ru|en`, taken out of the command line before commander parses it:
 * the locale must be known before parsing, so that a usage error is already in
 * it, and it applies to every command alike. Arguments after `--` are paths.
 * The last `--locale` wins; a bad or missing value is reported by {@link main}.
 */
export function takeLocale(argv: readonly string[]): {argv: string[]; locale: Locale | undefined; invalid: string | undefined; missing: boolean} {
  const rest: string[] = []
  let locale: Locale | undefined
  let invalid: string | undefined
  let missing = false
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--') {
      rest.push(...argv.slice(index))
      break
    }
    let value: string | undefined
    if (arg === '--locale') {
      value = argv[++index]
      if (value === undefined) {
        missing = true
        continue
      }
    } else if (arg.startsWith('--locale=')) {
      value = arg.slice('--locale='.length)
    } else {
      rest.push(arg)
      continue
    }
    // isLocale of @reqlint/core, written out: --version loads nothing of core.
    if (value === 'ru' || value === 'en') {
      locale = value
      invalid = undefined
    } else {
      invalid = value
    }
  }
  return {argv: rest, locale, invalid, missing}
}

/**
 * Parses the command line (without `--locale`, see {@link takeLocale}). What
 * commander prints while parsing (help, version, usage errors) is held and
 * written once parsing is over, in order: help and usage errors in the
 * reader's locale, which may take the environment to know.
 */
export async function parseArgs(io: Io, argv: readonly string[], choice: LocaleChoice): Promise<Parsed> {
  const written: Array<{readonly stream: Io['stdout']; readonly text: string | (() => Promise<string>)}> = []
  try {
    return parseCommandLine(argv, {
      writeOut: (text: string) => written.push({stream: io.stdout, text}),
      writeErr: (text: string) => written.push({stream: io.stderr, text}),
      outputError: (text: string, reason: ArgumentReason | undefined) => written.push({stream: io.stderr, text: () => usageErrorText(text, reason, choice)}),
      outputHelp: (path: readonly string[], error: boolean) => written.push({stream: error ? io.stderr : io.stdout, text: () => helpText(path, error, choice)})
    })
  } finally {
    for (const {stream, text} of written) stream.write(typeof text === 'string' ? text : await text())
  }
}

/** Why reqlint refused an option's value (its own checks; commander words the rest). */
type ArgumentReason = 'expected-count' | 'expected-shard' | 'expected-positive'

/**
 * A usage error as commander wrote it (`error: unknown option '--x'`), with the
 * hint to `--help`, in the reader's locale. In English, commander's own words;
 * in Russian, the same error read back from them by its kind.
 */
async function usageErrorText(text: string, reason: ArgumentReason | undefined, choice: LocaleChoice): Promise<string> {
  await choice.readEnvironment()
  const {cliMessage} = await import('./texts.js')
  const locale = choice.locale
  const hint = cliMessage('help-hint', {}).text[locale]
  if (locale === 'en') return `${text}${hint}\n`
  const message = text.replace(/\n$/u, '')
  let match: RegExpExecArray | null
  let worded: string | undefined
  if ((match = /^error: unknown option '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/su.exec(message))) {
    worded = cliMessage('unknown-option', {option: match[1]!, suggestion: match[2]}).text[locale]
  } else if ((match = /^error: unknown command '(.+?)'(?:\n\(Did you mean (.+)\?\))?$/su.exec(message))) {
    worded = cliMessage('unknown-command', {command: match[1]!, suggestion: match[2]}).text[locale]
  } else if ((match = /^error: missing required argument '(.+)'$/su.exec(message))) {
    worded = cliMessage('missing-argument', {argument: match[1]!}).text[locale]
  } else if ((match = /^error: option '(.+)' argument missing$/su.exec(message))) {
    worded = cliMessage('option-missing-argument', {option: match[1]!}).text[locale]
  } else if ((match = /^error: option '(.+?)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/su.exec(message))) {
    worded = cliMessage('invalid-choice', {option: match[1]!, value: match[2]!, choices: match[3]!.split(', ')}).text[locale]
  } else if ((match = /^error: option '(.+?)' argument '(.*)' is invalid\. /su.exec(message)) && reason !== undefined) {
    worded = cliMessage('invalid-argument', {option: match[1]!, value: match[2]!, reason: cliMessage(reason, {}).text}).text[locale]
  } else if ((match = /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/su.exec(message))) {
    worded = cliMessage('too-many-arguments', {command: match[1], expected: Number(match[2]), got: Number(match[3])}).text[locale]
  }
  // An error of a kind not known here keeps commander's words rather than half of them.
  return `${worded ?? message}\n${hint}\n`
}

/**
 * The help of the command at `path` (subcommand names from the top), as
 * commander lays it out, in the reader's locale. Help is asked for while the
 * command line is parsed, before that locale is known (it may take the
 * environment, and so @reqlint/core, to know it); the commands are declared
 * again in it to be printed.
 */
async function helpText(path: readonly string[], error: boolean, choice: LocaleChoice): Promise<string> {
  await choice.readEnvironment()
  const locale = choice.locale
  let text = ''
  const write = (part: string): void => {
    text += part
  }
  let command = declareCommands(new Command('reqlint'), helpTexts(locale), {
    output: {writeOut: write, writeErr: write, outputError: write},
    parsed: () => undefined,
    refuse: (_why, english) => {
      throw new InvalidArgumentError(english)
    }
  })
  for (const name of path) command = command.commands.find((sub) => sub.name() === name)!
  command.outputHelp({error})
  return text.includes(rulesPlaceholder) ? text.replace(rulesPlaceholder, await rulesHelp(locale)) : text
}

async function rulesHelp(locale: Locale): Promise<string> {
  const {rules} = await import('@reqlint/core/lint')
  return wrap(`${helpTexts(locale)('rules')} ${rules.map((rule) => rule.id).join(', ')}.`, 80).join('\n')
}

/**
 * A command whose help is not written while the command line is parsed but
 * handed to `hold`, to be worded once the reader's locale is known ({@link helpText}).
 * Its subcommands are made the same way (createCommand is commander's hook for it).
 */
class HeldHelpCommand extends Command {
  private readonly hold: (path: readonly string[], error: boolean) => void

  constructor(name: string | undefined, hold: (path: readonly string[], error: boolean) => void) {
    super(name)
    this.hold = hold
  }

  override createCommand(name?: string): Command {
    return new HeldHelpCommand(name, this.hold)
  }

  override outputHelp(context?: HelpContext | ((text: string) => string)): void {
    this.hold(commandPath(this), typeof context === 'object' && context.error === true)
  }
}

/** The names of the subcommands from the top down to `command` (none for the top). */
function commandPath(command: Command): string[] {
  const path: string[] = []
  for (let at = command; at.parent !== null; at = at.parent) path.unshift(at.name())
  return path
}

interface Output {
  writeOut(text: string): void
  writeErr(text: string): void
  outputError(text: string, reason: ArgumentReason | undefined): void
}

function parseCommandLine(argv: readonly string[], output: Output & {outputHelp(path: readonly string[], error: boolean): void}): Parsed {
  let parsed: Parsed | undefined
  // The last of reqlint's own refusals of an option's value, for the error commander words around it.
  let reason: ArgumentReason | undefined
  // The texts are English here and never printed: help is declared again in the reader's locale (helpText).
  const program = declareCommands(new HeldHelpCommand('reqlint', output.outputHelp), helpTexts('en'), {
    output: {writeOut: output.writeOut, writeErr: output.writeErr, outputError: (text) => output.outputError(text, reason)},
    parsed: (value) => {
      parsed = value
    },
    refuse: (why, english) => {
      reason = why
      throw new InvalidArgumentError(english)
    }
  })
  try {
    program.parse([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) return {command: 'done', exitCode: error.exitCode === 0 ? 0 : 2}
    throw error
  }
  // commander shows help itself for `reqlint glossary` without a subcommand; this is for safety only.
  return parsed ?? {command: 'done', exitCode: 2}
}

/** What the declared commands do: where commander writes, what a parse gives, how an option's value is refused. */
interface Wiring {
  readonly output: {writeOut(text: string): void; writeErr(text: string): void; outputError(text: string): void}
  readonly parsed: (parsed: Parsed) => void
  readonly refuse: Refuse
}

/**
 * Declares every option, subcommand and help text on `program`, in the
 * language of `say`. commander's own words go through its API: the groups of
 * options and commands are named with optionsGroup and commandsGroup, the
 * help option and help command are given their texts, and the configured Help
 * words "Usage:", "Arguments:" and an option's choices and default.
 */
function declareCommands(program: Command, say: HelpSay, wiring: Wiring): Command {
  const {refuse} = wiring
  const help: HelpConfiguration = {
    styleTitle: (title) => commanderTitles(say)[title] ?? title,
    optionDescription: (option) => optionDescription(option, say)
  }
  const configure = (command: Command): Command =>
    command
      .exitOverride()
      .configureOutput(wiring.output)
      .configureHelp(help)
      // Before any option, so that the help option, --version and --locale are under it too.
      .optionsGroup(say('options'))
      .commandsGroup(say('commands'))
      .helpOption('-h, --help', say('help-option'))
  const after = (text: string): string => `\n${text}\n`
  const localeOption = (): Option =>
    // --locale is taken out of the command line before commander parses it (takeLocale): this option only documents it.
    new Option('--locale <ru|en>', say('locale-option'))

  configure(program)
    // `reqlint glossary extract --glossary g.yaml …`: an option after a subcommand belongs to the subcommand.
    .enablePositionalOptions()
    // The second line is aligned under the first, after the localized "Usage:".
    .usage(`[options] [paths...]\n${' '.repeat(say('usage').length + 1)}reqlint <command> [options]`)
    .description(say('lint-description'))
    .version(version, '-v, --version', say('version-option'))
    .argument('[paths...]', say('lint-paths'))
    .optionsGroup(say('group-configuration'))
    .option('-c, --config <file>', say('config-option'))
    .option('-g, --glossary <file>', say('glossary-option'), collect)
    .option('--rule <id:severity>', say('rule-option'), collect)
    .option('--print-config <file>', say('print-config-option'))
    .option('--report-unused-disable-directives', say('unused-directives-option'))
    .optionsGroup(say('group-inputs'))
    .option('--ignore-pattern <pattern>', say('ignore-pattern-option'), collect)
    .option('--no-gitignore', say('no-gitignore-option'))
    .option('--stdin-filename <name>', say('stdin-filename-option'))
    .option('--changed-since <git-ref>', say('changed-since-option'))
    .option('--shard <i/n>', say('shard-option'), (value) => parseShard(value, refuse))
    .optionsGroup(say('group-output'))
    .addOption(new Option('-f, --format <name>', say('format-option')).choices(formatterNames).default('stylish'))
    .option('-o, --output <file>', say('output-option'))
    .option('--quiet', say('quiet-option'))
    .option('--max-warnings <n>', say('max-warnings-option'), (value) => parseCount(value, refuse))
    .option('--no-color', say('no-color-option'))
    .option('--verbose', say('verbose-option'))
    .addOption(localeOption())
    .optionsGroup(say('group-fixing'))
    .option('--fix', say('fix-option'))
    .option('--fix-dry-run', say('fix-dry-run-option'))
    .optionsGroup(say('group-performance'))
    .option('--cache', say('cache-option'))
    .option('--cache-location <path>', say('cache-location-option'))
    .option('--workers <n>', say('workers-option'), (value) => parsePositive(value, refuse))
    .addHelpText('after', `\n${rulesPlaceholder}\n${after(say('lint-after'))}`)
    .action((paths: string[], options: Partial<Omit<LintArgs, 'paths'>>) => {
      wiring.parsed({command: 'lint', args: {...lintDefaults, ...options, paths}})
    })

  configure(program.command('init'))
    .addOption(localeOption())
    .summary(say('init-summary'))
    .description(say('init-description'))
    .addHelpText('after', after(say('init-after')))
    .action(() => {
      wiring.parsed({command: 'init'})
    })

  const glossary = configure(program.command('glossary'))
    .summary(say('glossary-summary'))
    .description(say('glossary-description'))
    .usage('<command> [options]')
    // The implicit help command, declared to be worded (and grouped with the other commands).
    .helpCommand('help [command]', say('help-command'))
  configure(glossary.command('check'))
    .addOption(localeOption())
    .summary(say('check-summary'))
    .description(say('check-description'))
    .argument('<files...>', say('check-files'))
    .option('--json', say('check-json-option'))
    .addHelpText('after', after(say('check-after')))
    .action((files: string[], options: {json?: boolean}) => {
      wiring.parsed({command: 'glossary-check', files, json: options.json === true})
    })
  configure(glossary.command('extract'))
    .addOption(localeOption())
    .summary(say('extract-summary'))
    .description(say('extract-description'))
    .argument('<paths...>', say('extract-paths'))
    .option('-g, --glossary <file>', say('extract-glossary-option'), collect)
    .option('--all', say('extract-all-option'))
    .addHelpText('after', after(say('extract-after')))
    .action((paths: string[], options: {glossary?: string[]; all?: boolean}) => {
      wiring.parsed({command: 'glossary-extract', paths, glossary: options.glossary ?? [], all: options.all === true})
    })

  configure(program.command('merge-reports'))
    .addOption(localeOption())
    .summary(say('merge-summary'))
    .description(say('merge-description'))
    .argument('<reports...>', say('merge-reports'))
    .option('-o, --output <file>', say('merge-output-option'))
    .addHelpText('after', after(say('merge-after')))
    .action((files: string[], options: {output?: string}) => {
      wiring.parsed({command: 'merge-reports', files, output: options.output})
    })

  return program
}

/**
 * The titles commander's Help writes itself, in the help's language (the
 * groups of options and commands are named when declared). styleTitle is
 * Help's one hook that every title passes through.
 */
function commanderTitles(say: HelpSay): Readonly<Record<string, string>> {
  return {'Usage:': say('usage'), 'Arguments:': say('arguments')}
}

/**
 * An option's description with its choices and default, as commander's Help
 * writes it (`report format (choices: "stylish", …, default: "stylish")`),
 * in the help's language. Only what reqlint's options have: no preset, no
 * environment variable, and no default of a flag.
 */
function optionDescription(option: Option, say: HelpSay): string {
  const extra: string[] = []
  if (option.argChoices) extra.push(`${say('choices')}: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(', ')}`)
  if (option.defaultValue !== undefined && (option.required || option.optional)) {
    extra.push(`${say('default')}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`)
  }
  return extra.length === 0 ? option.description : `${option.description} (${extra.join(', ')})`
}

const lintDefaults: Omit<LintArgs, 'paths'> = {
  config: undefined,
  glossary: [],
  rule: [],
  format: 'stylish',
  output: undefined,
  quiet: false,
  maxWarnings: undefined,
  color: true,
  verbose: false,
  stdinFilename: undefined,
  ignorePattern: [],
  gitignore: true,
  fix: false,
  fixDryRun: false,
  cache: false,
  cacheLocation: undefined,
  workers: undefined,
  printConfig: undefined,
  changedSince: undefined,
  shard: undefined,
  reportUnusedDisableDirectives: false
}

/** Breaks a line at spaces to fit `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  return [...lines, line]
}

/** Repeatable options; no default value, so that help does not print `(default: [])`. */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

type Refuse = (why: ArgumentReason, english: string) => never

function parseCount(value: string, refuse: Refuse): number {
  const count = Number(value)
  if (value.trim() === '' || !Number.isInteger(count) || count < 0) refuse('expected-count', 'expected a whole number')
  return count
}

/** `--shard i/n`, 1 ≤ i ≤ n. */
function parseShard(value: string, refuse: Refuse): Shard {
  const match = /^(\d+)\/(\d+)$/u.exec(value.trim())
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    refuse('expected-shard', 'expected i/n with 1 ≤ i ≤ n, such as 2/4')
  }
  return {index, count}
}

function parsePositive(value: string, refuse: Refuse): number {
  const count = parseCount(value, refuse)
  if (count < 1) refuse('expected-positive', 'expected 1 or more')
  return count
}
