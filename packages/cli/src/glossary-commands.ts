/**
 * `reqlint glossary check` and `reqlint glossary extract`: the helpers for
 * the people who keep a glossary.
 */
import {DataError, detectLanguage, findProposals, parseGlossaryFile, mergeGlossaryFiles, proposeVariants, type Glossary} from '@reqlint/core'
import {loadGlossaryFiles} from '@reqlint/core/node'
import {findConfig} from './config-files.js'
import {isMdx, loadMdxFor} from './mdx.js'
import {proposalYaml, type Found, type FoundVariants} from './glossary-proposal.js'
import {displayPath, toPosix} from './files.js'
import {IgnoreFilter} from './ignores.js'
import {readInputs} from './inputs.js'
import {ExitCode, type Io} from './io.js'
import type {LocaleChoice} from './locale-choice.js'
import {decodeDocument, DecodeError} from './read.js'
import {printable} from './formatters/common.js'
import {cliMessage} from './texts.js'

/**
 * Loads the files as `--glossary` would (merged in order, `extends` followed),
 * so every check of the loader applies; a problem is a DataError (exit 2).
 */
export function checkGlossaries(files: readonly string[], json: boolean, io: Io, choice: LocaleChoice): number {
  const glossary = loadGlossaryFiles(files, io.cwd)
  const stats = statistics(glossary)
  const merged = glossary.files.map((file) => displayPath(io.cwd, file))
  if (json) {
    io.stdout.write(JSON.stringify({valid: true, files: merged, ...stats}, null, 2) + '\n')
    return ExitCode.Clean
  }
  // Names as given and as `extends` wrote them: escaped, like every human report.
  const named = files.map(printable).join(', ')
  const locale = choice.locale
  const valid = cliMessage('glossary-valid', {named, merged: merged.length > files.length ? merged.map(printable) : undefined})
  io.stdout.write(`${valid.text[locale]}\n${cliMessage('glossary-statistics', stats).text[locale]}\n`)
  return ExitCode.Clean
}

export interface GlossaryStatistics {
  readonly language: string
  readonly entries: number
  readonly names: number
  readonly abbreviations: number
  readonly entryAbbreviations: number
  readonly knownAbbreviations: number
  readonly synonyms: number
  readonly avoided: number
}

export function statistics(glossary: Glossary): GlossaryStatistics {
  const entryAbbreviations = new Set(glossary.entries.flatMap((entry) => entry.abbreviations.map((named) => named.value)))
  const known = new Set(glossary.abbreviations.map((named) => named.value))
  const synonyms = glossary.entries.reduce((sum, entry) => sum + entry.synonyms.length, 0)
  const avoided = glossary.entries.reduce((sum, entry) => sum + entry.avoid.length, 0)
  return {
    language: glossary.language,
    entries: glossary.entries.length,
    names: glossary.entries.length + synonyms + avoided,
    abbreviations: new Set([...entryAbbreviations, ...known]).size,
    entryAbbreviations: entryAbbreviations.size,
    knownAbbreviations: known.size,
    synonyms,
    avoided
  }
}

/**
 * Prints proposed entries as glossary YAML on standard output. Names the
 * glossary already has are left out: the `--glossary` files, or else the
 * configured glossary (none when there is no configuration).
 */
export async function extractGlossary(paths: readonly string[], glossaryFiles: readonly string[], all: boolean, io: Io, choice: LocaleChoice): Promise<number> {
  const loaded = await findConfig(io.cwd, (locale) => (choice.config = locale))
  const locale = choice.locale
  let known: Glossary | undefined
  if (!all && glossaryFiles.length > 0) known = loadGlossaryFiles(glossaryFiles, io.cwd)
  else if (!all && loaded?.config.glossary) known = loadGlossaryFiles(loaded.config.glossary, loaded.directory)

  const filter = new IgnoreFilter({cwd: io.cwd, gitignore: true, patterns: loaded ? [{base: loaded.directory, patterns: loaded.config.ignorePatterns}] : []})
  const inputs = await readInputs({patterns: paths, stdin: undefined, stdinFilename: undefined, cwd: io.cwd, filter})
  await loadMdxFor(inputs.map((input) => input.name))
  const proposals: Found[] = []
  const variants: FoundVariants[] = []
  const texts: string[] = []
  let problems = 0
  for (const input of inputs) {
    let problem = input.problem
    if (input.bytes) {
      try {
        const text = decodeDocument(input.bytes).text
        texts.push(text)
        const name = toPosix(input.name)
        proposals.push(...findProposals(text, isMdx(input.name)).map((proposal) => ({...proposal, where: `${name}:${proposal.line}`})))
        const found = proposeVariants(text, detectLanguage(text), isMdx(input.name))
        if (found.length > 0) variants.push({name, groups: found})
      } catch (error) {
        if (!(error instanceof DecodeError)) throw error
        problem = error.problem.text
      }
    }
    if (problem !== undefined) {
      io.stderr.write(`reqlint: ${input.name}: ${problem[locale]}\n`)
      problems++
    }
  }
  const language = detectLanguage(texts.join('\n'))
  // The comments are about the documents: in their language, unless the reader chose one.
  const commentLocale = choice.flag ?? choice.config ?? (language === 'ru' ? 'ru' : 'en')
  const yaml = proposalYaml(proposals, variants, inputs.length - problems, language, known, commentLocale)
  io.stdout.write(yaml)
  // The proposal should load as a glossary; when it does not (one name in two entries), say what to resolve.
  try {
    mergeGlossaryFiles([parseGlossaryFile('proposed.yaml', yaml)])
  } catch (error) {
    if (!(error instanceof DataError)) throw error
    io.stderr.write(`reqlint: ${cliMessage('proposal-needs-decision', {reason: {en: error.reasonIn('en'), ru: error.reasonIn('ru')}}).text[locale]}\n`)
  }
  return problems > 0 ? ExitCode.Findings : ExitCode.Clean
}
