/**
 * undefined-abbreviation: every abbreviation a reader meets is defined — in the
 * glossary, in the document's terms section, or inline before its first use.
 */
import {
  blockAbbreviations,
  blockCapitalisedNames,
  blockMixedCaseNames,
  companyNameAbbreviations,
  inseparableNames,
  latinSpellings,
  mixedCaseNames,
  nameBefore,
  ordinaryWords,
  stateNameCells,
  titleAbbreviations,
  usesOf,
  type AbbreviationUse
} from '../abbreviations.js'
import {isAbbreviationLike, type CompiledGlossary} from '../glossary/compile.js'
import {codeWords} from '../code-words.js'
import {builtinData} from '../data/index.js'
import {isEnglishWordInCapitals} from '../english-words.js'
import {findDefinitions, spellsOut, type Definition} from '../definitions.js'
import {isCitedTitle, linkTargetAround} from '../link-texts.js'
import type {GlossaryEntry} from '../glossary/model.js'
import type {PhraseIndex} from '../phrase-index.js'
import type {ProseBlock} from '../prose.js'
import {defineRule, oneLine, option} from '../rule.js'
import {lineIndex} from '../location.js'

export const undefinedAbbreviation = defineRule({
  id: 'undefined-abbreviation',
  description: {
    en: 'Abbreviations used without a definition in the glossary or the document, or before their definition.',
    ru: 'Аббревиатуры, которые не расшифрованы ни в глоссарии, ни в документе или употреблены раньше своей расшифровки.'
  },
  defaultSeverity: 'error',
  fixable: false,
  messages: {
    undefined: {
      en: 'Undefined abbreviation «{abbreviation}»{uses, plural, =1 {} other { (used # times)}}: define it in the terms section or at first use, as in “Full Name ({abbreviation})”, or add it to the glossary',
      ru: 'Аббревиатура «{abbreviation}» не определена{uses, plural, =1 {} one { (встречается # раз)} few { (встречается # раза)} other { (встречается # раз)}}: расшифруйте её в разделе терминов или при первом упоминании\u00a0— «расшифровка ({abbreviation})»\u00a0— либо добавьте в глоссарий'
    },
    ambiguous: {
      en: 'Ambiguous «{abbreviation}»: the glossary gives it {count} meanings ({meanings}); define which one this document means',
      ru: 'У аббревиатуры «{abbreviation}» в глоссарии {count, plural, one {# значение} few {# значения} other {# значений}} ({meanings}): укажите, какое из них имеется в виду в этом документе'
    },
    'before-definition': {
      en: 'Unexpected «{abbreviation}» before its definition on line {line}: define an abbreviation at its first use',
      ru: 'Аббревиатура «{abbreviation}» употреблена раньше своего определения в строке {line}: расшифруйте её при первом упоминании'
    },
    'defined-here': {
      en: '«{abbreviation}» defined here',
      ru: 'Определение «{abbreviation}»'
    },
    redefined: {
      en: 'Unexpected second definition of «{abbreviation}» as «{expansion}»: it is already defined as «{first}»',
      ru: 'Аббревиатура «{abbreviation}» определена второй раз, как «{expansion}», а раньше\u00a0— как «{first}»'
    },
    'first-defined-here': {
      en: '«{abbreviation}» first defined here',
      ru: 'Первое определение «{abbreviation}»'
    }
  },
  options: {
    /** Report only the first use of each abbreviation (`first`, default) or every use (`all`). */
    report: option.oneOf(['first', 'all'], 'first'),
    /** Abbreviations this project knows without a definition, on top of the glossary. */
    allow: option.list<string>([], {notList: {en: '`allow` must be a list of strings', ru: '`allow` должен быть списком строк'}}),
    /**
     * Technical abbreviations every developer reads as names (API, HTTP, JSON; data/well-known-abbreviations.yaml)
     * are known unless the document defines them; `false` asks for every one to be defined, as ГОСТ 34.602 does.
     */
    allowWellKnown: option.boolean(true)
  },
  check({analysis, options, report}) {
    const glossary = analysis.glossary
    const allowed = new Set(options.allow)
    // Made when a message first names a line: most documents need none.
    let lineOf: ((offset: number) => number) | undefined
    const uses = new Map<ProseBlock, AbbreviationUse[]>()
    const ordinary = ordinaryWords(analysis.document)
    // Words the document shows to be names somewhere («NVIDIA (NVENC)», «GTX 950+»): names everywhere.
    const names = new Set<string>()
    // What each block holds by itself is kept by a language server across edits; which of it stands is the document's to say.
    for (const block of analysis.document.blocks) uses.set(block, usesOf(block, analysis.perBlock(blockAbbreviations, block), ordinary, names))
    // What the document's code shows: files' extensions, identifiers' segments.
    const code = codeWords(analysis.document)

    // Names of glossary entries written like abbreviations («SaaS» as a term) are known too.
    const glossaryNames = abbreviationLikeNames(glossary)

    const definitions = new Map<string, Definition[]>()
    for (const definition of findDefinitions(analysis, uses)) {
      const list = definitions.get(definition.abbreviation)
      if (list) list.push(definition)
      else definitions.set(definition.abbreviation, [definition])
    }

    // One abbreviation defined with two meanings: only definitions that delimit their expansion
    // are compared; a «Field: value» line outside the terms section is not one.
    for (const [abbreviation, list] of definitions) {
      const comparable = list.filter((definition) => definition.expansion !== undefined && definition.kind !== 'line')
      const first = comparable[0]
      if (!first?.expansion) continue
      for (const other of comparable.slice(1)) {
        if (other.expansion === undefined || sameMeaning(other.expansion, first.expansion)) continue
        report({
          span: other.span,
          messageId: 'redefined',
          data: {abbreviation, expansion: oneLine(other.expansion), first: oneLine(first.expansion)},
          actual: abbreviation,
          related: {span: first.span, messageId: 'first-defined-here', data: {abbreviation}}
        })
      }
    }

    // The labels of the host names of the sites the document links, gathered when an abbreviation first gets that far.
    let hostLabels: ReadonlySet<string> | undefined
    const reported = new Set<string>()
    // Names in capitals of two words, «PCI DSS»: reported once, on their first word.
    const nameParts = new Set<string>()
    const source = analysis.document.source
    const counts = new Map<string, number>()
    for (const list of uses.values()) for (const use of list) counts.set(use.abbreviation, (counts.get(use.abbreviation) ?? 0) + 1)

    const blocks = analysis.document.blocks
    const components = componentNames(uses)
    const companies = companyNameAbbreviations(blocks)
    const titles = titleAbbreviations(blocks)
    const states = stateNameCells(blocks)
    const inseparable = inseparableNames(blocks, (block) => analysis.perBlock(blockCapitalisedNames, block))
    // «GRPC-LB» beside «gRPC»: a name the document writes in mixed case, set in capitals.
    const mixedCase = mixedCaseNames(blocks, (block) => analysis.perBlock(blockMixedCaseNames, block))
    // «TOML v1.0.0» over «Tom's Obvious, Minimal Language.»: a heading's abbreviation, spelt out by the words
    // that open its section, is defined from the heading on (blocks come in order, so before any later use);
    // so is an abbreviation linked to its explanation, from the link on.
    const spelled = new Map<string, number>()
    for (const [index, block] of blocks.entries()) {
      // «## СЭД» followed by «Система электронного документооборота (СЭД) — …»: the heading names what the
      // section's first sentence defines.
      const opening = block.kind === 'heading' ? firstSentenceAfter(blocks, index) : undefined
      if (opening) {
        const text = analysis.document.source.slice(opening.start, opening.end)
        for (const use of uses.get(block) ?? []) {
          if (!spelled.has(use.abbreviation) && opensWithExpansion(text, use.abbreviation)) spelled.set(use.abbreviation, use.span.start)
        }
      }
      // «| READY | … |» under "State": a state's name.
      if (states.has(block)) continue
      // The block's last abbreviation left undefined, and whether it was reported there.
      let last: {abbreviation: string; end: number; reported: boolean} | undefined
      for (const use of uses.get(block) ?? []) {
        const abbreviation = use.abbreviation
        // «(AUTO / NEEDS_APPROVAL / FORBIDDEN)»: one of a list of a program's values.
        if (isEnumeratedValue(block.text, use.from, use.to)) continue
        if (allowed.has(abbreviation) || glossary.known.has(abbreviation) || glossaryNames.has(abbreviation)) continue
        if (companies.has(abbreviation) || titles.has(abbreviation) || names.has(abbreviation) || mixedCase.has(abbreviation)) continue
        // «ERP 2.5», «BPMN 2.0», «WOFF 2.0»: a name in Latin capitals with its version is a product or a standard's
        // edition, which the reader knows by that name.
        if (latinName.test(abbreviation) && isVersionAfter(block.text.slice(use.to, use.to + 30))) continue
        // «Плагин DSH», "the IBC module": a software component's name (componentNames).
        if (components.has(abbreviation)) continue
        // «EPIC-feat-standalone-cli»: capitals joined by hyphens to words in small Latin letters make a file's or a
        // branch's name, an identifier.
        if (kebabIdentifier.test(use.word.text)) continue
        // «Reverse-Proxy Extensions support for Argo CD»: part of a name the document never writes without it.
        if (inseparable.has(`${nameBefore(block.text, use.from) ?? ''} ${abbreviation}`)) continue
        // «model it in FPP» beside `instances.fpp`: a format the code names files in. «any other "MFR" command»
        // beside `MFR_SPECIFIC_00`: quoted, the prefix of the code's identifiers.
        const lower = abbreviation.toLowerCase()
        if (code.extensions.has(lower) || (code.segments.has(lower) && isQuoted(analysis.document.source, use.span))) continue
        // «[SPDX](https://spdx.org/…)», «[ABI Compatibility](#abi-compatibility)»: a link to the name's own
        // site, or to the place in the document that explains it, takes the reader to the definition, for
        // this use and the later ones, as a definition in the text would.
        if (isLinkedToItsDefinition(analysis.document.source, use.span.start, use.span.end, abbreviation)) {
          if (!spelled.has(abbreviation)) spelled.set(abbreviation, use.span.start)
          continue
        }
        // «XOD» in a guide that links https://xod.io/docs/: the name of a product whose own site the document gives.
        if ((hostLabels ??= documentHostLabels(analysis.document.source)).has(lower)) continue
        // «[Proof Pudding](https://avidml.org/…) **AVID**», «[…](https://atlas.mitre.org/…) **MITRE ATLAS**»: the
        // label a reference list puts after a link names the site it leads to.
        if (labelsItsLink(analysis.document.source, use.span.start, abbreviation)) continue
        // «[Oxide RFD 576: Using LLMs at Oxide](https://…)»: the title of another work, in its authors' words; the
        // link takes the reader to it.
        if (isCitedTitle(analysis.document.source, use.span.start, use.span.end)) continue
        // «ПДФ» for PDF: a known Latin abbreviation spelt in Russian letters.
        if (latinSpellings(abbreviation).some((latin) => glossary.known.has(latin) || glossary.abbreviations.get(latin)?.length === 1)) continue
        if ((spelled.get(abbreviation) ?? Infinity) <= use.span.start) continue
        const list = definitions.get(abbreviation) ?? []
        const definedBefore = list.some(
          (definition) =>
            definition.kind !== 'inline' ||
            definition.span.start <= use.span.start ||
            (opening !== undefined && opening.start <= definition.span.start && definition.span.end <= opening.end)
        )
        const meanings = glossary.abbreviations.get(abbreviation)
        // Needing no definition unless the document gives one (then its uses are checked against it, as
        // "Signed Entry Timestamp (SET)" makes SET an abbreviation):
        // - «HTTP API»: names a developer reads without one;
        // - "a KEY with the following format", "a GOAWAY frame": an English word in capitals;
        // - «на базе `DRBD`» … «DRBD-ресурсы», "`NUL` is the ASCII NUL character": a word the document sets as
        //   a literal, the name of a program, a character or a message (on the annotated corpus 9 false
        //   findings and 5 debatable ones were of such words, no true one).
        if (
          !meanings &&
          list.length === 0 &&
          ((options.allowWellKnown && glossary.wellKnown.has(abbreviation)) || isEnglishWordInCapitals(abbreviation) || code.literals.has(abbreviation))
        ) {
          continue
        }
        if (meanings && (meanings.length === 1 || definedBefore || settledByContext(block, meanings, glossary.contexts))) continue
        if (definedBefore) continue
        // The second word of a name in capitals whose first word is reported here («стандарт PCI DSS»): the
        // finding on the first asks for the name's definition, which defines both («… (PCI DSS)»); so in the
        // name's later uses. Where the first was reported without it («KEP» … «KEP PR»), the second is a
        // word of its own.
        const pair = last && use.span.start === last.end + 1 && source[last.end] === ' ' && latinName.test(abbreviation) && latinName.test(last.abbreviation) ? `${last.abbreviation} ${abbreviation}` : undefined
        if (pair !== undefined && (last!.reported || nameParts.has(pair))) {
          nameParts.add(pair)
          last = {abbreviation, end: use.span.end, reported: false}
          continue
        }
        const first = !(options.report === 'first' && reported.has(abbreviation))
        last = {abbreviation, end: use.span.end, reported: first}
        if (!first) continue
        reported.add(abbreviation)

        const actual = analysis.text(use.span)
        const count = counts.get(abbreviation) ?? 1
        const later = list.find((definition) => definition.span.start > use.span.start)
        if (meanings) {
          const senses = meanings.map((entry) => `«${entry.term.value}»`).join(', ')
          report({
            span: use.span,
            messageId: 'ambiguous',
            data: {abbreviation, count: meanings.length, meanings: senses},
            actual,
            expected: meanings.map((entry) => entry.term.value)
          })
        } else if (later) {
          const line = (lineOf ??= lineIndex(analysis.document.source))(later.span.start)
          report({
            span: use.span,
            messageId: 'before-definition',
            data: {abbreviation, line},
            actual,
            related: {span: later.span, messageId: 'defined-here', data: {abbreviation}}
          })
        } else {
          report({span: use.span, messageId: 'undefined', data: {abbreviation, uses: count}, actual})
        }
      }
    }
  }
})

