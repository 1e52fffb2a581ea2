/**
 * Words written like abbreviations that the text around them shows to be names — of vendors,
 * products, models and standards — rather than abbreviations a reader needs expanded:
 * - beside a vendor's name of `data/product-names.yaml`: «NVIDIA (NVENC)», «AMD AMF» (only the
 *   bracketed form counts everywhere: «AMD GPU» does not make «GPU» a name);
 * - an item of a list whose other items are products' names: «VLC, foobar2000, MPC»,
 *   "(Linux, Solaris, OpenBSD, MacOSX, AIX, etc)", «(DTS, TrueHD, FLAC...)»;
 * - before a model's or a standard's designation: «GTX 950+», «EBU R128», «IEEE 802.11»; or before
 *   «и новее», "and later": «(GCN и новее)», a generation of a product line.
 * A word so shown is a name wherever else the document writes it (undefined-abbreviation asks
 * for the whole document).
 */
import {enclosingBrackets} from './brackets.js'
import {builtinData} from './data/index.js'
import type {ProseLanguage, Sentence, WordPart} from './prose.js'

/** How far from the word the bounds of its list are looked for: a list of names is short. */
const listReach = 200

/** A vendor's or product's name of the built-in list (NVIDIA, AMD, VLC). */
export function isProductName(word: string): boolean {
  return builtinData().productNames.has(word)
}

/** A vendor's name: one of the built-in names in capitals (NVIDIA, AMD) or of the vendors (Intel). */
function isVendor(word: string): boolean {
  return builtinData().productNames.has(word) || builtinData().vendors.has(word)
}

/**
 * Where the word `text[from..to)` (the word at `index` of the sentence) stands beside a vendor's name:
 * - `brackets`: in brackets right after it, alone or among names in capitals («**AMD (AMF)**», «Intel
 *   (Quick Sync / QSV)»): the brackets name the vendor's product, a name wherever else it stands;
 * - `after`: right after it («NVIDIA NVENC», "Microsoft RDP", «AMD GPU»): a name here, but the word may be
 *   a technology the vendor makes one of («GPU»), which another use alone still needs defined.
 */
export function besideVendor(sentence: Sentence, index: number, text: string, from: number, to: number): 'brackets' | 'after' | undefined {
  const before = sentence.words[index - 1]
  if (before && isVendor(before.text) && /^[ \t]+$/u.test(text.slice(before.to, from))) return 'after'
  const brackets = enclosingBrackets(text, from, to, from - 60, to + 60)
  if (!brackets) return undefined
  const vendor = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, brackets.open - 30), brackets.open))
  if (!vendor || !isVendor(vendor[1]!)) return undefined
  // Names only inside: every word capitalised, joined by slashes or commas.
  const names = text
    .slice(brackets.open + 1, brackets.close)
    .split(/[\s/,]+/u)
    .filter(Boolean)
    .every((word) => /^\p{Lu}/u.test(word))
  return names ? 'brackets' : undefined
}

/**
 * «1С:EDT», «1С:ERP»: a part of a word right after a vendor's name and a colon — 1C names its products so,
 * after its own name. `after`, as for a name right after a vendor: this use only.
 */
export function afterVendorColon(parts: readonly WordPart[], index: number, text: string): 'after' | undefined {
  const before = parts[index - 1]
  return before && isVendor(before.text) && text.slice(before.to, parts[index]!.from) === ':' ? 'after' : undefined
}

/**
 * «GTX 950+», «EBU R128», «ISO 9001», «IEEE 802.11ac», «DTS-HD 5.1.2»: a model's or a standard's
 * designation right after the word — a letter or two and digits, three digits or more, or a
 * number of three levels — with an optional «+» for a series and later; or «и новее», "and later"
 * (a product line's generation). Not a value: «CRF 23», «SLA 99.9%», «SSD 256 GB» (two digits, a
 * percent sign, a unit after the number) are not designations. A number after «#» is one too: «UTS #35»,
 * «AB#591539», a numbered standard or work item.
 */
