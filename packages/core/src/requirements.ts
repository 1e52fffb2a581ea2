/**
 * The requirements model: which text of a document states a requirement, so
 * that rules judging requirement wording read requirements only. Its signals,
 * each measured on real documents in docs/requirements-model.md:
 * - the section, by its heading: introductions, background, goals, analogues,
 *   risks, out-of-scope lists and references state none; «Требования к …»,
 *   "Functional Requirements", acceptance criteria hold them. A project adds its
 *   own headings (its «scopes», as Vale calls them) in the configuration; a label
 *   paragraph («Причины:», «Цель проекта:») skips what it introduces; the audience
 *   and the existing system describe («Целевая аудитория», "Existing implementation");
 *   a goal section does not swallow a subsection holding requirement identifiers (MASVS V8);
 * - notes explain: a section «Примечания», "Notes", or a block opening with a label,
 *   «Примечание: …», "Note: …", «Целевая аудитория: …» — but for a sentence of them
 *   with a binding word of its own;
 * - a table column titled as examples («Сценарий», "Example") gives examples, one titled
 *   «Обоснование», "Rationale" the reasons for a choice;
 * - a list item marked done (✅) outside a requirements section reports delivered work;
 * - a heading itself names a section or a feature, it requires nothing;
 * - negation: «синхронизация в этой версии не требуется» requires nothing;
 * - running prose: a Russian paragraph of several sentences, none with a binding
 *   word, describes (an introduction, an attack's description); beside a binding
 *   sentence, one that says what can happen («не смогут поместиться») is its premise;
 * - own evidence: outside a requirements section a sentence requires by its own
 *   binding word, imperative or shape (identifier, user story, list item, table
 *   cell); one that only says what can be («могут», "recommended"), what is (the
 *   indicative), or stands beside a binding sentence, describes;
 * - binding and permissive words: an English sentence without a modal verb is
 *   description, unless another signal says otherwise; in a specification that
 *   binds with RFC 2119 keywords in capitals "will" states a fact; in one that
 *   states its requirements with "should", "should" binds; "we will …" opening
 *   the main clause is the authors' plan;
 * - a requirement identifier opening the block («FR-3», «НФТ-2», «TS-F032»):
 *   "FR-3 The user can export …" is a requirement whatever its verb;
 * - the user-story shape: "As a dispatcher, I want …", «Я как менеджер хочу …»;
 * - lists and tables in a requirements section: acceptance criteria often have
 *   no verb at all («Корректная печать чеков»).
 */
import {clausesOf, type Clause} from './clauses.js'
import {builtinData, type HeadingPatterns} from './data/index.js'
import type {Language} from './glossary/model.js'
import {normalizeWord} from './normalize.js'
import {isInfinitive} from './morphology/ru.js'
import {OPAQUE, type ProseBlock, type ProseDocument, type Sentence, type Word} from './prose.js'
import {headingKey, isParagraphTitle} from './sections.js'
import {isDesignProposal} from './genre.js'
import {tableRows} from './table-rows.js'
import {headingWords, WordPatterns} from './word-patterns.js'

/**
 * Which sections a project says hold requirements and which to skip, by heading,
 * on top of the built-in lists: the same patterns as `data/requirements.yaml`
 * (words one after another anywhere in the heading; `word*` matches a prefix).
 */
export interface SectionScopes {
  readonly requirements: readonly string[]
  readonly skip: readonly string[]
}

/**
 * What a section's heading says of its text. `notes`: a note («Примечания», "Notes", a block opening
 * with «Примечание:», "Note:") explains; only a sentence of it with a binding word of its own binds.
 */
export type SectionRole = 'requirements' | 'skip' | 'notes' | 'unclassified'

/** «FR-12», «НФТ-3», «REQ-001», «NF001», «SR-F-01», «UC-1.2a», «TS-F032», «QG-S7-D3-01» (segments of letters and digits). */
export const requirementId = /^\p{Lu}{1,10}(?:[-_.]\p{Lu}{0,10}\d*)*[-_.]?\d+(?:[-_.]\d+)*\p{Ll}?$/u

/** A project's patterns, compiled once per list: a document has many headings. */
const compiledScopes = new WeakMap<readonly string[], WordPatterns>()

function scopePatterns(list: readonly string[]): WordPatterns {
  let compiled = compiledScopes.get(list)
  if (!compiled) compiledScopes.set(list, (compiled = new WordPatterns(list)))
  return compiled
}

const compiledBuiltin = new Map<string, WordPatterns>()

/** A list of `data/requirements.yaml` in both languages, compiled on first use. */
function builtinPatterns(kind: 'skip' | 'requirements' | 'labels' | 'exampleColumns' | 'rationaleColumns'): WordPatterns {
  let compiled = compiledBuiltin.get(kind)
  if (!compiled) {
    const data = builtinData().requirements
    const patterns: HeadingPatterns = kind === 'skip' || kind === 'requirements' ? data.sections[kind] : data[kind]
    // Both languages: Russian specifications have English headings too («User Story mapping»).
    compiled = new WordPatterns([...patterns.ru, ...patterns.en])
    compiledBuiltin.set(kind, compiled)
  }
  return compiled
}

/** The role a heading's own text gives its section; `unclassified` when it says nothing. */
export function headingRole(text: string, scopes: SectionScopes | undefined): SectionRole {
  const key = headingKey(text)
  if (key === '') return 'unclassified'
  // headingKey drops «Приложение А.», "Appendix C:" with the numbering; the patterns see them here.
  const full = headingWords(normalizeWord(text).replace(/^[\d.)\s]+/u, ''))
  const words = headingWords(key)
  const matches = (patterns: WordPatterns): boolean => patterns.matches(words) || patterns.matches(full)
  // The project's own headings come first: they may reclassify a built-in one.
  if (scopes) {
    if (matches(scopePatterns(scopes.skip))) return 'skip'
    if (matches(scopePatterns(scopes.requirements))) return 'requirements'
  }
  if (matches(builtinPatterns('skip'))) return 'skip'
  if (matches(builtinPatterns('requirements'))) return 'requirements'
  return 'unclassified'
}

/**
 * The role of every block's section: the innermost heading that says something
 * decides («Исходные данные» under «Бизнес-требования» is background). A numbered
 * or bold one-line paragraph stands for a heading in documents converted from a
 * word processor; it opens a section that the next such title closes.
 */
/** The document's title: its first heading, of level 1, which no other heading of level 1 follows. */
function documentTitle(document: ProseDocument): ProseBlock | undefined {
  const first = document.blocks.find((block) => block.kind === 'heading')
  if (first === undefined || first.depth !== 1) return undefined
  return document.blocks.some((block) => block !== first && block.kind === 'heading' && block.depth === 1) ? undefined : first
}