/**
 * In Latin letters: «PCI DSS», «AWS KMS» are names of standards and products. Russian text puts two
 * abbreviations side by side for two things, the second in the genitive: «[РД СЭД]», «требования ТЗ АС».
 */
const latinName = /^[A-Z][A-Z\d]*$/u

/**
 * The names in Latin capitals the document gives a software component's kind, in any use: «Плагин DSH», «модуль
 * CJS», «проверка наличия модуля GCM», «Расширение PHP GD»; in English after the name, "the IBC module", "the GSON
 * library". Such a name is that component's, as «утилита fio» is in small letters, in its other uses too ("the IBC
 * specification").
 */
function componentNames(uses: ReadonlyMap<ProseBlock, readonly AbbreviationUse[]>): Set<string> {
  const names = new Set<string>()
  for (const [block, list] of uses) {
    for (const use of list) {
      if (names.has(use.abbreviation) || !latinName.test(use.abbreviation)) continue
      const before = block.text.slice(Math.max(0, use.from - 30), use.from)
      if (componentKindBefore.test(before) || isComponentOfPlatform(before) || componentKindAfter.test(block.text.slice(use.to, use.to + 20))) names.add(use.abbreviation)
    }
  }
  return names
}

/** The stems of the Russian words naming a kind of software component. */
const componentKinds = 'плагин|модул|библиотек|утилит|фреймворк|пакет|генератор|расширени'