export function isBeforeDesignation(text: string, to: number): boolean {
  const after = text.slice(to, to + 40)
  if (/^[ \u00a0]?#\d+(?![\p{L}\p{N}])/u.test(after)) return true
  // «(GCN и новее)», "Gen9 and later": a generation of a product line, and the ones after it.
  if (/^\s+(?:и|или|and|or)\s+(?:новее|новей|позднее|старше|later|newer)(?![\p{L}\p{N}])/u.test(after)) return true
  const designation = /^[ \u00a0]+(?:[A-Z]{1,2}\.?\d+(?:\.\d+)*|\d{3,}(?:[.:]\d+)*|\d+(?:\.\d+){2,})[a-z]{0,2}\+?(?![\p{L}\p{N}%‰]|[.,]\d)/u.exec(after)
  if (!designation) return false
  const next = /^[ \u00a0]*(\p{L}+)/u.exec(after.slice(designation[0].length))
  return !next || !builtinData().units.has(next[1]!)
}

/** Characters that bound a list of names: brackets, quotation marks, clause and sentence marks. */
const listBound = /[;:()[\]{}«»"“”„!?]|\.\s/u
const listBounds = new RegExp(listBound.source, 'gu')

/**
 * Whether the Latin word `text[from..to)` is an item of a list of three items or more, each one
 * word («VLC, foobar2000, MPC»; the first item may end a phrase, the last begin one; a version
 * number may follow a name: "EcmaScript 6"), in which
 * another item is a product's name: a name of the built-in list, a name with inner capitals after
 * a capitalised start (OpenBSD, MacOSX, TrueHD), a Latin word starting in lower case with a
 * capital or digits in it (iOS, foobar2000); in a Russian document also two capitalised Latin
 * words (Linux, Solaris), which in English prose may be any capitalised words. A list of
 * abbreviations with one name among them («SSO, LDAP и Keycloak») does not qualify.
 */
export function isInNameList(text: string, from: number, to: number, language: ProseLanguage): boolean {
  const word = text.slice(from, to)
  if (!/^[A-Z]+$/u.test(word)) return false
  const start = listStart(text, from)
  const end = listEnd(text, to)
  const items = text
    .slice(start, end)
    .split(/\s*,\s*/u)
    // The last item follows the list's conjunction; a later one belongs to the phrase after the list («Calico и
    // NSX могут уже владеть устройством или сокетом»).
    .flatMap((item, index, all) => (index === all.length - 1 ? lastItems(item) : [item]))
    // "EcmaScript 6", «Qt 5»: a name and its version are one item.
    .map((item) => item.replace(/\s+/gu, ' ').trim().replace(/(?<=\p{L}) v?\d+(?:\.\d+)*$/u, ''))
    .filter((item) => !/^(?:etc\.?|и\s*т\.\s*[дп]\.?|и\s*др\.?|\.{3}|…)$/u.test(item))
  if (items.length < 3) return false
  const tokens: string[] = []
  for (const [index, item] of items.entries()) {
    const words = item.split(' ')
    // A phrase stands only before the first item or after the last.
    if (words.length > 1 && index !== 0 && index !== items.length - 1) return false
    tokens.push((index === 0 ? words.at(-1)! : words[0]!).replace(/(?:\.{3}|…|\.)$/u, ''))
  }
  if (!tokens.includes(word)) return false
  const others = tokens.filter((token) => token !== word)
  if (others.some((token) => isProductName(token) || namedProduct.test(token))) return true
  return language === 'ru' && others.filter((token) => /^[A-Z][a-z]{2,}$/u.test(token)).length >= 2
}

/** The list's last text split at its first «и», «или», "and", "or": the item before and the item after. */
function lastItems(text: string): string[] {
  const conjunction = /\s+(?:and|or|и|или)\s+/u.exec(text)
  return conjunction ? [text.slice(0, conjunction.index), text.slice(conjunction.index + conjunction[0].length)] : [text]
}

/** OpenBSD, MacOSX, TrueHD, GeForce; iOS, macOS, foobar2000, x264. */
const namedProduct = /^(?:[A-Z][a-z]{2,}[A-Z][\p{L}\d]*|[a-z]+[A-Z][\p{L}\d]*|[a-z]{2,}\d+[a-z\d]*)$/u

function listStart(text: string, from: number): number {
  const lower = Math.max(0, from - listReach)
  let start = lower
  for (const bound of text.slice(lower, from).matchAll(listBounds)) start = lower + bound.index + bound[0].length
  return start
}

function listEnd(text: string, to: number): number {
  const after = text.slice(to, to + listReach)
  const bound = listBound.exec(after)
  return to + (bound ? bound.index : after.length)
}
