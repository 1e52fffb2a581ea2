/**
 * ambiguous-wording: words nobody can verify («быстро», «удобный», «и т.д.»,
 * "user-friendly"). Escape clauses («при необходимости», "if possible") are
 * reported only where they weaken a binding statement: in a deliberately
 * permissive provision («менеджер может при необходимости…», ГОСТ 2.105
 * п. 5.2.2) they are the right wording.
 */
import {documentTerms, withinDocumentTerm} from '../document-terms.js'
import {bracketReach, enclosingBrackets} from '../brackets.js'
import {builtinData, type AmbiguityCategory} from '../data/index.js'
import type {Glossary, Language} from '../glossary/model.js'
import {inlineCodeAt} from '../code-words.js'
import {derivedForms} from '../morphology/derived.js'
import {normalizeWord} from '../normalize.js'
import {PhraseIndex} from '../phrase-index.js'
import {OPAQUE, type ProseBlock, type Sentence, type Word} from '../prose.js'
import {quotations} from '../quotations.js'
import {alertMarker, bindsExplicitly, imperativeVerb, isImperativeForm, remarkEnd, sentenceLanguage} from '../requirements.js'
import {tableRows} from '../table-rows.js'
import {defineRule, oneLine, option} from '../rule.js'
import type {Localized} from '../message.js'

interface Compiled {
  readonly index: PhraseIndex<AmbiguityCategory>
  /** The categories' `except` expressions. */
  readonly exceptions: PhraseIndex<AmbiguityCategory>
  readonly binding: ReadonlySet<string>
  readonly permissive: ReadonlySet<string>
  /** A limit with a number: «не более чем за 3 действия», "within 2 s", «99,5 %». */
  readonly measure: RegExp
}

/** The category of the glossary's `ambiguous.add` entries: its messages are the rule's own, in both languages. */
const custom: AmbiguityCategory = {
  id: 'glossary',
  name: 'glossary',
  why: '',
  hint: '',
  escape: false,
  measurable: true,
  enabled: true,
  words: [],
  phrases: [],
  except: []
}

const cache = new WeakMap<Glossary, Map<Language, Compiled>>()

/**
 * The built-in lists of both languages (documents mix them), the document's
 * language first so that its wording explains a phrase both lists know, with
 * the glossary's additions and removals.
 */
function compile(glossary: Glossary, language: Language): Compiled {
  let byLanguage = cache.get(glossary)
  if (!byLanguage) {
    byLanguage = new Map()
    cache.set(glossary, byLanguage)
  }
  const cached = byLanguage.get(language)
  if (cached) return cached
  const data = builtinData()
  const removed = new Set(glossary.ambiguous.remove.map((named) => normalizeWord(named.value)))
  const index = new PhraseIndex<AmbiguityCategory>()
  const exceptions = new PhraseIndex<AmbiguityCategory>()
  const binding = new Set<string>()
  const permissive = new Set<string>()
  const lists = language === 'en' ? [data.ambiguity.en, data.ambiguity.ru] : [data.ambiguity.ru, data.ambiguity.en]
  for (const list of lists) {
    for (const word of list.binding) binding.add(word)
    for (const word of list.permissive) permissive.add(word)
    for (const category of list.categories) {
      for (const word of category.words) if (!removed.has(normalizeWord(word))) index.add(word, category)
      for (const phrase of category.phrases) if (!removed.has(normalizeWord(phrase))) index.add(phrase, category, {inflect: false})
      for (const phrase of category.except) exceptions.add(phrase, category, {inflect: false})
    }
  }
  for (const named of glossary.ambiguous.add) {
    index.add(named.value, custom)
    // `{word: мощный, forms: [adverb, comparative]}`: «мощно», «мощнее» too.
    for (const form of derivedForms(named.value, named.forms ?? [])) index.add(form, custom, {inflect: false})
  }
  const measure = measurePattern(lists.flatMap((list) => list.measures), lists.flatMap((list) => list.measureUnits))
  const result = {index, exceptions, binding, permissive, measure}
  byLanguage.set(language, result)
  return result
}

let categoryTexts: ReadonlyMap<string, Localized> | undefined

/**
 * A category's name, explanation and hint in both languages, by key (`vague-quality.why`):
 * each data file writes its own natively, and a finding names them by key.
 */
function categoryText(key: string): Localized | undefined {
  if (!categoryTexts) {
    const {ru, en} = builtinData().ambiguity
    const texts = new Map<string, Localized>()
    for (const category of ru.categories) {
      const english = en.categories.find((other) => other.id === category.id) ?? category
      texts.set(`${category.id}.name`, {ru: category.name.toLowerCase(), en: english.name.toLowerCase()})
      texts.set(`${category.id}.why`, {ru: category.why, en: english.why})
      texts.set(`${category.id}.hint`, {ru: category.hint, en: english.hint})
    }
    categoryTexts = texts
  }
  return categoryTexts.get(key)
}

/** Every category id of the built-in lists. */
function categoryIds(): string[] {
  return [...new Set(Object.values(builtinData().ambiguity).flatMap((list) => list.categories.map((category) => category.id)))].sort()
}

/** An option listing category ids, checked against the built-in lists, its messages naming the option. */
function categoryList(name: string) {
  return option.list<string>(
    [],
    {
      notList: {en: `\`${name}\` must be a list of category ids`, ru: `\`${name}\` должен быть списком идентификаторов категорий`},
      unknown: (id, known) => ({
        en: `unknown category \`${id}\` in \`${name}\` (expected one of: ${known.join(', ')})`,
        ru: `неизвестная категория \`${id}\` в \`${name}\` (допустимы: ${known.join(', ')})`
      })
    },
    categoryIds
  )
}