/** A word naming a kind of software component, in any case, right before, or before an example: «плагин », «модуля », «библиотек (например ». */
const componentKindBefore = new RegExp(`(?:^|[^\\p{L}])(?:${componentKinds})\\p{L}*\\s*(?:[(,]\\s*(?:например|к примеру|таких как),?\\s+|\\s)$`, 'iu')

/** The kind, then the platform's name in Latin letters: «Расширение PHP GD», «модуль Python NLTK». */
const componentKindAndPlatform = new RegExp(`(?:^|[^\\p{L}])(?:${componentKinds})\\p{L}*\\s+([A-Za-z][A-Za-z\\d.+#]*)\\s$`, 'iu')

/** Whether the text before a name ends with a component's kind and its platform's name, a capital first («PHP», «Python»). */
function isComponentOfPlatform(before: string): boolean {
  const platform = componentKindAndPlatform.exec(before)?.[1]
  return platform !== undefined && /^[A-Z]/u.test(platform)
}

/** Capitals and two or more hyphenated parts in small Latin letters or digits: «EPIC-feat-standalone-cli». */
const kebabIdentifier = /^[A-Z][A-Z\d]*(?:-[a-z\d]+){2,}$/u

/** An English word naming a kind of software component right after: " module", " library", "-plugin". */
const componentKindAfter = /^[\s-]+(?:librar(?:y|ies)|plug-?ins?|modules?|frameworks?|packages?|toolkits?|extensions?|crates?|gems?|utilit(?:y|ies))(?![\p{L}])/iu