export function sectionRoles(document: ProseDocument, scopes: SectionScopes | undefined, labels = true): ReadonlyMap<ProseBlock, SectionRole> {
  const roles = new Map<ProseBlock, SectionRole>()
  const stack: Array<{depth: number; role: SectionRole}> = []
  let titleRole: SectionRole = 'unclassified'
  // «Причины:», «Цель проекта:», "Rationale:": a label paragraph that a skipped heading's words would
  // name skips the block right after it, and the rest of the list when that block is a list item.
  let labelled: 'next' | 'list' | 'one' | undefined
  // «- Почему сейчас:» over a nested list: the label's own item opens it, and the items indented deeper
  // than the label are its content, up to the next item as far in as the label or farther out.
  let labelIndent: number | undefined
  // Inside a note container («::: details …» to «:::»).
  let note = false
  const current = (): SectionRole => {
    if (titleRole !== 'unclassified') return titleRole
    for (let index = stack.length - 1; index >= 0; index--) if (stack[index]!.role !== 'unclassified') return stack[index]!.role
    return 'unclassified'
  }
  const holdsRequirements = headingsHoldingIdentifiers(document)
  const lead = leadBlocks(document)
  const title = documentTitle(document)
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      while (stack.length > 0 && stack.at(-1)!.depth >= block.depth) stack.pop()
      let role = roleOfTitle(block.text, scopes, labels)
      // «# Рекомендации по участию» over a whole contributor guide: the document's title names the document, and a
      // title that would name a skipped section («Рекомендации …», «Обзор …») does not skip all of it.
      if (block === title && role === 'skip') role = 'unclassified'
      // MASVS V8 puts its requirement tables under `###` headings after `## Цель проверки`: a subsection
      // whose heading says nothing but which holds requirement identifiers is no part of the goal.
      if (role === 'unclassified' && current() === 'skip' && holdsRequirements.has(block)) role = 'requirements'
      stack.push({depth: block.depth, role})
      titleRole = 'unclassified'
      labelled = undefined
      // A container left open ends at the next heading at the latest.
      note = false
    } else if (isParagraphTitle(block, document.source)) {
      titleRole = roleOfTitle(block.text, scopes, labels)
      labelled = undefined
    }
    const inList = block.container.type === 'listItem'
    if (labelIndent !== undefined) {
      if (inList && block.container.first && indentOf(document.source, block) > labelIndent) {
        roles.set(block, 'skip')
        continue
      }
      if (!inList || block.container.first) labelIndent = undefined
      else {
        roles.set(block, 'skip')
        continue
      }
    }
    if (labelled === 'one') {
      roles.set(block, 'skip')
      labelled = undefined
      continue
    }
    if (labelled === 'next' || (labelled === 'list' && inList)) {
      roles.set(block, 'skip')
      labelled = inList ? 'list' : undefined
      continue
    }
    // Inside a list item, below the item's own text («*Почему:*» over a block quote in a checklist's
    // item), the label explains the block right after it, and the next item is an item again.
    const label = isLabelParagraph(block) && headingRole(block.text, scopes) === 'skip'
    labelled = label ? (inList ? 'one' : 'next') : undefined
    if (!label && isItemLabel(block) && headingRole(block.text, scopes) === 'skip') labelIndent = indentOf(document.source, block)
    // «Примечание: …», "**Note:** …", «Целевая аудитория: пользователи, которые …»: the block's own label
    // says it explains; so does a note container around it («::: details Подробное объяснение»).
    let role = current()
    // The lead under the document's title, before its first section, introduces the document.
    if (role === 'unclassified' && lead.has(block)) role = 'skip'
    const opens = admonitionOpening.exec(block.text)
    if (opens) note = /^(?:note|tip|info|details)$/iu.test(opens[1]!)
    roles.set(block, role !== 'skip' && labels && (note || opensWithLabel(block)) ? 'notes' : role)
    if (admonitionClosing.test(block.text)) note = false
  }
  return roles
}

/**
 * The lead of a document: the blocks between its title and its first section («# Рекомендуемые правила»
 * over «Эти правила помогают … в большинстве проектов» and «## Порядок опций компонента»), where the title
 * is the one first-level heading and two sections or more follow it; or, in a document with two
 * headings or more that opens with text, the blocks before its first heading. A title that names
 * requirements gives its own role first.
 */
function leadBlocks(document: ProseDocument): ReadonlySet<ProseBlock> {
  const lead = new Set<ProseBlock>()
  const blocks = document.blocks
  let headings = 0
  let titles = 0
  for (const block of blocks) {
    if (block.kind !== 'heading') continue
    headings++
    if (block.depth === 1) titles++
  }
  const first = blocks.findIndex((block) => block.kind === 'heading')
  if (first > 0 && headings >= 2) {
    for (let index = 0; index < first; index++) lead.add(blocks[index]!)
    return lead
  }
  if (first === -1 || blocks[first]!.depth !== 1 || titles !== 1 || headings < 3) return lead
  for (let index = first + 1; index < blocks.length && blocks[index]!.kind !== 'heading'; index++) lead.add(blocks[index]!)
  return lead
}

/**
 * The fence opening a container of VitePress, VuePress and Docusaurus (`::: details Подробное объяснение`,
 * `:::tip`), which plain Markdown reads as a paragraph: an admonition, as GitHub's alerts are. A note,
 * a tip, an explanation («details») holds no requirement but for a sentence that binds on its own; a
 * warning or a caution stresses and may hold one.
 */
const admonitionOpening = /^\s*:::\s*([\p{L}-]+)/u

/** The fence closing such a container, on a line of its own, often the last line of the block before it. */
const admonitionClosing = /(?:^|\n)\s*:::\s*$/u

/** A heading's role, or 'notes' for a heading that a label of `labels` names whole («Примечания», "Notes"). */
function roleOfTitle(text: string, scopes: SectionScopes | undefined, labels: boolean): SectionRole {
  const role = headingRole(text, scopes)
  return role === 'unclassified' && labels && isLabel(text) ? 'notes' : role
}

let bindingWords: ReadonlySet<string> | undefined

/**
 * "Note: … implementations MUST …", «Примечание: … Необходимо предусмотреть …»: a sentence of a note with
 * a binding word of either language binds despite the note (notes should hold no requirement, but authors
 * put them there); the note's other sentences explain.
 */
export function bindsExplicitly(words: readonly Word[]): boolean {
  bindingWords ??= new Set([...builtinData().ambiguity.ru.binding, ...builtinData().ambiguity.en.binding])
  const binding = bindingWords
  return words.some((word) => binding.has(normalizeWord(word.text)))
}

/**
 * «Примечание: …», "Note: Setting this to true will not delete …", «Целевая аудитория — пользователи,
 * которые …»: a paragraph, list item or cell that opens with a label of at most four words before a
 * colon or a dash, a label of `labels` (notes, reasons, the audience), is a note. So is one word of
 * them before a full stop, as ГОСТ 2.105 sets a note: «Примечание. Некоторые языки …».
 */