export const ambiguousWording = defineRule({
  id: 'ambiguous-wording',
  description: {
    en: 'Wording nobody can verify: vague qualities and quantities, escape clauses, open ends, superlatives, placeholders.',
    ru: 'Формулировки, которые нельзя проверить: размытые качества и количества, оговорки-лазейки, незакрытые перечни, превосходные степени, заглушки.'
  },
  defaultSeverity: 'warn',
  fixable: false,
  messages: {
    vague: {
      en: 'Unexpected «{actual}» ({category}): {why}',
      ru: '«{actual}» ({category}). {why}'
    },
    'escape-clause': {
      en: 'Unexpected «{actual}» ({category}) in a requirement bound by «{modal}»: {why}',
      ru: '«{actual}» ({category}) в обязательном требовании со словом «{modal}». {why}'
    },
    glossary: {
      en: 'Unexpected «{actual}»: the project glossary lists it as wording nobody can verify',
      ru: '«{actual}»: глоссарий проекта относит это слово к формулировкам, которые нельзя проверить'
    },
    hint: {
      en: '{hint}',
      ru: '{hint}'
    },
    'glossary-hint': {
      en: 'Replace it with a precise, verifiable statement: a number with its unit, a threshold, a complete list.',
      ru: 'Замените его точной формулировкой, которую можно проверить: числом с единицей измерения, порогом, полным перечнем.'
    }
  },
  texts: categoryText,
  options: {
    /** Category ids not to report (`subjective`, `escape-clause`, …). */
    ignoreCategories: categoryList('ignoreCategories'),
    /** Category ids off by default to report too (`combinator`). */
    enableCategories: categoryList('enableCategories')
  },
  check({analysis, options, report}) {
    const {index, exceptions, binding, permissive, measure} = compile(analysis.glossary.glossary, analysis.language)
    const ignored = new Set(options.ignoreCategories)
    const enabled = new Set(options.enableCategories)
    // A glossary term is a name, never vague wording: «быстрый поиск» may be a feature.
    const names = new Map<Sentence, Array<{from: number; to: number}>>()
    for (const match of analysis.nameMatches) {
      const list = names.get(match.sentence)
      if (list) list.push(match)
      else names.set(match.sentence, [match])
    }
    const overlapsName = (sentence: Sentence, from: number, to: number): boolean =>
      names.get(sentence)?.some((match) => match.from < to && from < match.to) ?? false
    // Found once a block, for the blocks with a match only.
    const quoted = new Map<ProseBlock, ReturnType<typeof quotations>>()
    const quotationsOf = (block: ProseBlock): ReturnType<typeof quotations> => {
      let pairs = quoted.get(block)
      if (!pairs) quoted.set(block, (pairs = quotations(block.text)))
      return pairs
    }

    const languages = new Map<ProseBlock, Language>()
    const blockLanguage = (block: ProseBlock): Language => {
      let found = languages.get(block)
      if (!found) languages.set(block, (found = sentenceLanguage(block.sentences.flatMap((item) => item.words))))
      return found
    }
    const rows = new TableRows(analysis.document.blocks)
    const adjacent = new AdjacentBlocks(analysis.document.blocks)
    for (const sentence of analysis.sentences()) {
      let language: Language | undefined
      // A sentence makes its words anew on every reading: read once, when a check first needs them.
      let words: readonly Word[] | undefined
      if (analysis.termsSection.has(sentence.block)) continue
      // Matched first: most sentences hold no vague word, and the requirements model reads every word.
      const matches = index.match(sentence)
      if (matches.length === 0) continue
      // Outside requirements (introductions, goals, headings, descriptions) only an unfinished place is a
      // problem: "The database we will use … is tbd" leaves a decision open wherever it stands.
      const requirement = analysis.requirements.isRequirement(sentence)
      if (!requirement && !matches.some((match) => match.name.value.id === 'placeholder')) continue
      const excepted = exceptions.match(sentence)
      for (const match of matches) {
        const category = match.name.value
        if (ignored.has(category.id) || (!category.enabled && !enabled.has(category.id))) continue
        if (!requirement && category.id !== 'placeholder') continue
        if (overlapsName(sentence, match.from, match.to)) continue
        // "> [!IMPORTANT]": the marker of a GitHub alert names the kind of the block, markup and not wording.
        if (match.from < (alertMarker.exec(sentence.block.text)?.[0].length ?? 0)) continue
        // "An important note to make here is that …": the remark addresses the reader; what follows it is judged.
        if (match.to <= (remarkEnd((words ??= sentence.words)) ?? -1)) continue
        if (excepted.some((except) => except.name.value === category && except.from <= match.from && match.to <= except.to)) continue
        // «без необходимости установки ПО» says what is not needed; «не копируется без необходимости.» leaves the need open.
        if (category.escape && clauseFinal.test(sentence.block.text.slice(match.from, match.to)) && !/^\s*(?:[,.;:!?)—–]|(?:и|или|а)\s|$)/u.test(sentence.block.text.slice(match.to, match.to + 6))) continue
        if (isRowLabel(sentence, match.from, match.to) || isColumnTitle(sentence)) continue
        // «Qt Quick», «модули Core, Gui, Quick» in a Russian document: a word of the other language's list
        // is a name or a quotation there. So it is in a sentence of the other language.
        const text = sentence.block.text.slice(match.from, match.to)
        // Placeholders («TBD») are written in Latin letters in any language.
        // A Russian block of a document judged English is Russian prose: ru-freelance-bot's Russian user
        // stories («удобные кнопки») stand between English EARS criteria. Not the other way round: in a
        // Russian document a Latin word is a name even in a cell of Latin words («ASP.NET Core 9 Minimal API»).
        if (category.id !== 'placeholder' && (isOtherLanguage(text, analysis.language === 'en' ? blockLanguage(sentence.block) : analysis.language) || isOtherLanguage(text, (language ??= sentenceLanguage((words ??= sentence.words)))))) continue
        // «| simple | … | Simple style parameters … |»: the row's own name, repeated in its description.
        if (namesTheRow(sentence, match.from, match.to, rows)) continue
        // «- быстрые действия:» before a nested list: a label the list spells out.
        if (isListLabel(sentence, match.from) && category.id !== 'placeholder') continue
        // «Частота отправки (мгновенно, дайджест раз в день)»: the word alone is one value of a list in
        // brackets, a value's name, as a table's first cell is.
        if (category.id !== 'placeholder' && isBracketedValue(sentence.block.text, match.from, match.to)) continue
        if (isQuoted(sentence.block.text, quotationsOf(sentence.block), match.from, match.to, category.id === 'placeholder')) continue
        // «**быстрый** — правится только флаг поворота»: a name in bold, defined right after it.
        if (isDefinedName(analysis.document.source, match.span.start, match.span.end)) continue
        // «- **Чёткая иерархия.** Используйте заголовки …», «**Быстрый доступ:** Веб-интерфейс …»: a short bold
        // title opening the block names the rule that the sentence after it states; the rule is judged.
        if (category.id !== 'placeholder' && isBoldTitle(analysis.document.source, sentence.block, match.span.start, binding)) continue
        // «* __Корректная обработка исключений.__» over «  * Исключения используются по предназначению.»: the
        // title of a group of checks, which its nested items spell out.
        if (category.id !== 'placeholder' && isNestedListTitle(analysis.document.source, sentence.block, binding)) continue
        // «**Простые ключи** должны состоять из …», later «простым ключом»; «#### Избыточная функциональность», later
        // «избыточной функциональности»: the document's name for a thing.
        if (category.id !== 'placeholder' && withinDocumentTerm(documentTerms(analysis.document), (words ??= sentence.words), match.from, match.to)) continue
        // «Кнопки быстрого выбора: «Все», «Без звука»»: a label whose quoted names follow its colon.
        if (category.id !== 'placeholder' && labelsQuotedNames(sentence, match.to)) continue
        // «(быстро глянуть/послушать)», «(…, удобно перезапускать прерванную очередь)»: what a control is for.
        if (isBracketedPurpose(sentence, match.from, match.to, binding)) continue
        // «с оптимальной палитрой (palettegen → paletteuse)», «мгновенно, `-c copy`»: the method is named.
        if (category.measurable && namesMethod(sentence, match.to, analysis.language)) continue
        // «… «Стандарт — голос (64k)» и т.д.», "for example - … - Free Memory, Shared Memory, etc.": examples end.
        if (category.id === 'open-ended' && endsExamples(sentence, match.from, adjacent)) continue
        if (settledByContext(sentence, match.from, match.to, category.id)) continue
        // "must retain enough evidence for review:" over a list: the list is the amount.
        if (category.id === 'vague-quantity' && introducesList(sentence, match.from, match.to, adjacent)) continue
        // «удобный поиск: любая карточка находится не более чем за 3 действия»: the sentence sets the threshold;
        // in a table, the row does («| повторная аутентификация периодически | 30 дней | 12 часов |»).
        if (category.measurable && measure.test(measureScope(sentence, match.from, match.to, analysis.document.source))) continue
        if (category.measurable && rows.others(sentence.block).some((cell) => measure.test(cell.text))) continue
        // «Интуитивный интерфейс (пользователь может создать первый процесс без обучения)»: the brackets
        // after the phrase state the check it passes.
        if ((category.id === 'subjective' || category.id === 'vague-quality') && isCheckInBrackets(sentence, match.to, binding, permissive)) continue
        // "mandatory for the framework to work properly": the purpose a requirement serves is no quality to verify.
        if (isPurpose(sentence, match.from)) continue
        // "…, making it convenient to be changed", «…, поскольку он общедоступен», "…; its purpose is to make it
        // easy": the sentence's obligation does not reach the clause. An escape clause is judged by its modal below.
        if (category.id !== 'placeholder' && !category.escape && !analysis.requirements.covers(sentence, match.from)) continue
        // "It is important to not reset …", «Важно, чтобы …»: a comment on the statement that follows.
        if (isEvaluativeFrame(sentence, match.from, match.to)) continue
        // "SDKs are free to decide …, or use a more optimal implementation": latitude granted, not demanded.
        if (isGrantedLatitude(sentence, match.from)) continue
        // "maintain the best resolution possible … Best resolution (highest scale) is achieved when …": the
        // paragraph defines the phrase in a later sentence.
        if (isDefinedLater(sentence, match.from, match.to)) continue
        // «такие запросы считаются корректными», "are considered valid": the sentence says which things count
        // as valid, a definition of the category, not a quality to verify.
        if (category.measurable && isCategoryDefinition(sentence, match.from, match.to)) continue
        const actual = analysis.text(match.span)
        if (category === custom) {
          report({span: match.span, messageId: 'glossary', data: {actual: oneLine(actual)}, actual, note: {messageId: 'glossary-hint'}})
          continue
        }
        const note = {messageId: 'hint' as const, data: {hint: {text: `${category.id}.hint`}}}
        const data = {actual: oneLine(actual), category: {text: `${category.id}.name`}, why: {text: `${category.id}.why`}}
        if (!category.escape) {
          report({span: match.span, messageId: 'vague', data, actual, note})
          continue
        }
        // Without a binding word there is no obligation to weaken: «дорабатываются по
        // согласованию с Заказчиком» describes a procedure, not a loophole.
        let modal = analysis.requirements.bindsWithShould
          ? modalOf(sentence, withShould(binding), withoutShould(permissive), match.from, match.to)
          : modalOf(sentence, binding, permissive, match.from, match.to)
        // «Используйте `ё` где это уместно», «По возможности, используйте сети 10G»: an instruction in the
        // imperative binds as «должен» does — style guides and checklists state their rules so.
        if (modal.kind === 'none') {
          const verb = imperativeVerb((words ??= sentence.words).filter((word) => word.to <= match.from || word.from >= match.to))
          // «Если необходимо сделать переключатель, …»: the infinitive after a condition's «необходимо» is what
          // is needed, not an instruction; «По возможности передавать метод по ссылке» instructs.
          const conditionsInfinitive = verb !== undefined && !isImperativeForm(normalizeWord(verb.text)) && /^(?:если|когда|if|when)\s/iu.test(actual)
          // Not a numbered step of a procedure, addressed to the reader or outside a requirements section: «1. При
          // необходимости удалите `ElasticClusterCredential`», «1. Проверить и при необходимости исправить список
          // изменений» are optional steps the reader takes when the case arises. A ТЗ's numbered «Обеспечить …» in
          // its requirements section stays an instruction to the system's makers.
          const step = verb !== undefined && isNumberedStep(analysis.document.source, sentence) && (isImperativeForm(normalizeWord(verb.text)) || analysis.requirements.sectionRole(sentence.block) !== 'requirements')
          if (verb && !conditionsInfinitive && !step) modal = {kind: 'binding', word: verb.text}
        }
        if (modal.kind !== 'binding') continue
        report({span: match.span, messageId: 'escape-clause', data: {...data, modal: modal.word}, actual, note})
      }
    }
  }
})

