/**
 * `reqlint init`: a starter `.reqlintrc.yaml` and `glossary.yaml` in the
 * current directory. Never overwrites: if either file, or any other reqlint
 * configuration, is already there, nothing is written and the run exits 2.
 */
import fs from 'node:fs'
import path from 'node:path'
import {builtinGlossaryName, rules} from '@reqlint/core/lint'
import {configFilesIn} from './config-files.js'
import {ExitCode, type Io} from './io.js'
import type {LocaleChoice} from './locale-choice.js'
import {cliMessage, reasonOf} from './texts.js'

export const configName = '.reqlintrc.yaml'
export const glossaryName = 'glossary.yaml'

export async function init(io: Io, choice: LocaleChoice): Promise<number> {
  const locale = choice.locale
  const existing = [...new Set([...(await configFilesIn(io.cwd)), ...[configName, glossaryName].map((name) => path.join(io.cwd, name)).filter((file) => fs.existsSync(file))])]
  if (existing.length > 0) {
    const names = existing.map((file) => path.basename(file))
    io.stderr.write(`reqlint init: ${cliMessage('init-exists', {names, cwd: io.cwd}).text[locale]}\n`)
    return ExitCode.Usage
  }
  const written: string[] = []
  try {
    for (const [name, text] of [
      [glossaryName, starterGlossary],
      [configName, starterConfig()]
    ] as const) {
      // `wx`: fails rather than overwrite a file created since the check above.
      fs.writeFileSync(path.join(io.cwd, name), text, {flag: 'wx'})
      written.push(name)
    }
  } catch (error) {
    io.stderr.write(`reqlint init: ${cliMessage('init-cannot-write', {reason: reasonOf(error), written}).text[locale]}\n`)
    return ExitCode.Usage
  }
  io.stdout.write(cliMessage('init-done', {config: configName, glossary: glossaryName, builtin: builtinGlossaryName}).text[locale])
  return ExitCode.Clean
}

function starterConfig(): string {
  const width = Math.max(...rules.map((rule) => rule.id.length)) + 1
  return `# reqlint configuration (docs/configuration.md in the reqlint repository).
# Paths and globs in this file are relative to it.

# The glossary the documents are checked against (YAML, JSON or CSV); a list merges several.
glossary: ${glossaryName}

# The language of the documents: ru, en, or auto (each document by its letters).
language: auto

# Per rule: off, warn or error, or [severity, {options}]. These are the defaults.
rules:
${rules.map((rule) => `  ${(rule.id + ':').padEnd(width)} ${rule.defaultSeverity.padEnd(5)}  # ${rule.description}`).join('\n')}

# Files to skip, in .gitignore syntax (.gitignore files are respected as well).
# ignorePatterns:
#   - drafts/
#   - "*.draft.md"

# Other settings for some files; later overrides win.
# overrides:
#   - files: ["legacy/**"]
#     rules:
#       ambiguous-wording: off
#   - files: "*.en.md"
#     language: en
`
}

const starterGlossary = `# The project's glossary for reqlint: the format is described in the reqlint README
# ("The glossary format"). Write every name in its dictionary form: it matches
# all of its forms («коробочная версия» matches «коробочной версии»).
language: ru

# reqlint's built-in CRM glossary comes first; this file's entries override it:
# an entry with the same term updates the built-in one (a new definition,
# more synonyms), and \`remove\` drops built-in entries by term. Delete this
# line to start from an empty glossary.
extends: [${builtinGlossaryName}]
# remove: [карточка клиента]

# Also know reqlint's list of universal abbreviations (ООО, РФ, USA…).
builtinAbbreviations: true

# The entries: uncomment and edit the examples (replacing the \`[]\`), or write your own.
terms: []
  # - term: техническое задание
  #   abbreviation: ТЗ
  #   definition: Документ с требованиями к системе, прилагаемый к договору.
  #   synonyms: [технические требования]   # tolerated, but one document uses one name
  #   avoid: [тех. задание]                # never to be used; reports suggest the term
  #
  # - term: коробочная версия
  #   definition: Версия, которая ставится на серверы заказчика.
  #   synonyms: [коробка]
  #
  # - term: личный кабинет
  #   abbreviation: ЛК

# Abbreviations known without a definition.
abbreviations: []
  # - ГОСТ
`
