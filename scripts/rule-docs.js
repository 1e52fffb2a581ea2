/**
 * Writes each rule's messages into its documentation page (`docs/rules/<id>.md`),
 * between the `messages` markers, from the rule's own templates: the page shows
 * every message in English and in Russian as the rule writes it, and
 * test/rule-docs.test.ts fails when a page and the templates disagree.
 *
 *     pnpm build && node scripts/rule-docs.js
 *
 * The section goes before `## Options` (or at the end of a page without one)
 * the first time; after that, in place.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ruleById, rules} from '@reqlint/core'
// The built data, for the texts ambiguous-wording's messages take from it (a script of this repository may read the build).
import {builtinData} from '../packages/core/dist/data/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const startMarker = '<!-- messages:start (generated from the rule’s templates by `node scripts/rule-docs.js`: edit the templates, not this section) -->'
export const endMarker = '<!-- messages:end -->'

/** Every rule whose findings a report can hold: the rules, and the engine's reports on control comments. */
export function documentedRules() {
  return [...rules, ruleById('unknown-rule'), ruleById('unused-directive')]
}

/** The page of a rule. */
export function pageOf(id) {
  return path.join(root, 'docs/rules', `${id}.md`)
}

/** The generated section of a rule's page, markers included. */
export function messagesSection(rule) {
  const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\u00a0', ' ')
  const rows = Object.entries(rule.messages).map(([id, template]) => `| \`${id}\` | ${cell(template.en)} | ${cell(template.ru)} |`)
  return [
    startMarker,
    '## Messages',
    '',
    'Every finding names its message by `messageId` (in JSON and SARIF reports, and in a language server’s diagnostic `data`), the same in every locale; its text is written in the reader’s locale: `--locale`, then `locale` in the configuration, then the document’s language. `{name}` is filled from the finding; `{count, plural, …}` takes the form of each language’s plural rules, `#` being the number.',
    '',
    '| `messageId` | English | Русский |',
    '| --- | --- | --- |',
    ...rows,
    ...(dataTexts[rule.id]?.() ?? []),
    endMarker
  ].join('\n')
}

/** Texts a rule's messages take from the data files, shown after its templates. */
const dataTexts = {
  'ambiguous-wording': () => {
    const {ru, en} = builtinData().ambiguity
    const cell = (category, hint) => `**${category.name}.** ${category.why} *${hint}:* ${category.hint}`.replaceAll('|', '\\|')
    return [
      '',
      '`{category}` and `{why}`, and the `hint` message, come from the category of the word, in the reader’s locale ([`ambiguous.en.yaml`](../../packages/core/data/ambiguous.en.yaml), [`ambiguous.ru.yaml`](../../packages/core/data/ambiguous.ru.yaml)):',
      '',
      '| category | English | Русский |',
      '| --- | --- | --- |',
      ...ru.categories.map((category) => `| \`${category.id}\` | ${cell(en.categories.find((other) => other.id === category.id), 'Hint')} | ${cell(category, 'Совет')} |`)
    ]
  },
  'inconsistent-term': () => {
    const {termVariants} = builtinData()
    const cell = (text) => text.replaceAll('|', '\\|')
    return [
      '',
      'The `{reason}` of a `lexicon` finding is its group’s, in the reader’s locale ([`term-variants.yaml`](../../packages/core/data/term-variants.yaml)):',
      '',
      '| names | English | Русский |',
      '| --- | --- | --- |',
      ...['ru', 'en'].flatMap((language) => termVariants[language].lexicon.map((group) => `| ${group.names.join(', ')} | ${cell(group.reason.en)} | ${cell(group.reason.ru)} |`))
    ]
  }
}

/** The section as a page has it, or undefined. */
export function sectionIn(page) {
  const start = page.indexOf(startMarker)
  const end = page.indexOf(endMarker)
  return start === -1 || end === -1 ? undefined : page.slice(start, end + endMarker.length)
}

/** The page with its section written (replaced, or inserted before `## Options`, or appended). */
export function withSection(page, section) {
  const current = sectionIn(page)
  if (current !== undefined) return page.replace(current, section)
  const options = page.indexOf('\n## Options')
  if (options !== -1) return `${page.slice(0, options + 1)}${section}\n\n${page.slice(options + 1)}`
  return `${page.trimEnd()}\n\n${section}\n`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const rule of documentedRules()) {
    const file = pageOf(rule.id)
    const page = fs.readFileSync(file, 'utf8')
    const updated = withSection(page, messagesSection(rule))
    if (updated !== page) {
      fs.writeFileSync(file, updated)
      console.log(`updated ${path.relative(root, file)}`)
    }
  }
}