/**
 * The whole text of a table row's first cell: a row's name or an enumerated
 * value («| simple | … |» in a table of parameter styles, «| Простой | … |» in
 * a table of complexity levels), not a statement. A vague word in any other
 * cell is a property's value («| Время отклика | быстрое |») and is reported.
 */
function isRowLabel(sentence: Sentence, from: number, to: number): boolean {
  const block = sentence.block
  if (block.container.type !== 'tableRow' || block.container.column !== 0 || block.sentences.length !== 1) return false
  return sentence.words[0]?.from === from && sentence.words.at(-1)?.to === to
}

/** Whether the sentence opens an item of an ordered list («1. Проверить и при необходимости исправить …»). */
function isNumberedStep(source: string, sentence: Sentence): boolean {
  const block = sentence.block
  if (block.container.type !== 'listItem' || block.sentences[0] !== sentence) return false
  const start = block.places.offset(0)
  const line = source.slice(source.lastIndexOf('\n', start - 1) + 1, start)
  return /^[ \t>]*\d{1,3}[.)][ \t]+(?:\*\*[^*]*\*\*[ \t]*)?$/u.test(line)
}

/** Whether the matched text is written in the other language's script: Latin in a Russian sentence, Cyrillic in an English one. */
function isOtherLanguage(text: string, language: Language): boolean {
  return language === 'ru' ? /\p{Script=Latin}/u.test(text) && !/\p{Script=Cyrillic}/u.test(text) : /\p{Script=Cyrillic}/u.test(text)
}

/** The cells of every table row, found once. */
class TableRows {
  private readonly blocks: readonly ProseBlock[]
  private rows: Map<ProseBlock, readonly ProseBlock[]> | undefined

  constructor(blocks: readonly ProseBlock[]) {
    this.blocks = blocks
  }

  /** The other cells of the block's row (none for a block outside a table). */
  others(block: ProseBlock): readonly ProseBlock[] {
    if (block.container.type !== 'tableRow') return []
    return (this.cells().get(block) ?? []).filter((cell) => cell !== block)
  }

  /** The first cell of the block's row. */
  first(block: ProseBlock): ProseBlock | undefined {
    if (block.container.type !== 'tableRow') return undefined
    return this.cells().get(block)?.[0]
  }

  private cells(): Map<ProseBlock, readonly ProseBlock[]> {
    this.rows ??= tableRows(this.blocks)
    return this.rows
  }
}

/** «| simple | … | Simple style parameters … |»: the word is the whole text of the row's first cell, in another cell. */
function namesTheRow(sentence: Sentence, from: number, to: number, rows: TableRows): boolean {
  const first = rows.first(sentence.block)
  if (!first || first === sentence.block) return false
  return normalizeWord(first.text.trim()) === normalizeWord(sentence.block.text.slice(from, to))
}

/**
 * A list item of at most three words that opens with the word and ends in a colon: «- быстрые
 * действия:», a label naming what follows it (a nested list, in the documents read). «Во время
 * тренировки корректно работают:» is a statement whose subjects follow, and is reported.
 */
function isListLabel(sentence: Sentence, from: number): boolean {
  const block = sentence.block
  if (block.container.type !== 'listItem' || block.sentences.length !== 1) return false
  return /:\s*$/u.test(block.text) && sentence.words.length <= 3 && sentence.words[0]?.from === from
}

/**
 * The text whose limit settles the word: the sentence, or, for a word inside a list in brackets, its own
 * item — «(длина не менее 8 символов, смена не реже чем раз в 180 дней, запрет простых паролей)» sets
 * the length and the period, not what a simple password is.
 */
function measureScope(sentence: Sentence, from: number, to: number, source: string): string {
  const [start, end] = measureRange(sentence, from, to)
  return withCode(sentence.block, source, start, end)
}

