/**
 * Near-synonyms from the built-in lexicon (data/term-variants.yaml): «сессия» /
 * «сеанс», «пользователь» / «юзер», "vendor" / "supplier". A lexicon name is
 * matched in every inflected form, generated from its dictionary form as the
 * glossary's names are, so «логирование» is not «лог». A pair counts only when
 * the document uses both names as terms: each at least twice, or both inside
 * multi-word terms that share the other word («договор поставки» / «контракт
 * поставки», «время окончания» / «время конца»). A bare common word once in
 * another sense is not enough; a name the lexicon marks `once` (a clipping, a
 * calque: «админ», "end user") has no other sense, and counts from its first
 * use beside a name used three times or more.
 */
import type {LexiconGroup} from '../data/index.js'
import {phraseForms} from '../morphology/index.js'
import type {ProseLanguage} from '../prose.js'
import {NameBuckets, type Mention, type VariantGroup} from './model.js'
import {hyphenGap, mentionOf, textOf, type ReadBlock, type Token} from './reading.js'
import type {VariantWords} from './words.js'

interface IndexedName {
  readonly group: number
  readonly name: string
  readonly forms: ReadonlyArray<ReadonlySet<string>>
}

interface Use {
  readonly mention: Mention
  readonly text: string
  /** The mention with the word before it, and with the word after it, when those are content words. */
  readonly before?: {readonly key: string; readonly mention: Mention; readonly text: string}
  readonly after?: {readonly key: string; readonly mention: Mention; readonly text: string}
}

const nameGap = /^[ \t]*(?:\r?\n[ \t]*)?$|^[-\u2010\u2011]$/u
const indexes = new Map<ProseLanguage, Map<string, IndexedName[]>>()

/** The lexicon's names by every form of their first word, built once per language. */
function lexiconIndex(language: ProseLanguage, lexicon: readonly LexiconGroup[]): Map<string, IndexedName[]> {
  let index = indexes.get(language)
  if (index) return index
  index = new Map()
  lexicon.forEach((group, number) => {
    for (const name of group.names) {
      const forms = phraseForms(name)
      for (const form of forms[0] ?? []) {
        const list = index!.get(form) ?? []
        list.push({group: number, name, forms})
        index!.set(form, list)
      }
    }
  })
  indexes.set(language, index)
  return index
}

export class LexiconVariants {
  private readonly words: VariantWords
  private readonly index: Map<string, IndexedName[]>
  /** Uses by group, then by name. */
  private readonly uses = new Map<number, Map<string, Use[]>>()

  constructor(words: VariantWords) {
    this.words = words
    this.index = lexiconIndex(words.language, words.data.lexicon)
  }

  first(read: ReadBlock): void {
    const tokens = read.tokens
    for (let index = 0; index < tokens.length; index++) {
      const candidates = this.index.get(tokens[index]!.norm)
      if (!candidates) continue
      // The longest name that matches here, in every group that lists it.
      let length = 0
      for (const name of candidates) if (name.forms.length > length && matchesAt(name, tokens, index)) length = name.forms.length
      if (length === 0) continue
      const last = index + length - 1
      // A part of a hyphenated word is not the name: "user-agent", "user-code", «админ-панель».
      const joined = hyphenGap.test(tokens[index]!.gap) || (last + 1 < tokens.length && hyphenGap.test(tokens[last + 1]!.gap))
      if (!joined) for (const name of candidates) if (name.forms.length === length && matchesAt(name, tokens, index)) this.record(name, read, index, last)
      index = last
    }
  }

  found(): VariantGroup[] {
    const result: VariantGroup[] = []
    for (const [number, byName] of this.uses) {
      if (byName.size < 2) continue
      const group = this.words.data.lexicon[number]!
      const reason = group.reason
      const repeated = [...byName].filter(([name, uses]) => uses.length >= 2 && !fixedCompound(name, byName))
      // A clipping or a calque with no other sense («админов», "end user") is a second name from its first use,
      // beside a name the document uses three times or more; its own words around it do not make it another term.
      const established = repeated.some(([, uses]) => uses.length >= 3)
      const terms = [...byName].filter(([name, uses]) => (uses.length >= 2 && repeated.some(([other]) => other === name)) || (uses.length === 1 && established && group.once.includes(name)))
      if (!group.phrasesOnly && terms.length >= 2) {
        const buckets = new NameBuckets()
        for (const [name, uses] of terms) for (const use of uses) buckets.add(name, use.text, use.mention)
        result.push({kind: 'lexicon', names: buckets.toNames(), reason})
        continue
      }
      // Multi-word terms that share a word and differ by the pair: «время окончания» / «время конца».
      const shared = new Map<string, NameBuckets>()
      for (const [name, uses] of byName) {
        for (const use of uses) {
          for (const side of [use.before, use.after]) {
            if (!side) continue
            let buckets = shared.get(side.key)
            if (!buckets) shared.set(side.key, (buckets = new NameBuckets()))
            buckets.add(name, side.text, side.mention)
          }
        }
      }
      for (const buckets of shared.values()) if (buckets.size >= 2) result.push({kind: 'lexicon', names: buckets.toNames(), reason})
    }
    return result
  }

  private record(name: IndexedName, read: ReadBlock, first: number, last: number): void {
    const tokens = read.tokens
    const text = textOf(tokens, first, last)
    const previous = tokens[first - 1]
    const next = tokens[last + 1]
    const content = (token: Token | undefined, gap: string): token is Token =>
      token !== undefined && nameGap.test(gap) && token.norm.length >= 2 && !token.info.digit && !token.info.functional
    const use: Use = {
      mention: mentionOf(read, first, last),
      text,
      ...(content(previous, tokens[first]!.gap)
        ? {before: {key: `before ${previous.info.key}`, mention: mentionOf(read, first - 1, last), text: textOf(tokens, first - 1, last)}}
        : {}),
      ...(content(next, next?.gap ?? '')
        ? {after: {key: `after ${next.info.key}`, mention: mentionOf(read, first, last + 1), text: textOf(tokens, first, last + 1)}}
        : {})
    }
    let byName = this.uses.get(name.group)
    if (!byName) this.uses.set(name.group, (byName = new Map()))
    const list = byName.get(name.name)
    if (list) list.push(use)
    else byName.set(name.name, [use])
  }
}

/** The context keys of a use: the words before and after it. */
function contexts(use: Use): string[] {
  return [use.before?.key, use.after?.key].filter((key): key is string => key !== undefined)
}

/**
 * Whether every use of a name stands in one multi-word term the other names
 * never take: «работник производства» is a role of its own beside «сотрудник»,
 * «журнал посещений» is not a log.
 */
function fixedCompound(name: string, byName: ReadonlyMap<string, readonly Use[]>): boolean {
  const uses = byName.get(name)!
  let common = new Set(contexts(uses[0]!))
  for (const use of uses.slice(1)) common = new Set(contexts(use).filter((key) => common.has(key)))
  if (common.size === 0) return false
  for (const [other, otherUses] of byName) {
    if (other === name) continue
    if (otherUses.some((use) => contexts(use).some((key) => common.has(key)))) return false
  }
  return true
}

function matchesAt(name: IndexedName, tokens: readonly Token[], start: number): boolean {
  if (start + name.forms.length > tokens.length) return false
  for (let offset = 1; offset < name.forms.length; offset++) {
    const token = tokens[start + offset]!
    if (!nameGap.test(token.gap) || !name.forms[offset]!.has(token.norm)) return false
  }
  return true
}
