/**
 * `reqlint [paths...]`: configuration, inputs, cache, linting (in this thread
 * or on a worker pool), fixes, report, summary and exit code, in that order.
 * The cache, the worker pool and the fix writer (with its diff) are imported
 * only by the runs that use them. Each document's fixes are written as soon as
 * they are known, not at the end of the run.
 */
import path from 'node:path'
import type {Locale} from '@reqlint/core/lint'
import type {LintArgs} from './args.js'
import type {Cache} from './cache.js'
import {findConfig, loadConfigFile} from './config-files.js'
import {ConfigResolver, parseRuleFlags, resolveGlossary, settingsKey, type FileSettings} from './config-resolve.js'
import {version} from './formatters/version.js'
import {Glossaries, loadGlossaryReader} from './glossaries.js'
import {IgnoreFilter} from './ignores.js'
import {readInputs, type Input} from './inputs.js'
import {ExitCode, UsageError, type Io} from './io.js'
import {lintDocument, type DocumentResult} from './lint-document.js'
import {loadMdxFor} from './mdx.js'
import type {LocaleChoice} from './locale-choice.js'
import {fileProblem, toVFile, type PlainMessage} from './messages.js'
import {Progress, progressAllowed} from './progress.js'
import {decodeDocument} from './read.js'
import {count, errorsOnly, formatReport, writeReport} from './report.js'
import {summaryLine} from './summary.js'
import {cliMessage, reasonOf, WordedError} from './texts.js'
import {workerCount} from './worker-count.js'
import type {LintJob} from './workers.js'