/** The range of {@link measureScope} in the block's text. */
function measureRange(sentence: Sentence, from: number, to: number): [number, number] {
  const text = sentence.block.text
  const brackets = enclosingBrackets(text, from, to, sentence.from, sentence.to)
  if (!brackets) return alternativeAround(text, sentence.from, sentence.to, from, to)
  const {open, close} = brackets
  const inside = text.slice(open + 1, close)
  if (!/[,;]/u.test(inside)) return [sentence.from, sentence.to]
  const before = text.slice(open, from)
  const after = text.slice(to, close)
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), 0) + open + 1
  const ends = [after.indexOf(','), after.indexOf(';')].filter((at) => at !== -1).map((at) => to + at)
  return [start, Math.min(close, ...ends)]
}

/**
 * The block's text from `start` to `end` with each inline code span's own text in place of its mark:
 * «**Разумные значения по умолчанию** — `checkInterval=15s`, `timeout=5s`» gives the values in code, and
 * a value with its unit is a measure wherever it is written.
 */
function withCode(block: ProseBlock, source: string, start: number, end: number): string {
  const text = block.text
  let at = text.indexOf(OPAQUE, start)
  if (at === -1 || at >= end) return text.slice(start, end)
  let result = ''
  let from = start
  for (; at !== -1 && at < end; at = text.indexOf(OPAQUE, at + 1)) {
    const code = inlineCodeAt(source, block.places.offset(at), block.span.end)
    if (code === undefined) continue
    // Set apart by spaces, so that a unit inside the code never runs into the prose around it.
    result += `${text.slice(from, at)} ${code} `
    from = at + 1
  }
  return result + text.slice(from, end)
}

/** A conjunction that opens another outcome: «чинится за ≤3 итераций или задача уходит в failed». */
const alternative = /\s(?:или|либо|or)\s/giu

/**
 * The alternative of the sentence `start`–`end` that holds `from`–`to`: «намеренно сломанная приёмка чинится
 * ≤3 итераций или задача уходит в `failed` с понятным журналом» — the number bounds the repair, not the log.
 */
function alternativeAround(text: string, start: number, end: number, from: number, to: number): [number, number] {
  let scopeStart = start
  let scopeEnd = end
  alternative.lastIndex = start
  for (let match = alternative.exec(text); match !== null && match.index < end; match = alternative.exec(text)) {
    if (match.index + match[0].length <= from) scopeStart = match.index + match[0].length
    else if (match.index >= to) {
      scopeEnd = match.index
      break
    }
  }
  return [scopeStart, scopeEnd]
}

/** The text at `from`–`to` is a whole item of a list of two items or more in brackets: «(мгновенно, дайджест раз в день)». */
function isBracketedValue(text: string, from: number, to: number): boolean {
  const brackets = enclosingBrackets(text, from, to)
  if (!brackets) return false
  const {open, close} = brackets
  const inside = text.slice(open + 1, close)
  if (!/[,;]/u.test(inside)) return false
  return /(?:^|[,;])\s*$/u.test(text.slice(open + 1, from)) && /^\s*(?:[,;]|$)/u.test(text.slice(to, close))
}

/**
 * "for the framework to work properly", «… — для быстрой очистки …», "persists the state so it can know what to restore it to
 * if necessary": the word stands in the purpose clause of an English requirement, «for <noun> to
 * <verb>» or «so (that) <subject> can …», which says why, not what.
 */
function isPurpose(sentence: Sentence, from: number): boolean {
  const preceding = sentence.block.text.slice(Math.max(sentence.from, from - 60), from)
  // «Показывает у кого какая версия — для быстрой очистки старых версий»: after a dash, «для» says what a
  // feature is for, once the feature has been stated.
  if (/\S\s*[—–]\s*для\s+$/u.test(preceding)) return true
  if (/\bfor\s+(?:(?:the|a|an|this|that|its|their|our)\s+)?[\p{L}-]+\s+to\s+[\p{L}-]+\s+$/iu.test(preceding)) return true
  const clause = preceding.slice(Math.max(preceding.lastIndexOf(','), preceding.lastIndexOf(';'), preceding.lastIndexOf('(')) + 1)
  // "to ensure that they will behave correctly": what the structure is for.
  if (/\b(?:in\s+order\s+)?to\s+ensure\s+that\s/iu.test(clause)) return true
  return /\bso\s+(?:that\s+)?[\p{L}-]+\s+(?:can|could|will|would|may|might)\b/iu.test(clause)
}

/**
 * "It is important to not reset the keepalive time", "It is very convenient for client code to receive
 * an error", «Важно, чтобы журнал не терялся»: the word is the predicate of an anticipatory "it is …"
 * (or a Russian predicative opening the sentence) before the statement it comments on — it stresses
 * or values that statement, which is checked on its own words; it qualifies nothing of the product.
 */