function opensWithLabel(block: ProseBlock): boolean {
  if (block.kind === 'heading') return false
  // A note or a tip explains; an important point, a warning or a caution stresses, and may hold the requirement.
  if (alertMarker.test(block.text)) return /^\s*\[!(?:note|tip)\]/iu.test(block.text)
  // The dash may be a hyphen between spaces, as plain-text authors write it («Примечание - …», "A note about implementation - …").
  const label = /^\s*([^:\n—–]{1,60}?)\s*(?::|\s[—–-]\s)/u.exec(block.text)
  if (label !== null && isLabel(label[1]!)) return true
  const word = /^\s*(\p{L}+)\.\s+\p{Lu}/u.exec(block.text)
  return word !== null && isLabel(word[1]!)
}

let remarkOpenings: ReadonlyArray<readonly string[]> | undefined

/** Whether the sentence opens with a remark to the reader of `remarks`: "Note that", «Обратите внимание». */
function opensWithRemark(words: readonly Word[]): boolean {
  return remarkEnd(words) !== undefined
}

/**
 * Where the remark opening the sentence ends, in its block's text: "An important note to make here is
 * that …" — the words of the remark address the reader, and are not the statement's wording.
 */
export function remarkEnd(words: readonly Word[]): number | undefined {
  const data = builtinData().requirements.remarks
  remarkOpenings ??= [...data.ru, ...data.en].map((phrase) => phrase.split(' '))
  const phrase = remarkOpenings.find((candidate) => candidate.every((part, index) => words[index] !== undefined && normalizeWord(words[index]!.text) === part))
  return phrase ? words[phrase.length - 1]!.to : undefined
}

/**
 * The marker opening a GitHub alert (`> [!NOTE]`, `> [!IMPORTANT]`, `> [!WARNING]`; Obsidian's callouts
 * write it the same way): markup naming the kind of an admonition, not wording.
 */
export const alertMarker = /^\s*\[!(?:note|tip|important|warning|caution)\]/iu

/** Whether the text, at most four words, is a label of `labels`. */
function isLabel(text: string): boolean {
  const words = normalizeWord(text.replace(/^[\d.)\s]+/u, ''))
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, ''))
    .filter((word) => word !== '')
  return words.length <= 4 && builtinPatterns('labels').matches(words)
}

/**
 * The headings whose sections, subsections included, hold a block opening with a requirement
 * identifier with a separator («MSTG-RESILIENCE-1» in a table's column, «FR-3 …» in a list).
 */
function headingsHoldingIdentifiers(document: ProseDocument): ReadonlySet<ProseBlock> {
  const holding = new Set<ProseBlock>()
  const open: ProseBlock[] = []
  for (const block of document.blocks) {
    if (block.kind === 'heading') {
      while (open.length > 0 && open.at(-1)!.depth >= block.depth) open.pop()
      open.push(block)
    } else if (opensWithSeparatedIdentifier(block)) {
      for (const heading of open) holding.add(heading)
    }
  }
  return holding
}

/** A one-line paragraph of at most four words ending in a colon, outside lists and tables or below a list item's own text: «Причины:», "Rationale:", «*Почему:*». */
function isLabelParagraph(block: ProseBlock): boolean {
  if (block.kind !== 'paragraph' || (block.container.type !== 'none' && !(block.container.type === 'listItem' && !block.container.first))) return false
  return readsAsLabel(block)
}

/** A list item's own text that is a label: «- Почему сейчас:», a few words and a colon, its content nested below. */
function isItemLabel(block: ProseBlock): boolean {
  return block.kind === 'paragraph' && block.container.type === 'listItem' && block.container.first && readsAsLabel(block)
}

/** One line of at most four words, ending in a colon. */
function readsAsLabel(block: ProseBlock): boolean {
  const text = block.text.trim()
  return !text.includes('\n') && /:$/u.test(text) && block.sentences.length === 1 && (block.sentences[0]?.words.length ?? 0) <= 4
}

/** How far in a block's first line starts: the columns before it on its line, a list's marker included. */
function indentOf(source: string, block: ProseBlock): number {
  const start = block.places.offset(0)
  return start - (source.lastIndexOf('\n', start - 1) + 1)
}

/** Why a sentence is, or is not, read as a requirement. */
export type RequirementVerdict =
  | 'heading'
  | 'skipped-section'
  | 'example'
  | 'rationale'
  | 'delivered'
  | 'reference'
  | 'negated'
  | 'permission'
  | 'russian'
  | 'table'
  | 'modal'
  | 'identifier'
  | 'user-story'
  | 'requirements-list'
  | 'description'

/**
 * What makes a sentence a requirement, strongest first ({@link RequirementsModel.evidence}): a requirement
 * identifier, a user story, an RFC 2119 keyword in capitals, a binding word («должен», "must"), "should",
 * "will", an imperative («Используйте …»), a permissive word («может», "may"), a binding word elsewhere in
 * the block, a binding lead-in of the block's list, a table cell, a list item of a requirements section,
 * another list item, a paragraph in the indicative.
 */
export type RequirementEvidence =
  | 'identifier'
  | 'user-story'
  | 'keyword'
  | 'binding'
  | 'should'
  | 'will'
  | 'imperative'
  | 'permissive'
  | 'bound-block'
  | 'lead-in'
  | 'table'
  | 'requirements-list'
  | 'list'
  | 'indicative'

const evidenceOrder: readonly RequirementEvidence[] = ['identifier', 'user-story', 'keyword', 'binding', 'should', 'will', 'imperative', 'permissive', 'bound-block', 'lead-in', 'table', 'requirements-list', 'list', 'indicative']

/** The evidence a sentence has without a binding word or a shape of its own: a possibility, a neighbour's binding word, the indicative. */
const borrowedEvidence: ReadonlySet<RequirementEvidence> = new Set(['permissive', 'bound-block', 'indicative'])

/** The verdicts that make a sentence a requirement. */
const requirementVerdicts: ReadonlySet<RequirementVerdict> = new Set(['russian', 'table', 'modal', 'identifier', 'user-story', 'requirements-list'])