/** A version number after a space, and the word after it: « 2.5», « v1.0.3 совместим». */
const versionAfter = /^ v?\d+\.\d+(?:\.\d+)*(?![\d\p{L}]|\.\d)(?: ?([\p{L}%]+))?/u

/** Whether a version number follows (`text` starts after the name): not a number with its unit («RAM 1.5 GB»: a value). */
function isVersionAfter(text: string): boolean {
  const version = versionAfter.exec(text)
  if (!version) return false
  const next = version[1]
  return next === undefined || (next !== '%' && !builtinData().units.has(next))
}

/** The names of a compiled glossary's entries written like abbreviations, by glossary. */
const abbreviationLikeNamesOf = new WeakMap<CompiledGlossary, ReadonlySet<string>>()

/**
 * The names of the glossary's entries written like abbreviations («SaaS» as a
 * term), worked out once for each compiled glossary: the same for every
 * document, and going over every entry of the built-in glossary for each of a
 * folder's small files was two fifths of what this rule allocated itself.
 */
function abbreviationLikeNames(glossary: CompiledGlossary): ReadonlySet<string> {
  let names = abbreviationLikeNamesOf.get(glossary)
  if (!names) {
    const found = new Set<string>()
    for (const entry of glossary.abbreviationEntries) {
      // The term and the synonyms one after the other, without an array of them for each of 10,000 entries.
      if (isAbbreviationLike(entry.term.value)) found.add(entry.term.value)
      for (const named of entry.synonyms) if (isAbbreviationLike(named.value)) found.add(named.value)
    }
    abbreviationLikeNamesOf.set(glossary, (names = found))
  }
  return names
}
/**
 * Whether the abbreviation at `start`–`end` stands in the text of a Markdown link that leads to
 * its explanation: an anchor in the document («[ABI Compatibility](#abi-compatibility)», a table
 * of contents), a site whose address holds the abbreviation («[SPDX](https://spdx.org/licenses/)»,
 * «[Angular CLI](https://cli.angular.io/)», «[BEM](https://getbem.com/)»), or a page named after it
 * («[BMP](https://ru.wikipedia.org/wiki/BMP)») or after what it stands for («[OWASP ZAP](…/OWASP_Zed_Attack_Proxy_Project)»).
 */