function isEvaluativeFrame(sentence: Sentence, from: number, to: number): boolean {
  const text = sentence.block.text
  const before = text.slice(sentence.from, from)
  const after = text.slice(to, sentence.to)
  if (/\bit(?:\s+is|\s+was|\s+would\s+be|['’]s)(?:\s+(?:very|really|also|especially|particularly|extremely|equally|therefore))?\s+$/iu.test(before)) {
    return /^\s+(?:to|for|that)\s/iu.test(after)
  }
  return /^\s*$/u.test(before) && /^\s*,\s*(?:чтобы|что|когда)\s/iu.test(after)
}

/**
 * "SDKs are free to decide whether …, or use a more optimal implementation": the word stands in what
 * a party is free to do, a latitude the requirement grants.
 */
function isGrantedLatitude(sentence: Sentence, from: number): boolean {
  return /\b(?:is|are|be)\s+free\s+to\b/iu.test(sentence.block.text.slice(sentence.from, from))
}

/**
 * «запросы считаются корректными», «корректными признаются запросы …», "such requests are considered
 * valid", "is deemed sufficient", "regarded as correct": the word is the complement of a verb that
 * defines a category — which things count as valid — not a quality to verify.
 */
const definingVerbBefore = /(?:^|[^\p{L}])(?:считается|считаются|считать|признаётся|признается|признаются|considered|deemed|regarded)\s+(?:as\s+|to\s+be\s+)?$/iu
const definingVerbAfter = /^\s+(?:считается|считаются|признаётся|признается|признаются)(?![\p{L}])/iu

function isCategoryDefinition(sentence: Sentence, from: number, to: number): boolean {
  const text = sentence.block.text
  return definingVerbBefore.test(text.slice(Math.max(sentence.from, from - 40), from)) || definingVerbAfter.test(text.slice(to, Math.min(sentence.to, to + 30)))
}

/**
 * "maintain the best resolution possible … Best resolution (highest scale) is achieved when …": a later
 * sentence of the paragraph opens with the word and the word after it, and defines them — a gloss in
 * brackets, then "is", "are" or "means".
 */
/** How far after its sentence a definition of a phrase is looked for: a few sentences. */
const laterReach = 1500

function isDefinedLater(sentence: Sentence, from: number, to: number): boolean {
  const text = sentence.block.text
  const next = sentence.words.find((word) => word.from >= to)
  if (!next || /[,;:()]/u.test(text.slice(to, next.from))) return false
  const later = text.slice(sentence.to, sentence.to + laterReach)
  // The definition's verb follows white space: where the text after the sentence has none (Russian
  // prose, the end of a paragraph), no pattern is built for the phrase.
  if (!definitionVerb.test(later)) return false
  const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const phrase = `${escape(text.slice(from, to))}\\s+${escape(next.text)}`
  const definition = new RegExp(`(?:^|[.!?])\\s*${phrase}\\s+(?:\\([^)]*\\)\\s+)?(?:is|are|means)\\s`, 'iu')
  // The next few sentences, not the rest of the block: a long paragraph made this quadratic.
  return definition.test(later)
}

/** The verb of a definition, «X is …», as the pattern of {@link isDefinedLater} reads it. */
const definitionVerb = /\s(?:is|are|means)\s/iu

/**
 * «Интуитивный интерфейс (пользователь может создать первый процесс без обучения)», "simple setup (an
 * administrator can install it without a manual)": right after the word and at most two words of its
 * phrase, brackets hold a clause of four words or more with a modal verb — a check of what someone can
 * or must do. A bracket of examples or a gloss without a modal («(дашборды, алерты)») is no check.
 */
function isCheckInBrackets(sentence: Sentence, to: number, binding: ReadonlySet<string>, permissive: ReadonlySet<string>): boolean {
  const text = sentence.block.text
  // Within the sentence: a search to the end of a long block for every word was quadratic.
  const openAt = text.slice(to, sentence.to).indexOf('(')
  if (openAt === -1) return false
  const open = to + openAt
  const between = text.slice(to, open)
  if (/[^\p{L}\p{N}\s-]/u.test(between) || (between.match(/[\p{L}\p{N}-]+/gu)?.length ?? 0) > 2) return false
  const close = text.indexOf(')', open)
  if (close === -1) return false
  const inside = sentence.words.filter((word) => word.from > open && word.to <= close)
  return inside.length >= 4 && inside.some((word) => binding.has(normalizeWord(word.text)) || permissive.has(normalizeWord(word.text)))
}

/** A table's first row names its columns: «| Ideal Scale |», «| Быстрый доступ |» are titles, not statements. */
function isColumnTitle(sentence: Sentence): boolean {
  const container = sentence.block.container
  return container.type === 'tableRow' && container.row === 0
}

/**
 * Whether the text range stands inside quotation marks with more words than
 * itself. Quoted words are someone else's, or a name: a button's label
 * («кнопка "Быстрый заказ"»), a title, an example of what not to write
 * («✗ "Система должна работать быстро"»). Scare quotes around the vague word
 * alone («работать "быстро"») still count: that is the author's wording. A
 * placeholder quoted alone (`alone`) is a mention of the word, not a gap left in
 * the text: «не содержит напоминаний вида "TODO"».
 */
function isQuoted(text: string, outermost: ReadonlyArray<readonly [number, number]>, from: number, to: number, alone = false): boolean {
  // The last quotation that opens before the range: the only one that may hold it.
  let low = 0
  let high = outermost.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (outermost[middle]![0] < from) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found === -1) return false
  const [open, close] = outermost[found]!
  return to <= close && (alone || text.slice(open + 1, from).trim() !== '' || text.slice(to, close).trim() !== '')
}

/** The genitive of a Russian name of an action: «загрузки», «доставки», «проверки», «работы», «оптимизации», «обнаружения». */
const actionNameGenitive = /^\p{L}{2,}(?:ния|ки|ции|боты)$/u

/** Escape phrases that weaken a demand only at the end of their clause: «не копируется без необходимости». */
const clauseFinal = /^без\s+необходимости$/iu

/** Possessive pronouns that may stand between «для» and the word: «для его эффективной работы». */
const possessives: ReadonlySet<string> = new Set(['его', 'ее', 'их', 'своей', 'своего', 'своих', 'нашей', 'нашего', 'вашей', 'вашего'])

/** «достаточно» and its short forms: "is enough", when it follows what is enough. */
const sufficient = new Set(['достаточно', 'достаточен', 'достаточна', 'достаточны'])
/**
 * Quantifiers, which stand before a noun as its subject or object: not the adjectives of amount ("Adequate
 * funding has been allocated", «Накладные расходы: пренебрежимо малые»), which open a criterion as often.
 */
const quantifiers = /^(?:большинств\p{L}*|некотор\p{L}*|мног\p{L}*|нескольк\p{L}*|most|many|some|several|few|a few)$/u
/** An English sentence with "must", "shall" or "should": its quantified subject is what it demands of. */
function demandsInEnglish(words: readonly Word[]): boolean {
  return sentenceLanguage(words) === 'en' && (bindsExplicitly(words) || words.some((word) => normalizeWord(word.text) === 'should'))
}

/** Words that may stand before a clause's subject: «однако некоторые значения …», "while many constraints …". */
const clauseOpeners: ReadonlySet<string> = new Set(['однако', 'но', 'а', 'хотя', 'while', 'but', 'although', 'though', 'however'])

/** Whether the sentence's word `at` opens its sentence or a clause: first, after a dash, colon or bracket, or after an opener there. */
function opensClause(sentence: Sentence, at: number): boolean {
  const words = sentence.words
  const text = sentence.block.text
  let index = at
  if (index > 0 && clauseOpeners.has(normalizeWord(words[index - 1]!.text))) index--
  if (index === 0) return true
  return /[—–:(]/u.test(text.slice(words[index - 1]!.to, words[index]!.from))
}

/** The kinds of vague wording a definition after a dash or a colon spells out (not a placeholder, an escape or an open end). */
const spelledOutCategories: ReadonlySet<string> = new Set(['subjective', 'vague-quality', 'vague-quantity', 'superlative'])
/**
 * A dash between spaces or a colon right after the word, and text after it. Not after the word and its noun:
 * «**Удобная навигация**: должна занимать не больше одного экрана» is a label and its requirement.
 */
const spelledOutAfter = /^(?:\s+[—–]|\s*:)\s+[^\s—–]/u
/** English adverbs that hedge a demand ("usually", "typically") when they modify its verb. */
const hedges: ReadonlySet<string> = new Set(['usually', 'typically', 'normally', 'generally'])
/** An English past participle: "shown", "used", "written", "stored". */
const participle = /^(?:\p{L}{2,}ed|shown|known|done|given|seen|made|written|taken|held|kept|sent|set|put|found|built|run|read)$/u
/** Prepositions of place after which the adverb names where a thing usually is: ", typically in templates". */
const placePrepositions: ReadonlySet<string> = new Set(['in', 'on', 'at', 'via', 'through', 'under', 'inside', 'within'])

/**
 * A reference to where the document spells a thing out, in the rest of the word's clause: "as described
 * above", "as specified", "as defined in [RFC 8446]", «как описано в разделе 4», «как указано выше».
 */
const refersToSpecification = /(?:^|\s)(?:as\s+(?:described|specified|defined|listed)|(?:described|specified|defined)\s+(?:in|above|below)|как\s+(?:описано|указано|определено|задано)|(?:описанн|указанн|определённ|определенн)\p{L}*\s+(?:в|выше|ниже))(?=[\s,.;:]|$)/iu

/** The rest of a clause after a word: up to a semicolon, a colon or a full stop. */
function clauseAfter(text: string): string {
  const end = text.search(/[;:.](?:\s|$)/u)
  return end === -1 ? text : text.slice(0, end)
}

/** «просто», «лишь», «только» after «достаточно»: the one thing that suffices follows. */
const onlyWords = new Set(['просто', 'лишь', 'только'])
/**
 * An infinitive after «достаточно»: «указать», «нажать», «найти». Not one in «-сти» or «-ти» other than «-йти»:
 * the genitive of a noun in «-ть» ends so too, and «достаточно памяти», «достаточно мощности» leave the amount open.
 */
const sufficesToDo = /^\p{L}{2,}(?:ть|ться|чь|чься|йти|йтись)$/u
/** A number right before, at most one word and an opening bracket between: «10–15 », «2-3 Mbps (». */
const numberBefore = /\d[\d.,]*(?:\s*[–-]\s*\d[\d.,]*)?\s*(?:\p{L}+\s*)?\(?\s*$/u

/** A whole number right before a word, after the start or a space: «500 », "the 10 ". */
const countBefore = /(?:^|[\s(])\d+\s+$/u

/** «один», "one" in the forms «одного или нескольких», "one or several" take. */
const oneForms = new Set(['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну', 'одною', 'one'])
const orWords = new Set(['или', 'либо', 'or'])
const withoutWords = new Set(['без', 'without'])
const example = /(?:^|[\s(])(?:e\.\s?g\.|for example|such as|like|including|например|к примеру|в том числе|включая|так(?:ие|их|им|ими|ой|ая|ое|ую)(?:\s+[\p{L}-]+){0,3},?\s+как)(?=[\s,:]|$)/iu

/**
 * Where the sentence itself settles what the word leaves open, found reading
 * real specifications: «одного или нескольких» and "one or several" state a
 * multiplicity, not a vague number; «несколько каналов: email, SMS» lists them;
 * «без синхронизации в реальном времени» is no latency requirement; "etc." in
 * an example («например, имя, версия и т.д.») closes no scope.
 */
function settledByContext(sentence: Sentence, from: number, to: number, category: string): boolean {
  const text = sentence.block.text
  const at = sentence.words.findIndex((word) => word.to > from)
  const before = (back: number): string => (at - back >= 0 ? normalizeWord(sentence.words[at - back]!.text) : '')
  // «`typeof` используется корректно — используются только правильные значения …», «Оптимальное: 1920x1080 и
  // выше», «простое — начать с 0.1.0 …»: a dash or a colon right after the word opens what it means here.
  if (spelledOutCategories.has(category) && spelledOutAfter.test(text.slice(to, sentence.to))) return true
  // «Большинство других файловых систем также должны нормально работать», «Некоторые инструменты очень мощные»,
  // "While many constraints affect the choice …": a quantifier that opens its clause quantifies the subject, a
  // generalisation about the world; a demand quantifies what the system does («поддерживать большинство
  // форматов»). An English sentence with "must", "shall" or "should" demands it of the subject ("Most of these
  // steps SHOULD be done automatically").
  if (category === 'vague-quantity' && quantifiers.test(normalizeWord(text.slice(from, to))) && opensClause(sentence, at) && !demandsInEnglish(sentence.words)) {
    return true
  }
  if (category === 'vague-quantity') {
    if (orWords.has(before(1)) && oneForms.has(before(2))) return true
    // A list right after the word or its noun: «несколько форматов (PDF, XLSX)», "several channels: e-mail, SMS".
    const after = text.slice(to, sentence.to)
    const opening = after.search(/[:(]\s*\S/u)
    if (opening !== -1 && (after.slice(0, opening).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 3) return true
  }
  if (category === 'vague-quantity') {
    const word = normalizeWord(text.slice(from, to))
    const after = text.slice(to, sentence.to)
    // "split into as many full batches as possible": an equality of number, the most there can be.
    if ((word === 'many' || word === 'much') && before(1) === 'as' && /^[^,;:.]{0,60}?\sas\s/iu.test(after)) return true
    // "large enough to hold a complete frame": the infinitive names what sets the threshold.
    if (word === 'enough' && /^\s+to\s+\p{L}+/u.test(after)) return true
    // «10–15 достаточно для большинства сцен», «2-3 Mbps (достаточно для мобильного)», «достаточно
    // `agent_runs` + `flow_events`»: «достаточно» says that the number before it, or the code after it,
    // suffices — the amount is given.
    if (sufficient.has(word) && (numberBefore.test(text.slice(sentence.from, from)) || /^\s*\uFFFC/u.test(after))) return true
    // «достаточно указать тип», «достаточно просто указания типа», «достаточно одному из вас»: what suffices is
    // named — an action, the one thing «просто» or «лишь» singles out, one of several. Not «достаточно памяти»,
    // «достаточно быстро»: an amount or a degree left open.
    if (word === 'достаточно') {
      const next = sentence.words.find((item) => item.from >= to)
      const norm = next ? normalizeWord(next.text) : ''
      if (onlyWords.has(norm) || oneForms.has(norm) || sufficesToDo.test(norm)) return true
    }
  }
  // «Утилитные функции удобно хранить в виде глобальных функций», «С помощью lazy удобно инициализировать
  // списки»: «удобно» before an infinitive is how a guide recommends an action, and the action is named. Not
  // in a sentence that binds: «Пользователю должно быть удобно работать с карточкой» demands the convenience.
  if (normalizeWord(text.slice(from, to)) === 'удобно' && !bindsExplicitly(sentence.words)) {
    const next = sentence.words.find((item) => item.from >= to)
    if (next && sufficesToDo.test(normalizeWord(next.text))) return true
  }
  // «Используйте CDN для более быстрой доставки контента», «для эффективной проверки и очистки данных»: «для»,
  // the word and an action's name say what the demand is for; the demand is the rest of the sentence. Not «для
  // длинных строк», «для более критичных приложений»: before a thing, the phrase says where the demand applies.
  // A possessive may stand between: «для его эффективной работы рекомендуется включить Transparent Huge Pages».
  if (before(1) === 'для' || ((before(1) === 'более' || possessives.has(before(1))) && before(2) === 'для')) {
    const word = normalizeWord(text.slice(from, to))
    const next = sentence.words.find((item) => item.from >= to)
    if (/^\p{L}+(?:ой|ого)$/u.test(word) && next && actionNameGenitive.test(normalizeWord(next.text))) return true
  }
  // «500 наиболее загруженных аэропортов», "the 10 best matches": a count before the superlative picks out that many
  // by the order it names, a set the data decides.
  if (category === 'superlative' && countBefore.test(text.slice(Math.max(sentence.from, from - 20), from))) return true
  // "the least efficient protocol and encoding used by the application SHOULD be considered": the worst of
  // the alternatives the sentence names is picked out, no quality demanded.
  if ((category === 'vague-quality' || category === 'subjective') && before(1) === 'least' && before(2) === 'the') return true
  // "the name of a resource typically shown to users", "…, typically in templates": a hedging adverb before a
  // participle picks out which thing is meant, and after a comma before a preposition names the usual place,
  // an example; neither weakens what the sentence demands.
  if (category === 'escape-clause' && hedges.has(normalizeWord(text.slice(from, to)))) {
    const next = sentence.words.find((item) => item.from >= to)
    const word = next ? normalizeWord(next.text) : ''
    if (participle.test(word) || (/,\s*$/u.test(text.slice(sentence.from, from)) && placePrepositions.has(word))) return true
  }
  // "log an appropriate error as described above", "the appropriate precursor steps be taken as specified", «в
  // подходящем формате, как описано в разделе 4»: the clause refers the word to where the document spells it out.
  if (spelledOutCategories.has(category) && refersToSpecification.test(clauseAfter(text.slice(to, sentence.to)))) return true
  // "If there are multiple chassis and/or host instances": in a condition either or both meet it, the
  // inclusive reading is the only one.
  if (category === 'combinator') {
    const clause = text.slice(sentence.from, from).split(/[,;:]/u).at(-1) ?? ''
    if (/(?:^|\s)(?:if|when|whenever|если|когда)\s/iu.test(` ${clause}`)) return true
  }
  if (category === 'temporal') {
    // «без синхронизации с внешней системой в реальном времени»: within the clause the word stands in.
    for (let back = 1; at - back >= 0; back++) {
      const previous = sentence.words[at - back]!
      if (/[,;:()]/u.test(text.slice(previous.to, sentence.words[at - back + 1]!.from))) break
      if (withoutWords.has(before(back))) return true
    }
  }
  if (category === 'open-ended') {
    // «Например, commitlint рекомендует `build`, `chore` … и другие.», "For example, …, etc.": a sentence
    // that opens as an example gives examples throughout, whatever comes between.
    if (opensAsExample.test(text.slice(sentence.from, from))) return true
    // Far enough back for a long list in brackets («(принадлежность данных к веб-сайту, личности или банку,
    // списки одноразовых кодов активации и прочее)»), not past the sentence.
    const start = Math.max(sentence.from, from - bracketReach)
    const preceding = text.slice(start, from)
    const open = preceding.lastIndexOf('(')
    // «Пользовательские заголовки (Authorization и т.д.)», "(memory allocation, internal metric fetching,
    // etc)", "(including but not limited to, time of day, …)": a list in brackets gives examples of the
    // thing named before it, which is the requirement.
    if (open > preceding.lastIndexOf(')')) {
      const named = text.slice(sentence.from, start + open).trimEnd()
      if (/[\p{L}\p{N}]$/u.test(named) || example.test(preceding.slice(open))) return true
    }
    // «элементы, таких как волны, морские создания, коралловые рифы и т.д.», «такие чувствительные данные, как учетные
    // записи, строки подключения и т. д.»: the list of the clause after an example marker.
    const colon = preceding.lastIndexOf(':')
    const clause = preceding.slice(Math.max(preceding.lastIndexOf(';'), colon) + 1)
    if (example.test(clause)) return true
    // «Файлы .docx различных типов: ФОМ, Ann, RP и др.», "files of various kinds: …, etc.": the list
    // samples a variety the words before the colon announce; the requirement is the variety.
    if (colon > preceding.lastIndexOf(';') && variety.test(preceding.slice(0, colon))) return true
  }
  return false
}

const bindingWithShould = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()
const permissiveWithoutShould = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>()

/** The binding words with "should", for a document that states its requirements with it. */
function withShould(binding: ReadonlySet<string>): ReadonlySet<string> {
  let set = bindingWithShould.get(binding)
  if (!set) bindingWithShould.set(binding, (set = new Set([...binding, 'should'])))
  return set
}

function withoutShould(permissive: ReadonlySet<string>): ReadonlySet<string> {
  let set = permissiveWithoutShould.get(permissive)
  if (!set) permissiveWithoutShould.set(permissive, (set = new Set([...permissive].filter((word) => word !== 'should'))))
  return set
}

/**
 * The modal word of a sentence, outside the escape phrase at `from`–`to`: «уведомить
 * администратора (если необходимо)» is not bound by the «необходимо» of its own escape phrase.
 */
function modalOf(
  sentence: Sentence,
  binding: ReadonlySet<string>,
  permissive: ReadonlySet<string>,
  from: number,
  to: number
): {kind: 'binding' | 'permissive' | 'none'; word: string} {
  let found: {kind: 'binding'; word: string} | undefined
  let previous = ''
  for (const word of sentence.words) {
    if (word.from >= from && word.to <= to) continue
    const norm = normalizeWord(word.text)
    // «не допускается», "may not": a negated permission is a prohibition, and binding.
    const negated = previous === 'не' || previous === 'not' || norm === 'not'
    if (permissive.has(norm) && !negated) return {kind: 'permissive', word: word.text}
    if (!found && (binding.has(norm) || (permissive.has(norm) && negated))) found = {kind: 'binding', word: word.text}
    previous = norm
  }
  return found ?? {kind: 'none', word: ''}
}

/**
 * A limit with a number: a limit expression before a number («не более чем за 3»,
 * "at most 3", «≤ 2»), or a number with a unit of time, a percent sign or a count
 * of user actions («за 2 с», «99,5 %», "3 clicks").
 */
function measurePattern(measures: readonly string[], units: readonly string[]): RegExp {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')
  const limits = [...new Set(measures)].sort((a, b) => b.length - a.length).map(escape).join('|')
  const unitList = [...new Set(units)].sort((a, b) => b.length - a.length).map(escape).join('|')
  const number = String.raw`\d+(?:[.,]\d+)?`
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${limits})\s+(?:чем\s+|than\s+)?(?:за\s+|в\s+течение\s+|within\s+|in\s+)?${number}` +
      String.raw`|[≤≥<>]\s*${number}` +
      String.raw`|(?<![\p{L}\p{N}])${number}\s*(?:${unitList})(?![\p{L}\p{N}])` +
      // A size in two dimensions, «1920x1080», «800 × 600».
      String.raw`|(?<![\p{L}\p{N}])\d+\s*[x×х]\s*\d+(?![\p{L}\p{N}])`,
    'iu'
  )
}

/** The source of a bold span holding exactly the word, followed by a dash or a colon: «**быстрый** — …». */
function isDefinedName(source: string, start: number, end: number): boolean {
  const before = source.slice(Math.max(0, start - 2), start)
  if (before !== '**' && before !== '__') return false
  return source.startsWith(before, end) && /^\s*[—–:-]\s/u.test(source.slice(end + 2, end + 6))
}

/**
 * Whether `start` (a source offset) falls in a bold title opening the block: at most four words in bold,
 * ending in a full stop or a colon, none of them binding or an imperative, with a sentence after it that
 * opens with a capital letter («**Понятное:** Понятно всем заинтересованным сторонам»). A bold phrase the
 * sentence goes on from in lower case («**Удобные ключи**: должны …») is the sentence's subject, not a title.
 */
function isBoldTitle(source: string, block: ProseBlock, start: number, binding: ReadonlySet<string>): boolean {
  const open = block.places.offset(0)
  const marker = source.slice(open - 2, open)
  if ((marker !== '**' && marker !== '__') || start < open) return false
  const close = source.indexOf(marker, open)
  if (close === -1 || start >= close) return false
  const title = source.slice(open, close)
  const words = title.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []
  if (words.length === 0 || words.length > 4 || words.some((word) => binding.has(normalizeWord(word)))) return false
  if (isImperativeForm(normalizeWord(words[0]!))) return false
  const after = source.slice(close + 2, close + 80)
  const ended = /[.:]\s*$/u.test(title) ? after : /^\s*[.:]/u.test(after) ? after.replace(/^\s*[.:]/u, '') : undefined
  // An icon or a badge may stand before the sentence: «**Минимизация HTTP-запросов:** ![high] Всегда …».
  return ended !== undefined && /^\s+(?:!\[[^\]]*\](?:\([^)]*\))?\s*)*\p{Lu}/u.test(ended)
}

/**
 * A list item that is a short bold title and nothing else, followed by a nested list: «* __Корректная
 * обработка исключений.__» with the checks it groups indented under it. The items under it are judged.
 */
function isNestedListTitle(source: string, block: ProseBlock, binding: ReadonlySet<string>): boolean {
  if (block.container.type !== 'listItem' || !block.container.first) return false
  const open = block.span.start
  const marker = source.slice(open, open + 2)
  if (marker !== '**' && marker !== '__') return false
  const close = source.indexOf(marker, open + 2)
  if (close === -1 || source.slice(close + 2, block.span.end).trim().replace(/^[.:]$/u, '') !== '') return false
  const words = source.slice(open + 2, close).match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? []
  if (words.length === 0 || words.length > 8 || words.some((word) => binding.has(normalizeWord(word)))) return false
  // The item's own marker's indentation, and the next line's: a deeper list marker opens its nested list.
  const lineStart = source.lastIndexOf('\n', open) + 1
  const indent = /^[ \t]*/u.exec(source.slice(lineStart, open))![0].length
  const next = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?([ \t]*)(?:[-*+]|\d+[.)])[ \t]/u.exec(source.slice(block.span.end, block.span.end + 200))
  return next !== null && next[1]!.length > indent
}

/**
 * «Кнопки быстрого выбора: «Все», «Без звука»»: at most two words after the word, a colon, then a
 * quotation — the phrase labels the names that follow.
 */
function labelsQuotedNames(sentence: Sentence, to: number): boolean {
  const after = sentence.block.text.slice(to, Math.min(sentence.to, to + 60))
  const colon = after.indexOf(':')
  if (colon === -1 || (after.slice(0, colon).match(/[\p{L}\p{N}-]+/gu)?.length ?? 0) > 2) return false
  if (/[^\p{L}\p{N}\s-]/u.test(after.slice(0, colon))) return false
  return /^\s*[«"“„]/u.test(after.slice(colon + 1))
}

/** A Russian infinitive: «глянуть», «перезапускать», «открыться», «найти», «помочь». */
const infinitive = /^\p{L}+(?:ть|ться|ти|тись|чь|чься)$/u

/**
 * «(быстро глянуть/послушать; закрывается Esc)», «(… пропускаются, удобно перезапускать прерванную
 * очередь)»: in brackets, the word opens its clause and an infinitive follows it — the bracket says what
 * a control is good for, with no binding word of its own.
 */
function isBracketedPurpose(sentence: Sentence, from: number, to: number, binding: ReadonlySet<string>): boolean {
  const text = sentence.block.text
  // Near the word, within the sentence: a search through a long sentence for every word is quadratic.
  const brackets = enclosingBrackets(text, from, to, Math.max(sentence.from, from - bracketReach), Math.min(sentence.to, to + bracketReach))
  if (!brackets) return false
  if (!/(?:^|[,;—–(]|\s-)\s*$/u.test(text.slice(brackets.open, from))) return false
  const inside = text.slice(brackets.open + 1, brackets.close).match(/[\p{L}-]+/gu) ?? []
  if (inside.some((word) => binding.has(normalizeWord(word)))) return false
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(to, brackets.close))?.[1]
  return next !== undefined && infinitive.test(normalizeWord(next))
}

/**
 * «с оптимальной палитрой (palettegen → paletteuse)», «мгновенно, `-c copy`»: right after the word and at
 * most two words of its phrase, the method that delivers it is named — code, or brackets holding an
 * arrow or (in a Russian sentence) only Latin names.
 */
function namesMethod(sentence: Sentence, to: number, language: Language): boolean {
  const text = sentence.block.text
  const after = text.slice(to, Math.min(sentence.to, to + 80))
  const lead = /^((?:\s+[\p{L}-]+){0,2})\s*/u.exec(after)
  const rest = after.slice(lead?.[0].length ?? 0)
  if (codeAfterComma.test(rest)) return true
  if (!rest.startsWith('(')) return false
  const close = rest.indexOf(')')
  if (close === -1) return false
  const inside = rest.slice(1, close)
  if (/[→⇒]|->/u.test(inside)) return true
  return language === 'ru' && /\p{Script=Latin}/u.test(inside) && !/\p{Script=Cyrillic}/u.test(inside) && !inside.includes(',')
}

/** «, `-c copy`»: a comma, then code (opaque in the text). */
const codeAfterComma = new RegExp(`^,\\s*${OPAQUE}`, 'u')

/** «различных типов», «разных видов», "various kinds", "different formats" right before a colon. */
const variety = /(?:^|\s)(?:различн|разн|various|different)\p{L}*\s+\p{L}+\s*$/iu

/**
 * A sentence opening with an example marker: «Например, …», "For example, …", "E.g. …"; «В частности, …»,
 * "In particular, …" single out cases of the rule the sentence before states.
 */
const opensAsExample = /^\s*(?:e\.\s?g\.|for example|for instance|in particular|например|к примеру|в частности)(?=[\s,:—–-]|$)/iu

/** Example markers that introduce a list: "for example", «например», "e.g.", "such as". */
const exampleIntro = /(?:e\.\s?g\.|for example|for instance|such as|например|к примеру)\s*[:—–-]?\s*$/iu

/** The block before each block, found once. */
/** The blocks before and after each block of a document, mapped when first asked for. */
class AdjacentBlocks {
  private readonly blocks: readonly ProseBlock[]
  private index: Map<ProseBlock, number> | undefined

  constructor(blocks: readonly ProseBlock[]) {
    this.blocks = blocks
  }

  before(block: ProseBlock): ProseBlock | undefined {
    return this.at(block, -1)
  }

  after(block: ProseBlock): ProseBlock | undefined {
    return this.at(block, 1)
  }

  private at(block: ProseBlock, step: number): ProseBlock | undefined {
    if (!this.index) {
      this.index = new Map()
      for (const [index, each] of this.blocks.entries()) this.index.set(each, index)
    }
    const index = this.index.get(block)
    return index === undefined ? undefined : this.blocks[index + step]
  }
}

/**
 * Whether the rest of the sentence after a vague quantity is its noun and a colon that ends the block, and a list
 * follows: "must retain enough evidence for review:", «хранит достаточно сведений для проверки:» — the list says how many.
 */
function introducesList(sentence: Sentence, from: number, to: number, adjacent: AdjacentBlocks): boolean {
  const block = sentence.block
  // "Program tasks are sufficiently resourced:": an adverb says how well, and the list below does not count it.
  if (/ly$/iu.test(block.text.slice(from, to))) return false
  if (sentence.to < block.text.trimEnd().length) return false
  const rest = block.text.slice(to, sentence.to)
  if (!/^(?:\s+[\p{L}\p{N}-]+){0,3}\s*:\s*$/u.test(rest)) return false
  return adjacent.after(block)?.container.type === 'listItem'
}

/** How many list items back the item introducing a list of examples is looked for. */
const introReach = 12

/**
 * "etc." or «и т.д.» closing a list of examples: right after a quotation that follows another in the
 * clause (««Компактный — голос», «Стандарт — голос» и т.д.»: examples of a pattern), or in a list item of a
 * list introduced by "for example -" / «например:» (the nearest earlier item ending in a colon or dash).
 */
function endsExamples(sentence: Sentence, from: number, adjacent: AdjacentBlocks): boolean {
  const text = sentence.block.text
  const before = text.slice(Math.max(sentence.from, from - 300), from)
  const clause = before.slice(before.lastIndexOf(':') + 1)
  if (/[»"”]\s*,?\s*$/u.test(clause) && (clause.match(/[«“]/gu)?.length ?? 0) >= 2) return true
  let block: ProseBlock | undefined = sentence.block
  for (let step = 0; step < introReach && block?.container.type === 'listItem'; step++) {
    block = adjacent.before(block)
    if (!block) return false
    const own = block.text.trimEnd()
    if (/[:—–-]$/u.test(own)) return exampleIntro.test(own)
  }
  return false
}