/** A key-words section that counts the key words only in capitals (see `keywordsInCapitalsOnly`). */
const capitalsOnlyStatement = /only\s+when,?\s+they\s+appear\s+in\s+all\s+capitals|['‘’"“”]\s*(?:must|shall|should)\s*['‘’"“”]\s*\(\s*(?:non-capitali[sz]ed|lower-?case|in\s+lower\s+case)\s*\)/iu

/** Which signals the model uses; all by default. `pnpm eval` switches them off one by one to measure each. */
export interface RequirementSignals {
  readonly sections: boolean
  readonly headings: boolean
  readonly negation: boolean
  /** An English sentence whose only modal grants a permission ("may", "optional"). */
  readonly permissions: boolean
  readonly identifiers: boolean
  readonly userStories: boolean
  readonly requirementLists: boolean
  /** A Russian paragraph of running prose without a binding word describes. */
  readonly paragraphs: boolean
  /**
   * In a document that binds with RFC 2119 keywords in capitals, and in a design proposal, "will"
   * states a fact or a plan; in a Russian document that binds with «ДОЛЖНЫ» in capitals, a sentence
   * without a binding or permissive word or an imperative describes; in one that states its
   * requirements with "should", "should" binds an escape clause; "we will …" opening the main clause,
   * "will" the only modal, is the authors' plan.
   */
  readonly rfc2119: boolean
  /**
   * A table cell under a column titled «Сценарий», «Пример», "Example" gives an example; under
   * «Обоснование», "Rationale", the reason for a choice. A list item that is one link cites another
   * document.
   */
  readonly examples: boolean
  /**
   * In Russian running prose with a binding sentence, a sentence that says what can happen («могут»,
   * «не смогут») without a binding word of its own is a premise. Off, one binding sentence makes the
   * whole paragraph requirements.
   */
  readonly proseSentences: boolean
  /**
   * A note — a block opening with a label of notes, reasons or the audience («Примечание:», "Note:",
   * «Целевая аудитория:»), or a section headed by such a label («Примечания», "Notes") — explains, but
   * for a sentence with a binding word of its own.
   */
  readonly labels: boolean
  /** A list item marked done (✅) outside a requirements section reports delivered work. */
  readonly delivered: boolean
  /**
   * A sentence's obligation covers the clauses its binding word governs: not a reason, a purpose or a
   * concession («поскольку …», "because …", "to make it easy …"), and in English, where a modal makes
   * the sentence a requirement, not a clause without one ("…; its purpose is to make it easy").
   */
  readonly clauses: boolean
  /**
   * Outside a requirements section a sentence states a requirement by its own words or shape: a
   * binding word, an imperative, an identifier, a user story, a list item, a table cell. One that only
   * says what can be («Многие приложения могут иметь одну тему»), what is («Чеклист наиболее важных
   * контрмер …»), or that stands beside a binding sentence without binding itself, describes.
   */
  readonly ownEvidence: boolean
}

export const allSignals: RequirementSignals = {
  sections: true,
  headings: true,
  negation: true,
  permissions: true,
  identifiers: true,
  userStories: true,
  requirementLists: true,
  paragraphs: true,
  rfc2119: true,
  examples: true,
  proseSentences: true,
  labels: true,
  delivered: true,
  clauses: true,
  ownEvidence: true
}

/** How often a document writes the English modal keywords; see {@link RequirementsModel.keywordCounts}. */
interface KeywordCounts {
  /** "should", in any case. */
  readonly should: number
  /** "must" and "shall", in any case. */
  readonly binding: number
  /** MUST, SHALL, SHOULD, REQUIRED, RECOMMENDED in capitals. */
  readonly keywords: number
  /** "must", "shall", "should" in lower case. */
  readonly lowercase: number
}

/** The requirements model of one document. */
export class RequirementsModel {
  private readonly document: ProseDocument
  private readonly scopes: SectionScopes | undefined
  private readonly signals: RequirementSignals
  private rolesCache: ReadonlyMap<ProseBlock, SectionRole> | undefined
  private modalsCache: ReadonlySet<string> | undefined

  constructor(document: ProseDocument, scopes: SectionScopes | undefined, signals: RequirementSignals = allSignals) {
    this.document = document
    this.scopes = scopes
    this.signals = signals
  }

  /**
   * The English words that make a sentence binding or permissive. "will" is no binding word (29148
   * uses it for facts), but students' SRSs state requirements with it; a specification that binds
   * with RFC 2119 keywords in capitals ("MUST", "SHOULD") uses "will" for facts only, and a design
   * proposal for what the change will do ("This will be simple in some cases").
   */
  private get modals(): ReadonlySet<string> {
    if (!this.modalsCache) {
      const english = builtinData().ambiguity.en
      // An SRS that quotes the RFC but writes "shall" keeps its "will" requirements.
      const rfc = this.signals.rfc2119 && (this.isRfc2119() || isDesignProposal(this.document))
      this.modalsCache = new Set([...english.binding, ...english.permissive, ...(rfc ? [] : ['will'])])
    }
    return this.modalsCache
  }

  /**
   * Whether the document states its requirements with "should": not an RFC 2119 document, and
   * "should" at least twice as frequent as "must" and "shall" together (students' SRSs: "The system
   * should …" throughout). There "should" binds, and an escape clause weakens it.
   */
  get bindsWithShould(): boolean {
    if (this.shouldBindsCache === undefined) {
      const {should, binding} = this.keywordCounts
      this.shouldBindsCache = this.signals.rfc2119 && !this.isRfc2119() && should >= 3 && should >= 2 * binding
    }
    return this.shouldBindsCache
  }

  private shouldBindsCache: boolean | undefined

  /** RFC 2119 style: the keywords in capitals outnumber the lower-case "must", "shall", "should". */
  private isRfc2119(): boolean {
    const {keywords, lowercase} = this.keywordCounts
    return keywords >= 3 && keywords > lowercase
  }

  /**
   * The English modal keywords of the whole source, counted in one scan (four scans of a
   * 200 KB document took 3 ms of each editor keystroke): "should" and "must"/"shall" in any
   * case, the keywords in capitals, and "must"/"shall"/"should" in lower case.
   */
  private get keywordCounts(): KeywordCounts {
    if (!this.keywordCountsCache) {
      const counts = {should: 0, binding: 0, keywords: 0, lowercase: 0}
      for (const [match] of this.document.source.matchAll(/\b(?:must|shall|should|required|recommended)\b/giu)) {
        const lower = match.toLowerCase()
        const modal = lower === 'must' || lower === 'shall' || lower === 'should'
        if (lower === 'should') counts.should++
        else if (modal) counts.binding++
        if (match === match.toUpperCase()) counts.keywords++
        else if (modal && match === lower) counts.lowercase++
      }
      this.keywordCountsCache = counts
    }
    return this.keywordCountsCache
  }

  private keywordCountsCache: KeywordCounts | undefined

  /**
   * Whether the document says its key words bind only in capitals: RFC 8174's "when, and only when, they appear
   * in all capitals", or a key-words section that gives the lower-case word another sense ("'must'
   * (non-capitalised) is used to indicate an external constraint", the EUDI Architecture and Reference Framework).
   */
  private get keywordsInCapitalsOnly(): boolean {
    this.capitalsOnlyCache ??= capitalsOnlyStatement.test(this.document.source)
    return this.capitalsOnlyCache
  }

  private capitalsOnlyCache: boolean | undefined

  /** What a table cell's column title says it gives: examples («Сценарий», "Example"), reasons («Обоснование»). */
  columnKind(block: ProseBlock): ColumnKind | undefined {
    this.columnKindsCache ??= columnKinds(this.document)
    return this.columnKindsCache.get(block)
  }

  private columnKindsCache: ReadonlyMap<ProseBlock, ColumnKind> | undefined

  /** The role of the section a block stands in. */
  sectionRole(block: ProseBlock): SectionRole {
    this.rolesCache ??= sectionRoles(this.document, this.scopes, this.signals.labels)
    return this.rolesCache.get(block) ?? 'unclassified'
  }

  /**
   * Whether the sentence states a requirement, whose wording must therefore be verifiable.
   * With `anySection`, wherever it stands: a placeholder («TBD») leaves a goal or a heading
   * unfinished as much as a requirement.
   */
  isRequirement(sentence: Sentence, anySection = false): boolean {
    return requirementVerdicts.has(this.verdict(sentence, anySection))
  }

  /** Whether a sentence of the block holds a Russian binding word: «должен», «необходимо», «запрещается». */
  private isBound(block: ProseBlock): boolean {
    let bound = this.boundBlocks.get(block)
    if (bound === undefined) {
      bound = block.sentences.some((sentence) => this.isBoundSentence(sentence.words))
      this.boundBlocks.set(block, bound)
    }
    return bound
  }

  /** Whether the words hold a Russian binding word. */
  private isBoundSentence(words: readonly Word[]): boolean {
    return words.some((word) => this.isRussianBinding(normalizeWord(word.text)))
  }

  /** Whether a normalised word is a Russian binding or permissive word: «должен», «может», «рекомендуется». */
  private isRussianModal(word: string): boolean {
    this.russianModals ??= new Set([...builtinData().ambiguity.ru.binding, ...builtinData().ambiguity.ru.permissive])
    return this.russianModals.has(word)
  }

  private russianModals: ReadonlySet<string> | undefined

  /**
   * RFC 2119 style in Russian: at least five keywords in capitals («ДОЛЖЕН», «НЕ ДОЛЖНЫ», «СЛЕДУЕТ»,
   * «РЕКОМЕНДУЕТСЯ», «МОЖЕТ»). Translators keep lower-case «должны» in the explanations, so unlike
   * English the lower-case words are not counted against them.
   */
  private isRussianRfc2119(): boolean {
    this.russianRfcCache ??= (this.document.source.match(russianKeywords)?.length ?? 0) >= 5
    return this.russianRfcCache
  }

  private russianRfcCache: boolean | undefined

  /** Whether a normalised word is a Russian binding word: «должен», «необходимо», «запрещается». */
  private isRussianBinding(word: string): boolean {
    this.russianBinding ??= new Set(builtinData().ambiguity.ru.binding)
    return this.russianBinding.has(word)
  }

  /** Whether a sentence of the block holds an English binding or permissive word. */
  private isBoundInEnglish(block: ProseBlock): boolean {
    let bound = this.boundEnglishBlocks.get(block)
    if (bound === undefined) {
      const modals = this.modals
      bound = block.sentences.some((sentence) => sentence.words.some((word) => modals.has(normalizeWord(word.text))))
      this.boundEnglishBlocks.set(block, bound)
    }
    return bound
  }

  private readonly boundEnglishBlocks = new WeakMap<ProseBlock, boolean>()

  /** Whether the block is a cell of a table row that another cell names by a requirement identifier («| 8.13 | MSTG-RESILIENCE-13 | … |»). */
  private inIdentifiedRow(block: ProseBlock): boolean {
    this.identifiedCells ??= identifiedRowCells(this.document)
    return this.identifiedCells.has(block)
  }

  private identifiedCells: ReadonlySet<ProseBlock> | undefined

  private russianBinding: ReadonlySet<string> | undefined
  private readonly boundBlocks = new WeakMap<ProseBlock, boolean>()

  /** The signal that decides whether the sentence states a requirement. */
  verdict(sentence: Sentence, anySection = false): RequirementVerdict {
    const block = sentence.block
    const signals = this.signals
    if (!anySection && signals.headings && block.kind === 'heading') return 'heading'
    const role = signals.sections ? this.sectionRole(block) : 'unclassified'
    if (!anySection && role === 'skip') return 'skipped-section'
    if (!anySection && signals.examples && block.kind === 'tableCell') {
      const kind = this.columnKind(block)
      if (kind) return kind
    }
    // «✅ Хранение переведено на bind-mount …» in a section per release: a changelog reports what was
    // done. Under acceptance criteria a ✅ marks a criterion met, which stays a requirement.
    if (!anySection && signals.delivered && role !== 'requirements' && block.container.type === 'listItem' && doneMark.test(block.text)) return 'delivered'
    // «* 📖 [Лучшие практики производительности в эпоху HTTP/2](https://…)»: a list item that is one link
    // cites another document, and its text is that document's title.
    if (!anySection && signals.examples && block.container.type === 'listItem' && isLoneLink(this.document.source, block)) return 'reference'
    // Read once: a sentence makes its words anew on every reading.
    const words = sentence.words
    if (!anySection && role === 'notes' && !bindsExplicitly(words)) return 'skipped-section'
    // "Note that …", «Обратите внимание, …»: a remark to the reader explains, as a note does.
    if (!anySection && signals.labels && opensWithRemark(words) && !bindsExplicitly(words)) return 'skipped-section'
    const language = sentenceLanguage(words)
    if (signals.negation && isNegated(words, language)) return 'negated'
    if (language === 'ru') {
      // A paragraph of running prose with no binding word in any sentence describes: a section's
      // introduction, background, an attack's description («Существует несколько атак…»), a risk table's
      // cell («Аутентификация в API - сложный и запутанный механизм. …»); one binding
      // sentence makes the whole paragraph requirement text. In such prose «может»
      // says what is possible («данные могут быть раскрыты»), not what is allowed. Requirements
      // stated in the indicative («Система отправляет уведомление») stand in lists, numbered items and
      // table cells of one sentence or of a list, which stay requirements.
      // A one-sentence paragraph may be one such requirement; only running prose of several sentences
      // is taken for exposition.
      // Beside a binding sentence, a sentence of the same prose that says what can happen, without a
      // binding word of its own, is the premise: «Некоторые изображения гарантировано не смогут поместиться
      // в памяти. Необходимо предусмотреть хранение на диске.» An indicative sentence there («Ответ
      // даётся в разумные сроки. Система должна быть надёжной.») stays a requirement in a requirements
      // section (see `ownEvidence` below).
      if (
        signals.paragraphs &&
        isProseParagraph(block) &&
        block.sentences.length > 1 &&
        (!this.isBound(block) || (signals.proseSentences && !this.isBoundSentence(words) && statesPossibility(words))) &&
        !opensWithIdentifier(block) &&
        !this.inIdentifiedRow(block) &&
        !isUserStory(words, 'ru') &&
        !isImperative(words)
      ) {
        return 'description'
      }
      // A normative text that binds with RFC 2119 keywords in capitals («ДОЛЖНЫ», «НЕ СЛЕДУЕТ»: the PSR
      // translations, SemVer's) states every requirement with them, as an English one does with "MUST":
      // a sentence with neither a binding nor a permissive word explains (why a rule exists, what a helper
      // class allows), unless its shape makes it a requirement.
      if (signals.rfc2119 && this.isRussianRfc2119() && !words.some((word) => this.isRussianModal(normalizeWord(word.text))) && !isImperative(words)) {
        return this.shapeVerdict(sentence, role)
      }
      // Russian specifications state requirements in the indicative as often as with «должен»
      // («Система отправляет уведомление»), so every other Russian sentence of a requirement section counts.
      // Elsewhere the indicative and «может» describe: on the evaluation's rounds of unread documents
      // (docs/requirements-model.md, "Ninth session") such sentences never held a true finding.
      if (!anySection && signals.ownEvidence && role !== 'requirements' && this.borrowsEvidence(sentence, true, words)) return 'description'
      return 'russian'
    }
    // Requirement tables state values without verbs.
    // Requirement tables state values without verbs; a cell of several sentences none of which binds
    // is a description (a field table's "Description" column: "This provides the capability to …").
    if (block.kind === 'tableCell') return signals.paragraphs && block.sentences.length > 1 && !this.isBoundInEnglish(block) ? 'description' : 'table'
    const normalized = words.map((word) => normalizeWord(word.text))
    // A document whose key-words section counts them only in capitals ("when, and only when, they appear in all
    // capitals"; "'must' (non-capitalised) is used to indicate an external constraint") binds with them alone.
    const capitalsOnly = signals.rfc2119 && this.keywordsInCapitalsOnly
    const modals = normalized.filter((word, at) => this.modals.has(word) && (!capitalsOnly || words[at]!.text === words[at]!.text.toUpperCase()))
    // "In the development process, we will experience which content will be important": where "will" is
    // the only modal and the first one follows "we" or "I" as the main clause's subject (opening the
    // sentence or after a comma), the authors tell their own plan, not what the product must do. "The
    // system we will use … is tbd." is a relative clause and stays.
    if (signals.rfc2119 && modals.length > 0 && modals.every((word) => word === 'will')) {
      const first = normalized.indexOf('will')
      const subject = words[first - 1]
      if (subject && (normalized[first - 1] === 'we' || normalized[first - 1] === 'i')) {
        const previous = words[first - 2]
        if (!previous || /,\s*$/u.test(block.text.slice(previous.to, subject.from))) return 'description'
      }
    }
    // "Implementors MAY choose the best idiomatic API": a permission grants freedom, it demands nothing.
    if (signals.permissions && modals.length > 0 && modals.every((word) => permissions.has(word))) return 'permission'
    if (modals.length > 0) return !anySection && signals.ownEvidence && role !== 'requirements' && this.borrowsEvidence(sentence, false, words) ? 'description' : 'modal'
    return this.shapeVerdict(sentence, role)
  }

  /**
   * What makes a sentence the model reads as a requirement one, from the strongest evidence to the
   * weakest: a requirement identifier, a user story, a binding word of the sentence's own (in capitals
   * as RFC 2119 writes it, or not), "should", "will", an imperative, a permissive word, a binding word
   * in another sentence of the block or in the lead-in of its list, and otherwise its place alone (a
   * list item of a requirements section, a table cell, a list item, a paragraph). `undefined` for a
   * sentence the model does not read as a requirement. How precise ambiguous-wording is under each
   * (`scripts/signal-precision.js`) is in docs/requirements-model.md, "Eighth session: confidence".
   */
  evidence(sentence: Sentence): RequirementEvidence | undefined {
    const verdict = this.verdict(sentence)
    if (!requirementVerdicts.has(verdict)) return undefined
    return this.strongestEvidence(sentence, verdict === 'russian')
  }

  /**
   * Whether the sentence's strongest evidence is borrowed ({@link borrowedEvidence}). A binding word of its own or
   * an imperative settles most sentences at once, before the document-wide table of identified rows is built.
   */
  private borrowsEvidence(sentence: Sentence, russian: boolean, words: readonly Word[]): boolean {
    const binding = this.bindingIn(words)
    if ((binding && binding !== 'permissive') || (russian && isImperative(words))) return false
    const block = sentence.block
    // Without a word of its own, a table cell or a list item not beside a binding sentence is a requirement by its
    // shape (`table`, `lead-in`, `list`): settled before the identified rows, whose table a wide table makes costly.
    if (binding === undefined && (block.kind === 'tableCell' || block.container.type === 'listItem') && !this.standsBesideBinding(sentence)) return false
    return borrowedEvidence.has(this.strongestEvidence(sentence, russian, words, binding))
  }

  /** Whether another sentence of the sentence's block holds a binding or permissive word. */
  private standsBesideBinding(sentence: Sentence): boolean {
    return sentence.block.sentences.some((other) => other !== sentence && this.bindingIn(other.words) !== undefined)
  }

  /**
   * {@link evidence} for a sentence the model reads as a requirement; `russian`: by the Russian verdict.
   * `words`: the sentence's words when the caller has read them (a sentence makes its words anew on every reading);
   * `binding`: their {@link bindingIn} when the caller has found it.
   */
  private strongestEvidence(
    sentence: Sentence,
    russian: boolean,
    words: readonly Word[] = sentence.words,
    binding: RequirementEvidence | undefined = this.bindingIn(words),
  ): RequirementEvidence {
    const block = sentence.block
    if (opensWithIdentifier(block) || this.inIdentifiedRow(block)) return 'identifier'
    if (isUserStory(words, 'en') || isUserStory(words, 'ru')) return 'user-story'
    // «Убедитесь, что … можно использовать …»: the imperative binds; «можно» is a clause's possibility.
    if (binding && binding !== 'permissive') return binding
    if (russian && isImperative(words)) return 'imperative'
    if (binding) return binding
    if (this.standsBesideBinding(sentence)) return 'bound-block'
    if (block.container.type === 'listItem' && this.leadInBinds(block)) return 'lead-in'
    if (block.kind === 'tableCell') return 'table'
    if (block.container.type === 'listItem') return this.sectionRole(block) === 'requirements' ? 'requirements-list' : 'list'
    return 'indicative'
  }

  /**
   * The clauses of a sentence the model reads as a requirement, split by the markers of the sentence's
   * language ({@link covers} takes the language of the verdict): each with
   * whether a binding word stands in it and whether it says why (a reason, a purpose, a concession).
   * Offsets are the block's text's. Empty for a sentence that is no requirement.
   */
  clauses(sentence: Sentence): readonly Clause[] {
    const verdict = this.verdict(sentence)
    if (!requirementVerdicts.has(verdict)) return []
    return this.clausesIn(sentence, sentenceLanguage(sentence.words))
  }

  /** The sentence's clauses by the clause markers of `language`, a clause binding by that language's binding words. */
  private clausesIn(sentence: Sentence, language: Language): Clause[] {
    const binds = language === 'ru' ? (word: string): boolean => this.isRussianBinding(word) : (word: string): boolean => this.modals.has(word) && !permissions.has(word)
    return clausesOf(sentence, builtinData().requirements.clauses[language], binds)
  }

  /**
   * The strongest binding or permissive word of the sentence, as evidence: a word of either language's
   * `binding` list («должен», "must"), "should", "will" where it binds, a permissive word («может», "may");
   * any of them in capitals, or "REQUIRED", as RFC 2119 writes its keywords.
   */
  private bindingIn(words: readonly Word[]): RequirementEvidence | undefined {
    let found: RequirementEvidence | undefined
    for (const word of words) {
      const normal = normalizeWord(word.text)
      const capitals = word.text.length > 1 && word.text === word.text.toUpperCase() && word.text !== word.text.toLowerCase()
      let evidence: RequirementEvidence | undefined
      if (bindsExplicitly([word]) || (capitals && normal === 'required')) evidence = capitals ? 'keyword' : 'binding'
      else if (normal === 'should') evidence = capitals ? 'keyword' : 'should'
      else if (normal === 'will') evidence = this.modals.has('will') ? 'will' : undefined
      else if (this.isRussianModal(normal) || this.modals.has(normal)) evidence = capitals ? 'keyword' : 'permissive'
      if (evidence && (found === undefined || evidenceOrder.indexOf(evidence) < evidenceOrder.indexOf(found))) found = evidence
    }
    return found
  }

  /** Whether the paragraph right before the block's list (its lead-in, «Система должна:») holds a binding or permissive word. */
  private leadInBinds(block: ProseBlock): boolean {
    const blocks = this.document.blocks
    if (!this.blockIndex) {
      this.blockIndex = new Map()
      blocks.forEach((each, index) => this.blockIndex!.set(each, index))
    }
    let index = this.blockIndex.get(block) ?? 0
    while (index > 0 && blocks[index]!.container.type === 'listItem') index--
    const lead = blocks[index]
    if (!lead || lead === block || lead.kind !== 'paragraph') return false
    return lead.sentences.some((sentence) => this.bindingIn(sentence.words) !== undefined)
  }

  private blockIndex: Map<ProseBlock, number> | undefined

  /** What the sentence's place and shape say, modals aside: an identifier, a user story, a requirements list. */
  private shapeVerdict(sentence: Sentence, role: SectionRole): RequirementVerdict {
    const block = sentence.block
    const signals = this.signals
    if (signals.identifiers && opensWithIdentifier(block)) return 'identifier'
    if (signals.userStories && isUserStory(sentence.words, 'en')) return 'user-story'
    if (signals.requirementLists && role === 'requirements' && block.container.type === 'listItem') return 'requirements-list'
    return 'description'
  }

  /**
   * Whether the requirement a sentence states covers the text at `offset` of its block. A clause of
   * reason, purpose or concession says why, not what («…, поскольку он общедоступен», "because the
   * transport is reliable", "to make it easy for Chihiro"), unless it binds on its own. In English,
   * where only a modal makes the sentence a requirement, the modal's clause is the requirement:
   * "It is important for this read to be synchronous because we must ensure …" binds the reason,
   * not «important»; a sentence that is a requirement by its shape too (an identifier, a list item of
   * a requirements section) keeps its main clauses, and leaves out only a reason or a purpose beside a
   * clause that binds.
   */
  covers(sentence: Sentence, offset: number): boolean {
    if (!this.signals.clauses) return true
    const verdict = this.verdict(sentence)
    if (verdict !== 'modal' && verdict !== 'russian') {
      // «| NFR-4 | In order to make it easy to run, the software should be built on … |»: a requirement by its
      // shape gives a reason or a purpose in a clause of its own too, where another clause binds.
      const clauses = this.clausesIn(sentence, sentenceLanguage(sentence.words))
      const clause = clauses.find((candidate) => candidate.from <= offset && offset < candidate.to)
      return !(clause && clause.adjunct && !clause.binds && clauses.some((other) => other.binds))
    }
    const clauses = this.clausesIn(sentence, verdict === 'russian' ? 'ru' : 'en')
    const clause = clauses.find((candidate) => candidate.from <= offset && offset < candidate.to)
    if (!clause || clause.binds) return true
    if (clause.adjunct) return false
    return verdict === 'russian' || requirementVerdicts.has(this.shapeVerdict(sentence, this.signals.sections ? this.sectionRole(sentence.block) : 'unclassified'))
  }
}

/**
 * «Используйте понятные имена», «Не допускайте запутанных условий», «Убедитесь, что …»: a sentence opening
 * with a verb in the imperative (second person plural, «-йте», «-ите», «-йтесь», «-итесь»), «не» before it
 * or not, tells the reader what to do, as a keyword does: style guides and checklists bind so.
 */
function isImperative(words: readonly Word[]): boolean {
  return imperativeVerb(words) !== undefined
}

/**
 * The verb in the imperative that opens `words` ({@link isImperative}), if one does; or the infinitive, as
 * Russian states a rule or a task too: «Передавать метод по ссылке», «Не использовать `!!`», «Обеспечить
 * хранение …».
 */
export function imperativeVerb(words: readonly Word[]): Word | undefined {
  // «По возможности передавать метод по ссылке», «При необходимости удалите …»: a leading circumstance of
  // two words («по», «при» and a noun) stands before the verb.
  const start = words.length > 2 && circumstance.has(normalizeWord(words[0]!.text)) ? 2 : 0
  const verb = normalizeWord(words[start]?.text ?? '') === 'не' ? words[start + 1] : words[start]
  if (!verb) return undefined
  const norm = normalizeWord(verb.text)
  if (isImperativeForm(norm)) return verb
  // «добавить ли оглавление»: "whether to add", a question.
  const next = words[words.indexOf(verb) + 1]
  return /^[а-яё]+$/u.test(norm) && isInfinitive(norm) && (next === undefined || normalizeWord(next.text) !== 'ли') ? verb : undefined
}

/** The prepositions of a circumstance that may open an instruction: «по возможности», «при необходимости». */
const circumstance: ReadonlySet<string> = new Set(['по', 'при'])

/** A normalised word in the second person plural of the imperative: «используйте», «убедитесь». */
export function isImperativeForm(norm: string): boolean {
  return norm.length > 5 && /(?:йте|ите)(?:сь)?$/u.test(norm)
}

/**
 * Whether the block's source is one Markdown link and nothing else but a mark before it (an icon, a
 * bullet) and punctuation after it: an entry of a list of references.
 */
function isLoneLink(source: string, block: ProseBlock): boolean {
  if (block.span.end - block.span.start >= 600) return false
  const text = source.slice(block.span.start, block.span.end)
  return /^[^\p{L}\p{N}[]{0,4}\[[^\]\n]+\]\([^()\s]+(?:\s+"[^"]*")?\)[\s.,;]*$/u.test(text)
}

/** The Russian RFC 2119 keywords, in capitals (the translations' renderings of MUST, SHOULD, MAY, REQUIRED). */
const russianKeywords = /(?<![\p{L}\p{N}])(?:ДОЛЖ(?:ЕН|НА|НО|НЫ)|ОБЯЗАН[АОЫ]?|СЛЕДУЕТ|РЕКОМЕНДУЕТСЯ|НЕОБХОДИМО|ТРЕБУЕТСЯ|МОЖЕТ|МОГУТ|ЗАПРЕЩЕНО|ЗАПРЕЩАЕТСЯ)(?![\p{L}\p{N}])/gu

/** English modals that grant a permission (RFC 2119 MAY, OPTIONAL), unlike "should", a recommendation. */
const permissions: ReadonlySet<string> = new Set(['may', 'optional', 'optionally'])

/** The language of a sentence's words: Russian when Cyrillic words are at least as many as Latin ones. */
export function sentenceLanguage(words: readonly Word[]): Language {
  let cyrillic = 0
  let latin = 0
  for (const word of words) {
    for (const part of word.parts) {
      if (/\p{Script=Cyrillic}/u.test(part.text)) cyrillic++
      else if (/\p{Script=Latin}/u.test(part.text)) latin++
    }
  }
  return cyrillic >= latin && cyrillic > 0 ? 'ru' : 'en'
}

const negationWords: Record<Language, ReadonlySet<string>> = {ru: new Set(), en: new Set()}
let negationLoaded = false

function negatedWords(language: Language): ReadonlySet<string> {
  if (!negationLoaded) {
    const data = builtinData().requirements.negation
    negationWords.ru = new Set(data.ru)
    negationWords.en = new Set(data.en)
    negationLoaded = true
  }
  return negationWords[language]
}

/**
 * Whether the sentence says something is not required: «не требуется»,
 * «не нуждается», "is not required", "won't be supported". A negated binding
 * word («не должна») is a prohibition, and a requirement.
 */
export function isNegated(sentenceWords: readonly Word[], language: Language): boolean {
  const words = sentenceWords.map((word) => normalizeWord(word.text))
  const negated = negatedWords(language)
  for (let index = 0; index < words.length; index++) {
    if (!negated.has(words[index]!)) continue
    if (language === 'ru') {
      if (words[index - 1] === 'не') return true
    } else {
      for (let back = 1; back <= 3; back++) {
        const before = words[index - back]
        if (before === undefined) break
        if (before === 'not' || before === 'never' || /n['’]t$/u.test(before)) return true
      }
    }
  }
  return false
}

/** The forms of «мочь»: in running prose they say what is possible («данные могут быть раскрыты»). */
const possibility: ReadonlySet<string> = new Set(['может', 'могут', 'сможет', 'смогут', 'мог', 'могла', 'могло', 'могли', 'смог', 'смогла', 'смогло', 'смогли'])

/** «Некоторые изображения гарантировано не смогут поместиться в памяти»: the sentence says what can happen. */
function statesPossibility(words: readonly Word[]): boolean {
  return words.some((word) => possibility.has(normalizeWord(word.text)))
}

/**
 * Running text: a paragraph outside lists and tables, or a table cell that holds no list (a cell of
 * several sentences in a risk table, «Аутентификация в API - сложный и запутанный механизм. …»; not
 * «1. Дашборд обновляется…<br>2. …», acceptance criteria numbered inside the cell).
 */
function isProseParagraph(block: ProseBlock): boolean {
  return (block.kind === 'paragraph' && block.container.type === 'none') || (block.kind === 'tableCell' && !cellList.test(block.text))
}

/** A cell holding a list: «1. Дашборд обновляется…<br>2. …», «- …<br>- …» (a line break is opaque in the text). */
const cellList = new RegExp(`(?:^|${OPAQUE})\\s*(?:\\d{1,2}[.)]|[-*•])\\s`, 'u')

/** «FR-3 …», «**SR-UI017:** …», «[НФТ-2] …»: the block opens with a requirement identifier. */
function opensWithIdentifier(block: ProseBlock): boolean {
  const id = openingWord(block)
  return id !== undefined && requirementId.test(id)
}

/** The cells of every table row in which a cell opens with a requirement identifier. */
function identifiedRowCells(document: ProseDocument): ReadonlySet<ProseBlock> {
  const cells = new Set<ProseBlock>()
  for (const [cell, row] of tableRows(document.blocks)) if (row.some(opensWithIdentifier)) cells.add(cell)
  return cells
}

/** The block's first word without the brackets and punctuation around an identifier. */
function openingWord(block: ProseBlock): string | undefined {
  return block.sentences[0]?.words[0]?.text.replace(/[.,;:)\]]+$/u, '').replace(/^[[(]/u, '')
}

/**
 * «MSTG-RESILIENCE-13», «FR-3», «НФТ-2»: a requirement identifier with a separator before its number.
 * "RFC6570" opening an appendix's paragraph names a standard; it makes no section a requirements one.
 */
function opensWithSeparatedIdentifier(block: ProseBlock): boolean {
  const id = openingWord(block)
  return id !== undefined && requirementId.test(id) && /[-_.]\d/u.test(id)
}

/** "As a dispatcher, I want …", «Я как менеджер хочу …». */
export function isUserStory(words: readonly Word[], language: Language): boolean {
  const markers = builtinData().requirements.userStories[language]
  const text = ' ' + words.map((word) => normalizeWord(word.text)).join(' ') + ' '
  if (!markers.role.some((role) => text.startsWith(` ${normalizeWord(role)} `))) return false
  return markers.want.some((want) => text.includes(` ${normalizeWord(want)} `))
}

/** A list item opening with a done mark: ✅, ✔, ☑. */
const doneMark = /^\s*(?:✅|✔|☑)/u

/** What the cells of a column give, by its title: examples or the reasons for a choice. */
type ColumnKind = 'example' | 'rationale'

/**
 * The cells of table columns titled as examples («| Действие | Результат | Сценарий |») or reasons
 * («| Компонент | Технология | Обоснование |»), found in one pass: a table's first row gives the
 * titles, its later rows the cells under them.
 */
function columnKinds(document: ProseDocument): ReadonlyMap<ProseBlock, ColumnKind> {
  const patterns: ReadonlyArray<readonly [ColumnKind, WordPatterns]> = [
    ['example', builtinPatterns('exampleColumns')],
    ['rationale', builtinPatterns('rationaleColumns')]
  ]
  const cells = new Map<ProseBlock, ColumnKind>()
  let titles: Array<ColumnKind | undefined> = []
  for (const block of document.blocks) {
    const container = block.container
    if (container.type !== 'tableRow') continue
    if (container.row === 0) {
      if (container.column === 0) titles = []
      const words = normalizeWord(block.text)
        .split(/\s+/u)
        .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}-]+$/gu, ''))
        .filter((word) => word !== '')
      titles[container.column] = patterns.find(([, list]) => list.matches(words))?.[0]
    } else {
      const kind = titles[container.column]
      if (kind) cells.set(block, kind)
    }
  }
  return cells
}