function isLinkedToItsDefinition(source: string, start: number, end: number, abbreviation: string): boolean {
  // An inline link's target, or a reference's («[SPDX][1]» … «[1]: https://spdx.org/»).
  const target = linkTargetAround(source, start, end)
  if (target === undefined) return false
  if (target.startsWith('#')) return true
  const address = /^[a-z][a-z\d+.-]*:\/\/([^/?#]+)([^?#]*)/iu.exec(target)
  if (!address) return false
  const name = abbreviation.toLowerCase()
  if (isHostOf(address[1]!, name)) return true
  // «[BMP](https://ru.wikipedia.org/wiki/BMP)», «[RBAC](https://…/wiki/Role-based_access_control_(RBAC))»: the page
  // the link opens is named after the abbreviation, an encyclopaedia's or a reference's article on it.
  let page = address[2]!.split('/').filter(Boolean).at(-1) ?? ''
  try {
    page = decodeURIComponent(page)
  } catch {
    // A malformed escape: the page's name as written.
  }
  const words = page.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (words.some((word) => word.toLowerCase() === name)) return true
  // «[OWASP ZAP](https://wiki.owasp.org/index.php/OWASP_Zed_Attack_Proxy_Project)»: the page's name spells it out.
  const letters = abbreviation.replace(/\d/gu, '').length
  for (let first = 0; first + letters <= words.length; first++) {
    if (spellsOut(abbreviation, words.slice(first, first + letters).join(' '))) return true
  }
  return false
}

/** A link just before, then at most two words, in bold or not, after a colon or a dash: `](https://host/…) **`. */
const linkBefore = /\]\(\s*<?([a-z][a-z\d+.-]*:\/\/[^)\s>]+)>?\)\s*[:—–-]?\s*(?:\*\*|__)?(?:[\p{L}\d-]+\s+){0,2}$/iu

