/**
 * Names the document itself ties together, which are then synonyms for the
 * rest of it, as a glossary's are:
 * - two link texts pointing at one anchor: `[договора](#contract)`, `[соглашения](#contract)`;
 * - «X (далее — Y)», "X (hereinafter Y)", «X (или Y)», "X (or Y)", «X, или Y,»,
 *   "X, also called Y", "X, also known as Y";
 * - a terms-section entry that lists its synonyms: «Клиент / Покупатель — …»,
 *   «Задача — … Синонимы: тикет, таск.»;
 * - a name with another in brackets that is not an abbreviation, a gloss in
 *   another script or a qualifier: «Задача (тикет)», "Work item (task)".
 *
 * The first pass finds the ties; the second counts every use of each tied
 * name, inflected as it may be («тикетами» is «тикет»). The tie itself is a
 * definition: counted, never reported.
 */
import {classifyRussian} from '../morphology/index.js'
import type {ProseBlock} from '../prose.js'
import {NameBuckets, type Mention, type VariantGroup, type VariantName} from './model.js'
import {mentionOf, textOf, type ReadBlock, type Token} from './reading.js'
import type {VariantWords} from './words.js'
import type {Localized} from '../message.js'

interface Tie {
  /** The names as keys, one inflection key per word. */
  readonly names: ReadonlyArray<readonly string[]>
  readonly reason: Localized
  readonly buckets: NameBuckets
  /** The name the document says to use from here on, as its keys joined. */
  readonly preferred?: string
  /** Where the tie is made, as a source offset: before it, the other name is not yet replaced. */
  readonly site?: number
}

interface TiedName {
  readonly keys: readonly string[]
  readonly tie: Tie
}