export async function runLint(args: LintArgs, io: Io, choice: LocaleChoice): Promise<number> {
  const clock = io.clock ?? performance
  const started = clock.now()
  const cwd = io.cwd
  if (args.fix && args.fixDryRun) throw new UsageError(cliMessage('fix-and-dry-run', {}))

  // From the configuration's `locale` on, the run's own errors and warnings are in it unless --locale says otherwise.
  const onLocale = (locale: Locale): void => {
    choice.config = locale
  }
  const loaded = args.config === undefined ? await findConfig(cwd, onLocale) : await loadConfigFile(path.resolve(cwd, args.config), onLocale)
  const resolver = await ConfigResolver.create(loaded, {
    glossary: args.glossary.map((file) => resolveGlossary(cwd, file)),
    rules: parseRuleFlags(args.rule),
    reportUnusedDisableDirectives: args.reportUnusedDisableDirectives,
    ...(choice.flag ? {locale: choice.flag} : {}),
    ...(choice.environment ? {environmentLocale: choice.environment} : {})
  })
  if (args.printConfig !== undefined) {
    const file = path.resolve(cwd, args.printConfig)
    const {glossary} = resolver.resolve(file).settings
    await loadGlossaryReader(glossary !== undefined)
    io.stdout.write(JSON.stringify(resolver.describe(file, cwd, new Glossaries().get(glossary).files), null, 2) + '\n')
    return ExitCode.Clean
  }

  const readsStdin = args.paths.includes('-') || (args.paths.length === 0 && args.stdinFilename !== undefined)
  if (args.stdinFilename !== undefined && !readsStdin) {
    throw new UsageError(cliMessage('stdin-filename-without-stdin', {}))
  }
  if (readsStdin && args.fix) throw new UsageError(cliMessage('fix-stdin', {}))
  let patterns = args.paths.filter((item) => item !== '-')
  if (args.paths.length === 0 && !readsStdin) {
    // With a configuration, like ESLint: the project is the current directory.
    if (!loaded) throw new UsageError(cliMessage('no-inputs', {}))
    patterns = ['.']
  }

  const filter = new IgnoreFilter({
    cwd,
    gitignore: args.gitignore,
    patterns: [
      ...(loaded ? [{base: loaded.directory, patterns: loaded.config.ignorePatterns}] : []),
      {base: cwd, patterns: args.ignorePattern}
    ]
  })
  // --changed-since and --shard narrow the files before any is read; their problems (a missing path) stay.
  const selection =
    args.changedSince !== undefined || args.shard !== undefined
      ? await (await import('./selection.js')).selectFiles(patterns, cwd, filter, {changedSince: args.changedSince, shard: args.shard})
      : undefined
  const inputs = [
    ...(selection?.problems.map((problem): Input => ({name: problem.path, file: undefined, bytes: undefined, problem: problem.reason})) ?? []),
    ...(await readInputs({patterns: selection?.files ?? patterns, stdin: readsStdin ? io.stdin : undefined, standardInput: io.stdin, stdinFilename: args.stdinFilename, cwd, filter}))
  ]

  // Settings per input, interned: documents with equal settings share a glossary and a cache stamp.
  const settingsList: FileSettings[] = []
  const settingsIndex = new Map<string, number>()
  const settingsOf = inputs.map((input) => {
    const {settings} = resolver.resolve(input.file ?? path.resolve(cwd, input.name))
    const key = settingsKey(settings)
    let index = settingsIndex.get(key)
    if (index === undefined) {
      index = settingsList.length
      settingsList.push(settings)
      settingsIndex.set(key, index)
    }
    return index
  })
  // Every glossary is loaded before any document is linted: a bad glossary stops the run with exit 2.
  await loadGlossaryReader(settingsList.some((settings) => settings.glossary !== undefined))
  const glossaries = new Glossaries()
  for (const settings of settingsList) glossaries.get(settings.glossary)

  const fixing = args.fix || args.fixDryRun
  const caching = args.cache ? await import('./cache.js') : undefined
  const cache: Cache | undefined = caching?.Cache.open(args.cacheLocation, cwd, caching.cacheStamp(version))
  const hashContent = caching?.hashContent
  const settingsHashes = hashContent ? settingsList.map((settings) => hashContent(settingsKey(settings) + '\0' + glossaries.hash(settings.glossary))) : []
  const contentHashes = inputs.map((input) => (hashContent && input.file && input.bytes ? hashContent(input.bytes) : undefined))

  const results: Array<DocumentResult | undefined> = new Array<DocumentResult | undefined>(inputs.length)
  const pending: number[] = []
  let cached = 0
  inputs.forEach((input, index) => {
    if (input.bytes === undefined) return
    const content = contentHashes[index]
    const entry = content === undefined ? undefined : cache?.get(input.file!, content, settingsHashes[settingsOf[index]!]!)
    // A cached result has no fixes to apply: files with fixable findings are linted again under --fix.
    if (entry && !(fixing && entry.fixable > 0)) {
      results[index] = {messages: entry.messages, ...(entry.language === undefined ? {} : {language: entry.language}), fixable: entry.fixable, cacheable: true}
      cached++
    } else {
      pending.push(index)
    }
  })

  // Fixes are written as soon as a document's are known, so that the file has had the least time to change since it
  // was read (and is left alone if it has); then the cache learns the result of what is on disk now.
  const fixer = args.fix || args.fixDryRun ? await import('./fix.js') : undefined
  const dryRuns: Array<{index: number; before: string; after: string}> = []
  let fixes = 0
  let fixedFiles = 0
  const settle = (index: number, linted: DocumentResult): void => {
    const input = inputs[index]!
    let result = linted
    let bytes: Uint8Array | undefined = input.bytes
    if (fixer && result.fixed && result.decoded && input.bytes) {
      if (args.fixDryRun) {
        fixes += result.fixed.applied
        fixedFiles++
        // The BOM is part of the first line on disk: without it `git apply` would not find that line.
        const bom = result.decoded.bom ? '\uFEFF' : ''
        dryRuns.push({index, before: bom + decodeDocument(input.bytes).text, after: bom + result.fixed.text})
        bytes = undefined
      } else {
        try {
          if (input.stream) throw new WordedError(cliMessage('read-as-stream', {}))
          bytes = fixer.writeFixed(input.file!, input.bytes, result.fixed.text, result.decoded)
          fixes += result.fixed.applied
          fixedFiles++
        } catch (error) {
          // Nothing was written: report the file as it was read, and why it was not fixed.
          const settings = settingsList[settingsOf[index]!]!
          const unfixed = lintDocument(input.bytes, input.name, settings, glossaries.get(settings.glossary), false)
          const locale = settings.problemLocale ?? 'en'
          const problem =
            error instanceof fixer.ChangedSinceRead
              ? {...fileProblem(cliMessage('not-fixed-changed', {}).text[locale]), fatal: false}
              : fileProblem(cliMessage('cannot-write-fixes', {reason: reasonOf(error)}).text[locale])
          result = {...unfixed, messages: [problem, ...unfixed.messages], cacheable: false}
          bytes = undefined
        }
      }
    }
    results[index] = result
    if (cache && hashContent && input.file && !input.stream && bytes && result.cacheable && contentHashes[index] !== undefined) {
      cache.set(input.file, {
        content: hashContent(bytes),
        settings: settingsHashes[settingsOf[index]!]!,
        messages: result.messages,
        ...(result.language === undefined ? {} : {language: result.language}),
        fixable: result.fixable
      })
    }
  }

  const progress = new Progress(progressAllowed(io.stderr, io.env) ? io.stderr : undefined, clock, choice.locale)
  progress.start(pending.length)
  const jobs: LintJob[] = pending.map((index) => ({name: inputs[index]!.name, bytes: inputs[index]!.bytes!, settings: settingsOf[index]!}))
  const workers = workerCount(jobs.length, jobs.reduce((total, job) => total + job.bytes.length, 0), args.workers)
  if (workers > 1) {
    const {lintInWorkers} = await import('./workers.js')
    await lintInWorkers(jobs, {settings: settingsList, fix: fixing}, workers, (job, result) => {
      settle(pending[job]!, result)
      progress.tick()
    })
  } else {
    await loadMdxFor(jobs.map((job) => job.name))
    jobs.forEach((job, index) => {
      const settings = settingsList[job.settings]!
      settle(pending[index]!, lintDocument(job.bytes, job.name, settings, glossaries.get(settings.glossary), fixing))
      progress.tick()
    })
  }
  progress.clear()
  // In the order of the inputs, whichever worker finished first.
  dryRuns.sort((a, b) => a.index - b.index)
  const diffs: string[] = []
  for (const dryRun of dryRuns) diffs.push(await fixer!.fixDiff(inputs[dryRun.index]!.name, dryRun.before, dryRun.after))
  if (cache) {
    try {
      cache.save()
    } catch (error) {
      io.stderr.write(`reqlint: ${cliMessage('cannot-write-cache', {location: cache.location, reason: reasonOf(error)}).text[choice.locale]}\n`)
    }
  }

  const locales = inputs.map((_, index) => readerLocale(settingsList[settingsOf[index]!]) ?? results[index]?.language)
  const runLocale = mostCommon(locales)
  const files = inputs.map((input, index) => toVFile(input.name, cwd, messagesOf(input, results[index], settingsList[settingsOf[index]!]!.problemLocale ?? 'en'), locales[index] ?? runLocale))
  const all = count(files)
  if (args.quiet) errorsOnly(files)
  const reported = count(files)

  // Under --fix-dry-run standard output carries the patch alone (`> fixes.patch`), so the report goes to standard error.
  const reportStream = args.fixDryRun ? io.stderr : io.stdout
  if (diffs.length > 0) io.stdout.write(diffs.join(''))
  const color = args.color && io.env.NO_COLOR === undefined && args.output === undefined && reportStream.isTTY === true
  // A terminal's width is fitted (80 columns when it does not say); a pipe or a file gets rows that never wrap.
  const width = args.output === undefined && reportStream.isTTY === true ? reportStream.columns || 80 : undefined
  const report = await formatReport(files, args.format, {color, cwd, width, verbose: args.verbose, locale: runLocale})
  let code: number = all.errors > 0 ? ExitCode.Findings : ExitCode.Clean
  if (args.output !== undefined) {
    try {
      writeReport(args.output, cwd, report)
    } catch (error) {
      io.stderr.write(`reqlint: ${cliMessage('cannot-write-report', {file: args.output, reason: reasonOf(error)}).text[choice.locale]}\n`)
      code = ExitCode.Usage
    }
  } else if (report !== '') {
    reportStream.write(report)
  }
  if (args.maxWarnings !== undefined && all.warnings > args.maxWarnings) {
    io.stderr.write(`reqlint: ${cliMessage('too-many-warnings', {warnings: all.warnings, maximum: args.maxWarnings}).text[choice.locale]}\n`)
    if (code === ExitCode.Clean) code = ExitCode.Findings
  }
  if (args.format === 'stylish') {
    io.stderr.write(
      summaryLine({
        files: inputs.length,
        errors: reported.errors,
        warnings: reported.warnings,
        cached,
        fixes,
        fixedFiles,
        dryRun: args.fixDryRun,
        milliseconds: clock.now() - started
      }, runLocale)
    )
  }
  return code
}

function messagesOf(input: Input, result: DocumentResult | undefined, problemLocale: Locale): readonly PlainMessage[] {
  if (input.problem !== undefined) return [fileProblem(input.problem[problemLocale])]
  return result?.messages ?? []
}

/**
 * The locale the reader chose for a file's findings, when one was: `--locale`, then `locale` in
 * the configuration, which the settings of the file carry (`FileSettings.locale`, the CLI's locale
 * choice). Undefined: the findings are written in the document's own language.
 */
function readerLocale(settings: FileSettings | undefined): Locale | undefined {
  return settings?.locale
}

/** The locale most files' findings are written in, for what the report says of the whole run (the summary); English on a tie or with none. */
function mostCommon(locales: ReadonlyArray<Locale | undefined>): Locale {
  let russian = 0
  let english = 0
  for (const locale of locales) {
    if (locale === 'ru') russian++
    else if (locale === 'en') english++
  }
  return russian > english ? 'ru' : 'en'
}