/**
 * Whether the abbreviation at `start` is the label of the link right before it, naming the site the link
 * leads to: the site's host name holds it («**AVID**» after a link to avidml.org, «**OWASP AASVS**» after one
 * to owasp-aasvs4.readthedocs.io).
 */
function labelsItsLink(source: string, start: number, abbreviation: string): boolean {
  const link = linkBefore.exec(source.slice(Math.max(0, start - 300), start))
  if (!link) return false
  const host = /^[^:]+:\/\/([^/?#]+)/u.exec(link[1]!)?.[1]
  return host !== undefined && isHostOf(host, abbreviation.toLowerCase())
}

/** The labels of the host names of the addresses a document gives: «https://xod.io/docs/» gives xod and io. */
function documentHostLabels(source: string): Set<string> {
  const labels = new Set<string>()
  for (const match of source.matchAll(addressHost)) for (const label of match[1]!.toLowerCase().split(/[.-]/u)) labels.add(label)
  return labels
}

const addressHost = /\bhttps?:\/\/([a-z\d.-]+)/giu

/** Whether a label of the host name is the abbreviation's own site name (`name` in small letters): spdx.org, getbem.com. */
function isHostOf(host: string, name: string): boolean {
  return host.toLowerCase().split(/[.-]/u).some((label) => isSiteOf(label, name))
}

/**
 * Whether a label of a site's host name is the abbreviation's own: the abbreviation itself («spdx» of
 * spdx.org), or with a short prefix or suffix a project's site takes when the bare name is taken
 * («getbem» of getbem.com for BEM, «natsio»). A longer rest names something else («rapidapi»).
 */
function isSiteOf(label: string, name: string): boolean {
  if (label === name) return true
  if (name.length < 3 || label.length > name.length + 4) return false
  return label.startsWith(name) || label.endsWith(name)
}

/** A word in capitals, or an identifier in capitals with underscores, and what separates it from the next in a list of values. */
const valueBefore = /(?:^|[^\p{L}\p{N}_])([\p{Lu}\d_]+)\s*[/,|]\s*$/u
const valueAfter = /^\s*[/,|]\s*([\p{Lu}\d_]+)(?![\p{L}\p{N}_])/u

/**
 * Whether the word at `from`–`to` is one of a list of values set in capitals, beside an identifier with
 * underscores («AUTO / NEEDS_APPROVAL / FORBIDDEN», «PENDING, IN_PROGRESS, DONE»): the states or modes of a
 * program, which the list names as code does, not abbreviations to expand. A list of abbreviations alone
 * («CRM, ERP, BI») is not one.
 */
function isEnumeratedValue(text: string, from: number, to: number): boolean {
  const values: string[] = []
  // Back from the word, then on from it, one value and its separator at a time.
  for (let end = from; values.length < 8; ) {
    const window = text.slice(Math.max(0, end - 80), end)
    const found = valueBefore.exec(window)
    if (!found) break
    values.push(found[1]!)
    end -= window.length - window.lastIndexOf(found[1]!)
  }
  for (let start = to; values.length < 16; ) {
    const found = valueAfter.exec(text.slice(start, start + 80))
    if (!found) break
    values.push(found[1]!)
    start += found[0].length
  }
  return values.some((value) => value.includes('_'))
}

/** «"MFR"», ««ТЗ»»: the abbreviation stands alone in quotation marks. */
function isQuoted(source: string, span: {start: number; end: number}): boolean {
  const pair = source[span.start - 1]! + (source[span.end] ?? '')
  return pair === '""' || pair === '«»' || pair === '“”' || pair === "''" || pair === '‘’'
}

/** Whether the first words of the text spell the abbreviation out, letter by letter: "Tom's Obvious, Minimal Language." for TOML. */
function opensWithExpansion(text: string, abbreviation: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  const letters = abbreviation.replace(/\d/gu, '').length
  return [letters, letters + 1].some((count) => words.length >= count && spellsOut(abbreviation, words.slice(0, count).join(' ')))
}

/** The source range of the first sentence of the paragraph right after a heading, if one follows it. */
function firstSentenceAfter(blocks: readonly ProseBlock[], index: number): {start: number; end: number} | undefined {
  const next = blocks[index + 1]
  const sentence = next?.sentences[0]
  if (!next || next.kind === 'heading' || !sentence || sentence.words.length === 0) return undefined
  return {start: sentence.words[0]!.span.start, end: sentence.words.at(-1)!.span.end}
}

/**
 * Whether the paragraph around an ambiguous abbreviation settles its meaning: it
 * holds `context` words of exactly one of the meanings («SQL-инъекции»,
 * «SQL-запрос», «SQL/ORM constraints» for the query language).
 */
function settledByContext(block: ProseBlock, meanings: readonly GlossaryEntry[], contexts: PhraseIndex<GlossaryEntry>): boolean {
  if (contexts.size === 0) return false
  const found = new Set<GlossaryEntry>()
  for (const sentence of block.sentences) {
    for (const match of contexts.match(sentence)) if (meanings.includes(match.name.value)) found.add(match.name.value)
  }
  return found.size === 1
}

/**
 * Whether two expansions say the same: they share most of their word stems
 * («программа и методика испытаний», «программе и методике испытаний»).
 */
function sameMeaning(a: string, b: string): boolean {
  const stems = (text: string): Set<string> =>
    new Set(
      text
        .toLowerCase()
        .replace(/ё/gu, 'е')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 3)
        .map((word) => word.slice(0, 4))
    )
  const first = stems(a)
  const second = stems(b)
  let shared = 0
  for (const stem of first) if (second.has(stem)) shared++
  return shared * 2 >= Math.min(first.size, second.size)
}

