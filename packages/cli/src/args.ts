/**
 * The command line: every option, subcommand and help text, parsed with
 * commander into one plain value that says what to run. Nothing runs here, so
 * main stays the single place that turns a parse into an exit code.
 */
import type {Locale} from '@reqlint/core/i18n'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {FormatterName} from './formatters/index.js'
import {formatterNames} from './formatters/load.js'
import {version} from './formatters/version.js'
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
 * written once parsing is over, in order, with the rules filled into the help
 * and a usage error worded in the reader's locale.
 */
export async function parseArgs(io: Io, argv: readonly string[], choice: LocaleChoice): Promise<Parsed> {
  const written: Array<{readonly stream: Io['stdout']; readonly text: string | (() => Promise<string>)}> = []
  try {
    return parseCommandLine(argv, {
      writeOut: (text: string) => written.push({stream: io.stdout, text}),
      writeErr: (text: string) => written.push({stream: io.stderr, text}),
      outputError: (text: string, reason: ArgumentReason | undefined) => written.push({stream: io.stderr, text: () => usageErrorText(text, reason, choice)})
    })
  } finally {
    const rules = written.some(({text}) => typeof text === 'string' && text.includes(rulesPlaceholder)) ? await rulesHelp() : ''
    for (const {stream, text} of written) stream.write(typeof text === 'string' ? text.replace(rulesPlaceholder, () => rules) : await text())
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

async function rulesHelp(): Promise<string> {
  const {rules} = await import('@reqlint/core/lint')
  return wrap(`Rules: ${rules.map((rule) => rule.id).join(', ')}.`, 80).join('\n')
}

function parseCommandLine(
  argv: readonly string[],
  output: {writeOut(text: string): void; writeErr(text: string): void; outputError(text: string, reason: ArgumentReason | undefined): void}
): Parsed {
  let parsed: Parsed | undefined
  // The last of reqlint's own refusals of an option's value, for the error commander words around it.
  let reason: ArgumentReason | undefined
  const refuse = (why: ArgumentReason, english: string): never => {
    reason = why
    throw new InvalidArgumentError(english)
  }
  // The hint to --help is part of the usage error, in its locale (usageErrorText).
  const configure = (command: Command): Command =>
    command
      .exitOverride()
      .configureOutput({writeOut: output.writeOut, writeErr: output.writeErr, outputError: (text) => output.outputError(text, reason)})
      .helpOption('-h, --help', 'show this help')

  const program = configure(new Command('reqlint'))
    // `reqlint glossary extract --glossary g.yaml …`: an option after a subcommand belongs to the subcommand.
    .enablePositionalOptions()
    .usage('[options] [paths...]\n       reqlint <command> [options]')
    .description(
      'Lint requirements documents in Markdown against a glossary: undefined abbreviations, inconsistent terms, ambiguous wording, mixed Cyrillic and Latin letters.'
    )
    .version(version, '-v, --version', 'print the version')
    .argument('[paths...]', 'files, directories (their *.md, *.markdown, *.mdx) or globs; - reads standard input')
    .optionsGroup('Configuration:')
    .option('-c, --config <file>', 'use this configuration file instead of looking for one from the current directory up')
    .option('-g, --glossary <file>', 'glossary (YAML, JSON or CSV) to use instead of the configured or built-in one; repeat to merge', collect)
    .option('--rule <id:severity>', 'set one rule to off, warn or error, over the configuration; repeatable', collect)
    .option('--print-config <file>', 'print the configuration that applies to <file> as JSON and exit')
    .option('--report-unused-disable-directives', 'warn about disable comments that silence nothing (unused-directive)')
    .optionsGroup('Inputs:')
    .option('--ignore-pattern <pattern>', 'skip files matching this .gitignore-style pattern (relative to the current directory); repeatable', collect)
    .option('--no-gitignore', 'do not skip the files .gitignore files ignore')
    .option('--stdin-filename <name>', 'read standard input (when no paths are given) and report it under this name')
    .option('--changed-since <git-ref>', 'lint only the files changed since the merge base of <git-ref> and HEAD (renamed included, deleted skipped; uncommitted and untracked count)')
    .option('--shard <i/n>', 'lint only part i of n of the files (by a hash of each path: stable as files are added); merge the reports with merge-reports', (value) => parseShard(value, refuse))
    .optionsGroup('Output:')
    .addOption(new Option('-f, --format <name>', 'report format').choices(formatterNames).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--quiet', 'report errors only, no warnings')
    .option('--max-warnings <n>', 'exit with 1 when there are more than <n> warnings', (value) => parseCount(value, refuse))
    .option('--no-color', 'no ANSI colours (NO_COLOR does the same)')
    .option('--verbose', "stylish: show each finding's hint under its reason")
    .addOption(localeOption())
    .optionsGroup('Fixing:')
    .option('--fix', 'apply the safe fixes and write the files (atomically), then report what is left')
    .option('--fix-dry-run', 'print the fixes as a unified diff on standard output instead of writing; the report goes to standard error')
    .optionsGroup('Performance:')
    .option('--cache', 'skip files whose content, glossary and configuration have not changed since the last run')
    .option('--cache-location <path>', 'cache file (or directory for it); default .reqlintcache in the current directory')
    .option('--workers <n>', 'worker threads to lint with (1 lints in the main thread); default: chosen from the cores and the number of files', (value) => parsePositive(value, refuse))
    .addHelpText(
      'after',
      [
        '',
        rulesPlaceholder,
        '',
        'Configuration: the nearest .reqlintrc.json, .reqlintrc.yaml (.yml),',
        'reqlint.config.js (.mjs) or "reqlint" key of package.json, from the current',
        'directory up; without one, the built-in CRM glossary. With a configuration',
        'and no paths, the current directory is linted. Standard input is read only',
        'for - or --stdin-filename, never just because it is a pipe.',
        '',
        'Exit codes: 0 no errors; 1 errors, a file that could not be read or written,',
        'or more warnings than --max-warnings; 2 bad usage, configuration or glossary.',
        '',
        'Examples:',
        '  reqlint docs/                              every Markdown file under docs/',
        '  reqlint --cache -f sarif -o r.sarif .      CI: SARIF, unchanged files skipped',
        '  reqlint --fix-dry-run docs/ > fix.patch    what --fix would change',
        '  cat spec.md | reqlint --stdin-filename spec.md',
        '  reqlint init                               a configuration and a glossary here',
        '  reqlint --changed-since origin/main .      the files a pull request changed',
        '  reqlint --shard 2/4 -f sarif -o 2.sarif .  part 2 of 4, for a CI matrix',
        '  reqlint merge-reports *.sarif -o a.sarif  the parts\' reports as one',
        '',
        'Documentation: docs/cli.md and docs/configuration.md.',
        ''
      ].join('\n')
    )
    .action((paths: string[], options: Partial<Omit<LintArgs, 'paths'>>) => {
      parsed = {command: 'lint', args: {...lintDefaults, ...options, paths}}
    })

  configure(program.command('init'))
    .addOption(localeOption())
    .summary('write a starter configuration and glossary here')
    .description('Write a starter .reqlintrc.yaml and glossary.yaml into the current directory. Never overwrites: if either exists, or another reqlint configuration does, nothing is written (exit 2).')
    .addHelpText('after', '\nAfterwards: add your terms to glossary.yaml, check it with\n`reqlint glossary check glossary.yaml`, then run `reqlint`.\n')
    .action(() => {
      parsed = {command: 'init'}
    })

  const glossary = configure(program.command('glossary'))
    .summary('check glossaries, extract entries from documents')
    .description('Helpers for the people who keep a glossary.')
    .usage('<command> [options]')
  configure(glossary.command('check'))
    .addOption(localeOption())
    .summary('validate glossaries and print statistics')
    .description(
      'Validate glossary files, merged as --glossary merges them: extends followed, every name in one entry only, no abbreviation that is also a name elsewhere. Prints statistics: entries, names, abbreviations, synonyms, avoided names.'
    )
    .argument('<files...>', 'glossary files (YAML, JSON or CSV)')
    .option('--json', 'print the statistics as JSON')
    .addHelpText('after', '\nExit codes: 0 valid; 2 a problem, printed as path:line:column: what is wrong.\n\nExample:\n  reqlint glossary check glossary.yaml extra.csv\n')
    .action((files: string[], options: {json?: boolean}) => {
      parsed = {command: 'glossary-check', files, json: options.json === true}
    })
  configure(glossary.command('extract'))
    .addOption(localeOption())
    .summary('propose glossary entries from documents, as YAML to review')
    .description(
      'Propose glossary entries from documents: abbreviations with the expansions the documents give them («электронный документооборот (ЭДО)», «SLA (Service Level Agreement)», «ЭДО — электронный документооборот») and the terms their terms sections define. Prints glossary YAML to review.'
    )
    .argument('<paths...>', 'files, directories or globs, as for linting')
    .option('-g, --glossary <file>', 'leave out names this glossary already has (default: the configured glossary, if any); repeatable', collect)
    .option('--all', 'keep names the glossary already has')
    .addHelpText(
      'after',
      '\nTerms come out as the documents write them, often inflected («электронного\n' +
        'документооборота»): put each in its dictionary form before adding it.\n' +
        'Exit codes: 0 done; 1 a document could not be read (the others are used).\n\n' +
        'Example:\n  reqlint glossary extract docs/ > proposed.yaml\n'
    )
    .action((paths: string[], options: {glossary?: string[]; all?: boolean}) => {
      parsed = {command: 'glossary-extract', paths, glossary: options.glossary ?? [], all: options.all === true}
    })

  configure(program.command('merge-reports'))
    .addOption(localeOption())
    .summary('merge the reports of --shard runs into one')
    .description(
      'Merge reports that runs over parts of the files wrote (--shard i/n) into one report of the same format: json, sarif or gitlab, recognised by their content. Files are ordered by path; SARIF results keep one rule list.'
    )
    .argument('<reports...>', 'report files, all of one format')
    .option('-o, --output <file>', 'write the merged report to a file instead of standard output')
    .addHelpText('after', '\nExit codes: 0 merged; 2 a report cannot be read, is not a reqlint report, or the formats differ.\n\nExample:\n  reqlint merge-reports shard-*.sarif -o reqlint.sarif\n')
    .action((files: string[], options: {output?: string}) => {
      parsed = {command: 'merge-reports', files, output: options.output}
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

/** Repeatable options; no default value, so that help does not print `(default: [])`. */
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

/**
 * `--locale` in every command's help. It is taken out of the command line
 * before commander parses it ({@link takeLocale}), so this option only documents it.
 */
function localeOption(): Option {
  return new Option(
    '--locale <ru|en>',
    "language of reqlint's messages: findings, errors, summary (default: the configuration's locale, else each document's language; errors before any document: LC_ALL, LC_MESSAGES, LANG)"
  )
}