const nameGap = /^[ \t]*(?:\r?\n[ \t]*)?$|^[-\u2010\u2011]$/u
const link = /\[([^\]\n]{1,200})\]\((#[^)\s]+)\)/gu
/** Words that open «(далее — Y)», "(hereinafter Y)"; longest first. */
const hereinafterMarkers = [['далее', 'по', 'тексту'], ['hereinafter', 'referred', 'to', 'as'], ['hereinafter', 'called'], ['далее'], ['hereinafter'], ['henceforth']]
/** Words that open «(или Y)», "(or Y)". */
const bracketOrMarkers = [['он', 'же'], ['она', 'же'], ['оно', 'же'], ['или'], ['or'], ['aka']]
/** Words that open «, или Y», ", also called Y". */
const commaOrMarkers = [['also', 'referred', 'to', 'as'], ['otherwise', 'known', 'as'], ['also', 'known', 'as'], ['also', 'called'], ['он', 'же'], ['она', 'же'], ['или']]

/** How many tokens from `index` spell one of the markers (0 for none). */
function markerAt(tokens: readonly Token[], index: number, markers: ReadonlyArray<readonly string[]>): number {
  for (const marker of markers) {
    if (index + marker.length > tokens.length) continue
    if (marker.every((word, offset) => tokens[index + offset]!.norm === word && (offset === 0 || /^\s+$/u.test(tokens[index + offset]!.gap)))) return marker.length
  }
  return 0
}
const synonymsMarker = /(?:синоним(?:ы)?|также|synonyms?|also)\s*[:—–-]\s*$/iu
const definitionSeparator = /\s[—–-]\s|:\s/u


/**
 * Whether the quoted name that ends at the bracket (its last words from `first` on) follows a word of the
 * bracket's name `inside`: «Сертификат «…» (далее – Сертификат)», "the Service “Foo Bar” (the Service)".
 */
function headsQuotedName(tokens: readonly Token[], first: number, inside: readonly [number, number]): boolean {
  const named = new Set(tokens.slice(inside[0], inside[1] + 1).map((token) => token.info.key))
  for (let at = first; at > 0 && first - at < 6; at--) {
    if (!/[«“"]/u.test(tokens[at]!.gap)) continue
    return named.has(tokens[at - 1]!.info.key)
  }
  return false
}

export class DocumentTies {
  private readonly words: VariantWords
  private readonly ties: Tie[] = []
  private readonly byFirst = new Map<string, TiedName[]>()
  /** Link texts by anchor: each distinct name with the place it is written. */
  private readonly anchors = new Map<string, Array<{keys: string[]; label: string; mention: Mention}>>()
  /** Where ties were made: these mentions are not counted again in the second pass. */
  private readonly tieSites = new Map<ProseBlock, Set<number>>()
  /** Both sides of every «X (Y)», tie or not: a gloss, never reported by any detector. */
  readonly glosses: Array<{readonly block: ProseBlock; readonly from: number; readonly to: number}> = []
  /** The word keys of the blocks read so far: a name glossed at its first use is a tie. */
  private readonly seen = new Set<string>()

  constructor(words: VariantWords) {
    this.words = words
  }

  first(read: ReadBlock, source: string): void {
    const {tokens, block} = read
    if (tokens.length === 0) return
    this.links(read, source)
    if (read.defining) this.termsEntry(read)
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (!token.gap.includes('(') && !token.gap.includes(',')) continue
      // «X (далее — Y)», "X (hereinafter referred to as Y)"
      const opened = /\(\s*$/u.test(token.gap)
      const hereafter = opened ? markerAt(tokens, index, hereinafterMarkers) : 0
      if (hereafter > 0) {
        const inside = /^\s*[—–\-:]?\s*[«"“]?\s*$/u.test(tokens[index + hereafter]?.gap ?? '') ? this.bracketName(block.text, tokens, index + hereafter, 3) : undefined
        const before = this.phraseBefore(tokens, index - 1, 6, false)
        // «Сертификат «1С-Битрикс24.Маркетплейс» (далее – Сертификат)»: the short name is the head noun
        // before a quoted proper name; it shortens the whole phrase and is no second name of the quoted one.
        if (inside && before && headsQuotedName(tokens, before[0], inside)) {
          this.gloss(read, before[0], inside[1])
          continue
        }
        if (inside && before) {
          this.gloss(read, before[0], inside[1])
          this.tie(read, [before, inside], {en: 'it says «(далее — …)»', ru: 'пишет «(далее — …)»'}, true)
        }
        continue
      }
      // «X (или Y)», «X, или Y,», "X, also called Y"
      const comma = /,\s*$/u.test(token.gap)
      const or = opened ? markerAt(tokens, index, bracketOrMarkers) : comma ? markerAt(tokens, index, commaOrMarkers) : 0
      if (or > 0) {
        const start = index + or
        const end = start < tokens.length && /^\s+$/u.test(tokens[start]!.gap) ? this.nameEnd(block.text, tokens, start, 3, !opened) : undefined
        const before = this.phraseBefore(tokens, index - 1, 3)
        if (end !== undefined && before && this.atBoundary(tokens, before[0]) && this.nouns(tokens.slice(start, end + 1)) && this.nouns(tokens.slice(before[0], before[1] + 1))) {
          this.gloss(read, before[0], end)
          this.tie(read, [before, [start, end]], {en: 'it names them as one: «X, или Y»', ru: 'называет их через «или»: «X, или Y»'})
        }
        continue
      }
      // «Задача (тикет)»: one word in brackets right after a name, at the name's first use.
      if (/^\s?\(\s*$/u.test(token.gap) && index > 0) {
        const inside = this.bracketName(block.text, tokens, index, 3)
        const before = inside && this.phraseBefore(tokens, index - 1, 2)
        if (!inside || !before) continue
        this.gloss(read, before[0], inside[1])
        const named = tokens.slice(inside[0], inside[1] + 1)
        const outer = tokens.slice(before[0], before[1] + 1)
        if (named.some((item, at) => at > 0 && !/^[-\u2010\u2011]$/u.test(item.gap)) || named.every((item) => item.norm.length < 3)) continue
        if (!/^\p{Ll}/u.test(named[0]!.text) || named[0]!.info.cyrillic !== outer.at(-1)!.info.cyrillic) continue
        if (this.words.data.qualifiers.has(named.map((item) => item.norm).join(' ')) || !this.nouns(named) || !this.nouns(outer)) continue
        if (!this.atBoundary(tokens, before[0]) || this.seen.has(outer.at(-1)!.info.key)) continue
        this.tie(read, [before, inside], {en: 'it gives one in brackets after the other', ru: 'даёт одно название в скобках после другого'})
      }
    }
    for (const token of tokens) {
      const key = token.info.key
      this.seen.add(key)
    }
  }

  private keysOf(tokens: readonly Token[]): string[] {
    return tokens.map((token) => token.info.key)
  }

  /** A name starts at a boundary: the block's start, punctuation, or a function word before it. */
  private atBoundary(tokens: readonly Token[], first: number): boolean {
    if (first === 0) return true
    return /[^\s\-\u2010\u2011]/u.test(tokens[first]!.gap) || tokens[first - 1]!.info.functional
  }

  private gloss(read: ReadBlock, first: number, last: number): void {
    this.glosses.push({block: read.block, from: read.tokens[first]!.from, to: read.tokens[last]!.to})
  }

  /** Ties of link texts: two texts or more pointing at one anchor. */
  endFirst(): void {
    for (const [anchor, texts] of this.anchors) {
      const distinct = new Map<string, (typeof texts)[number]>()
      for (const text of texts) if (!distinct.has(text.keys.join(' '))) distinct.set(text.keys.join(' '), text)
      const names = [...distinct.values()]
      if (names.length < 2 || names.some((name, index) => names.slice(index + 1).some((other) => other.keys.some((word) => name.keys.includes(word))))) continue
      // A longer and a shorter form of one name: "[exporter](#x)" and "[LogRecordExporter](#x)".
      const joined = names.map((name) => name.keys.join(''))
      if (joined.some((name, index) => joined.some((other, at) => at !== index && other.includes(name)))) continue
      const buckets = new NameBuckets()
      for (const text of texts) {
        buckets.add(text.keys.join(' '), text.label, text.mention)
        // Counted here: the second pass must not count the link text again.
        let sites = this.tieSites.get(text.mention.block)
        if (!sites) this.tieSites.set(text.mention.block, (sites = new Set()))
        sites.add(text.mention.from)
      }
      this.register({names: names.map((name) => name.keys), reason: {en: `it links both to ${anchor}`, ru: `оба названия — ссылки на ${anchor}`}, buckets})
    }
  }

  second(read: ReadBlock): void {
    if (this.ties.length === 0) return
    const tokens = read.tokens
    const sites = this.tieSites.get(read.block)
    for (let index = 0; index < tokens.length; index++) {
      const candidates = this.byFirst.get(tokens[index]!.info.key)
      if (!candidates) continue
      for (const name of candidates) {
        const last = index + name.keys.length - 1
        if (last >= tokens.length) continue
        let matches = true
        for (let offset = 1; offset < name.keys.length && matches; offset++) {
          const token = tokens[index + offset]!
          matches = nameGap.test(token.gap) && token.info.key === name.keys[offset]
        }
        if (!matches || sites?.has(tokens[index]!.from)) continue
        const mention = mentionOf(read, index, last)
        // Both names in one phrase («модель прав действий») use neither for the other: counted, never reported.
        const together = this.besideOther(name, tokens, index, last)
        name.tie.buckets.add(name.keys.join(' '), textOf(tokens, index, last), together ? {...mention, defining: true} : mention)
      }
    }
  }

  /** Whether another name of the tie stands right before or right after the tokens `first..last`. */
  private besideOther(name: TiedName, tokens: readonly Token[], first: number, last: number): boolean {
    const before = first > 0 && nameGap.test(tokens[first]!.gap) ? tokens[first - 1]!.info.key : undefined
    const after = last + 1 < tokens.length && nameGap.test(tokens[last + 1]!.gap) ? tokens[last + 1]!.info.key : undefined
    return name.tie.names.some((keys) => keys !== name.keys && (keys.at(-1) === before || keys[0] === after))
  }

  found(): VariantGroup[] {
    return this.ties
      .filter((tie) => tie.buckets.size >= 2)
      .map((tie) => ({kind: 'document', names: this.namesOf(tie), reason: tie.reason, ...(tie.preferred === undefined ? {} : {preferred: tie.preferred})}))
  }

  /** A tie's names; before «(далее — Y)» the long name is not yet replaced, so its uses there are not reported. */
  private namesOf(tie: Tie): VariantName[] {
    const names = tie.buckets.toNames()
    if (tie.site === undefined) return names
    return names.map((name) =>
      name.id === tie.preferred
        ? name
        : {...name, mentions: name.mentions.map((mention) => (mention.block.places.offset(mention.from) < tie.site! ? {...mention, defining: true} : mention))}
    )
  }

  private tie(read: ReadBlock, ranges: ReadonlyArray<readonly [number, number]>, reason: Localized, lastPreferred = false): void {
    const buckets = new NameBuckets()
    const names: string[][] = []
    for (const [first, last] of ranges) {
      const keys = this.keysOf(read.tokens.slice(first, last + 1))
      // Names that share a word are a longer and a shorter form of one name, not two names.
      if (names.some((known) => known.some((word) => keys.includes(word)))) return
      names.push(keys)
      buckets.add(keys.join(' '), textOf(read.tokens, first, last), {...mentionOf(read, first, last), defining: true})
      let sites = this.tieSites.get(read.block)
      if (!sites) this.tieSites.set(read.block, (sites = new Set()))
      sites.add(read.tokens[first]!.from)
    }
    const site = read.block.places.offset(read.tokens[ranges[0]![0]]!.from)
    this.register({names, reason, buckets, ...(lastPreferred ? {preferred: names.at(-1)!.join(' '), site} : {})})
  }

  private register(tie: Tie): void {
    this.ties.push(tie)
    for (const keys of tie.names) {
      const list = this.byFirst.get(keys[0]!)
      const named = {keys, tie}
      if (list) list.push(named)
      else this.byFirst.set(keys[0]!, [named])
    }
  }

  /** The name in brackets starting at `index`: up to `most` words, then the closing bracket. */
  private bracketName(text: string, tokens: readonly Token[], index: number, most: number): [number, number] | undefined {
    for (let last = index; last < Math.min(tokens.length, index + most); last++) {
      const token = tokens[last]!
      if (last > index && !nameGap.test(token.gap)) return undefined
      if (token.info.digit || abbreviationLike(token.text) || token.info.functional) return undefined
      // "(including asynchronous instruments)", "(described below)": a remark, not a name.
      if (last === index && !token.info.cyrillic && /(?:ing|ed|ly)$/u.test(token.norm)) return undefined
      const after = tokens[last + 1]?.gap ?? text.slice(token.to)
      if (/^\s*[»"”]?\s*\)/u.test(after)) return [index, last]
    }
    return undefined
  }

  /** The end of a name of up to `most` words after `index`, ended by punctuation (a comma when `comma`). */
  private nameEnd(text: string, tokens: readonly Token[], index: number, most: number, comma: boolean): number | undefined {
    for (let last = index; last < Math.min(tokens.length, index + most); last++) {
      const token = tokens[last]!
      if (last > index && !nameGap.test(token.gap)) return undefined
      if (token.info.digit || token.info.functional) return undefined
      const after = tokens[last + 1]?.gap ?? text.slice(token.to)
      if (after.trim() === '') return comma ? last : undefined
      if (comma ? /^\s*[,;.)]/u.test(after) : /^\s*\)/u.test(after)) return last
    }
    return undefined
  }

  /** The name that ends at token `last`: up to `most` words back, no function word, no punctuation between. */
  private phraseBefore(tokens: readonly Token[], last: number, most: number, nounPhrase = true): [number, number] | undefined {
    if (last < 0) return undefined
    const end = tokens[last]!
    if (end.info.digit || end.info.functional || abbreviationLike(end.text)) return undefined
    let first = last
    while (first > 0 && last - first + 1 < most) {
      const previous = tokens[first - 1]!
      if (!nameGap.test(tokens[first]!.gap) || previous.info.functional || previous.info.digit) break
      first--
    }
    // A Russian name is a noun with the adjectives before it: stop at the first word that is neither.
    if (!nounPhrase) return this.atBoundary(tokens, first) ? [first, last] : undefined
    if (end.info.cyrillic) {
      let start = last
      while (start > first && /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/u.test(tokens[start - 1]!.norm)) start--
      first = start
    }
    return [first, last]
  }

  /** Whether a Russian name's last word can be a noun (English words are taken as they come). */
  private nouns(tokens: readonly Token[]): boolean {
    const last = tokens.at(-1)!
    if (!last.info.cyrillic) return !last.info.functional && !/(?:ly|ed|ing)$/u.test(last.norm)
    const kind = classifyRussian(last.norm).kind
    return kind === 'noun' || kind === 'indeclinable'
  }

  /** `[name](#anchor)`: the tokens of a link text, by the anchor. */
  private links(read: ReadBlock, source: string): void {
    const {block, tokens} = read
    if (!read.anchorLink) return
    const text = source.slice(block.span.start, block.span.end)
    // Links and tokens both come in order: one walk over the tokens for all the links.
    let next = 0
    for (const match of text.matchAll(link)) {
      const start = block.span.start + match.index + 1
      const end = start + match[1]!.length
      const inside: number[] = []
      while (next < tokens.length && block.places.offset(tokens[next]!.from) < start) next++
      for (let index = next; index < tokens.length && block.places.offset(tokens[index]!.from) < end; index++) inside.push(index)
      if (inside.length === 0 || inside.length > 3) continue
      // A link text that is a phrase ("URIs are resolved", "referenceable") names no concept, nor one that
      // points at a place ("see the [API definition](#link)"), nor one with code in it ("[`Link`s](#link)").
      if (inside.some((index) => tokens[index]!.info.functional || (!tokens[index]!.info.cyrillic && /(?:ed|ing|able|ible|ly)$/u.test(tokens[index]!.norm)))) continue
      if (match[1]!.includes('`') || inside.some((index) => tokens[index]!.norm.length < 2 || this.words.data.referents.has(tokens[index]!.norm))) continue
      const first = inside[0]!
      const last = inside.at(-1)!
      const keys = this.keysOf(tokens.slice(first, last + 1))
      const list = this.anchors.get(match[2]!) ?? []
      list.push({keys, label: textOf(tokens, first, last), mention: {...mentionOf(read, first, last), defining: read.defining}})
      this.anchors.set(match[2]!, list)
    }
  }

  /** «Клиент / Покупатель — …», «Задача — … Синонимы: тикет, таск.» */
  private termsEntry(read: ReadBlock): void {
    const {tokens, block} = read
    const separator = definitionSeparator.exec(block.text)
    const headEnd = separator ? separator.index : block.container.type === 'tableRow' && block.container.column === 0 ? block.text.length : -1
    if (headEnd > 0) {
      const names: Array<[number, number]> = []
      let start = 0
      for (let index = 0; index < tokens.length && tokens[index]!.to <= headEnd; index++) {
        if (index > start && /[/,]/u.test(tokens[index]!.gap)) {
          names.push([start, index - 1])
          start = index
        }
        if (index + 1 === tokens.length || tokens[index + 1]!.to > headEnd) names.push([start, index])
      }
      const plain = !block.text.slice(0, headEnd).includes('(') && !tokens.some((token) => token.to <= headEnd && (abbreviationLike(token.text) || token.info.digit))
      if (plain && names.length >= 2 && names.length <= 4 && names.every(([first, last]) => last - first < 4)) this.tie(read, names, {en: 'its terms section lists them as one entry', ru: 'в разделе терминов они стоят в одной статье'})
    }
    for (let index = 0; index < tokens.length; index++) {
      if (!synonymsMarker.test(tokens[index]!.gap) || !separator || tokens[index]!.from < separator.index) continue
      const head = this.phraseBefore(tokens, tokens.findIndex((token) => token.to > separator.index) - 1, 4)
      if (!head) return
      const names: Array<readonly [number, number]> = [head]
      let start = index
      for (let at = index; at < tokens.length; at++) {
        const after = tokens[at + 1]?.gap ?? '.'
        if (/[,;.)]/u.test(after) || at + 1 === tokens.length) {
          if (at - start < 4) names.push([start, at])
          start = at + 1
          if (!/,/u.test(after)) break
        }
      }
      if (names.length >= 2) this.tie(read, names, {en: 'its terms section lists them as synonyms', ru: 'в разделе терминов они указаны как синонимы'})
      return
    }
  }
}

function abbreviationLike(text: string): boolean {
  return (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2
}
