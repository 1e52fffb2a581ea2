/**
 * Message templates and how they become text. A rule reports a message id and
 * its data; the text is made at the edge (CLI report, plugin, language server)
 * in the reader's locale, by {@link formatTemplate}. Everything here is plain
 * data, so a finding can travel through a worker thread and a cache file and
 * still be written in either language afterwards.
 *
 * A template is text with placeholders: `{name}` for a value of the data, and
 * `{name, plural, =1 {once} one {# time} other {# times}}` for a count, its
 * branches chosen as `Intl.PluralRules` chooses them (Russian has `one`,
 * `few`, `many`), `#` being the count, an exact `=n` branch first. The syntax is
 * the part of ICU MessageFormat that reqlint needs, so translators know it.
 * A value is a string or a number, prose in both languages, or the key of prose
 * in the rule's data files (`{text: 'vague-quality.why'}`), which the rule's
 * `texts` resolves when the text is made.
 */
import type {Locale} from './locale.js'

/** One message written natively in each locale. */
export type Template = Readonly<Record<Locale, string>>

/** Text that depends on the locale: prose from the data files (a category's explanation). */
export type Localized = Readonly<Record<Locale, string>>

/**
 * Prose of the rule's data files by its key (`vague-quality.why`), which the rule's
 * `texts` turns into text in each locale: the finding carries the key, not the prose,
 * so thousands of findings of one category do not carry its explanation thousands of
 * times through workers and the cache.
 */
export interface TextRef {
  readonly text: string
}

/** A value of a message's data: a quoted name, a count, prose in both languages, or prose of the data files by key. */
export type MessageValue = string | number | Localized | TextRef

/** The prose of a text key in both languages, or undefined for a key the rule does not know. */
export type TextResolver = (key: string) => Localized | undefined

export type MessageData = Readonly<Record<string, MessageValue>>

/** A message as data: which template and what to fill it with. */
export interface MessageRef<MessageId extends string = string> {
  readonly messageId: MessageId
  readonly data?: MessageData
}

/**
 * Fills a template in `locale`; a placeholder with no value (or a text key `texts`
 * does not know) is left as written, so a mistake shows.
 */
export function formatTemplate(template: Template, data: MessageData | undefined, locale: Locale, texts?: TextResolver): string {
  return fill(template[locale], data ?? {}, locale, undefined, texts)
}

export function isLocalized(value: MessageValue): value is Localized {
  return typeof value === 'object' && 'ru' in value
}

/** The names a template's text uses, in order of first use (for the test that both languages use the same). */
export function placeholders(text: string): string[] {
  const names: string[] = []
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('{', at)
    if (open === -1) break
    const close = matching(text, open)
    const [name, kind, rest] = parts(text.slice(open + 1, close))
    if (!names.includes(name)) names.push(name)
    if (kind === 'plural') for (const branch of branches(rest)) for (const inner of placeholders(branch.text)) if (!names.includes(inner)) names.push(inner)
    at = close + 1
  }
  return names
}

function fill(text: string, data: MessageData, locale: Locale, count: number | undefined, texts: TextResolver | undefined): string {
  let result = ''
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('{', at)
    const hash = count === undefined ? -1 : text.indexOf('#', at)
    if (hash !== -1 && (open === -1 || hash < open)) {
      result += text.slice(at, hash) + String(count)
      at = hash + 1
      continue
    }
    if (open === -1) {
      result += text.slice(at)
      break
    }
    result += text.slice(at, open)
    const close = matching(text, open)
    result += placeholder(text.slice(open + 1, close), data, locale, texts)
    at = close + 1
  }
  return result
}

function placeholder(body: string, data: MessageData, locale: Locale, texts: TextResolver | undefined): string {
  const [name, kind, rest] = parts(body)
  const value = data[name]
  if (value === undefined) return `{${body}}`
  if (typeof value === 'object' && 'text' in value) return texts?.(value.text)?.[locale] ?? `{${body}}`
  if (kind === 'plural') {
    const count = typeof value === 'number' ? value : Number(value)
    const list = branches(rest)
    const exact = list.find((branch) => branch.key === `=${count}`)
    const category = new Intl.PluralRules(locale).select(count)
    const chosen = exact ?? list.find((branch) => branch.key === category) ?? list.find((branch) => branch.key === 'other')
    return chosen === undefined ? String(count) : fill(chosen.text, data, locale, count, texts)
  }
  return isLocalized(value) ? value[locale] : String(value)
}

/** `name`, `name, plural, …`: the name, the kind and the rest. */
function parts(body: string): [string, string | undefined, string] {
  const first = body.indexOf(',')
  if (first === -1) return [body.trim(), undefined, '']
  const second = body.indexOf(',', first + 1)
  const kind = body.slice(first + 1, second === -1 ? undefined : second).trim()
  return [body.slice(0, first).trim(), kind, second === -1 ? '' : body.slice(second + 1)]
}

/** The `key {text}` branches of a plural placeholder. */
function branches(text: string): Array<{key: string; text: string}> {
  const list: Array<{key: string; text: string}> = []
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('{', at)
    if (open === -1) break
    const close = matching(text, open)
    list.push({key: text.slice(at, open).trim(), text: text.slice(open + 1, close)})
    at = close + 1
  }
  return list
}

/** The `}` that closes the `{` at `open`. */
function matching(text: string, open: number): number {
  let depth = 0
  for (let at = open; at < text.length; at++) {
    if (text[at] === '{') depth++
    else if (text[at] === '}' && --depth === 0) return at
  }
  throw new SyntaxError(`unclosed placeholder in message template: ${text}`)
}
