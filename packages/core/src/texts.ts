/**
 * Messages as data: a catalog maps each message id to a template per locale,
 * each a function of the message's typed data. A message is made once, with
 * its text in every locale, so that it stays plain data (it crosses worker
 * threads and the cache) and the edge (CLI, plugin, language server) picks the
 * reader's locale when it prints, without knowing the catalog it came from.
 *
 * Each locale's template is written in that language, not translated word for
 * word: Russian has its own word order, cases and agreement, so shared phrases
 * (what a value is, a quoted token) are data rendered by each language's rules.
 */
import type {Locale} from './locale.js'

/** A text in every locale. */
export type Texts = Readonly<Record<Locale, string>>

/** For each message id, its template in each locale over that id's data. */
export type Catalog<Data> = {readonly [Id in keyof Data]: Readonly<Record<Locale, (data: Data[Id]) => string>>}

/** A message: which one, with what, and its text in every locale. */
export interface Message<Id extends string = string> {
  readonly id: Id
  readonly data: unknown
  readonly text: Texts
}

/** The function that makes the messages of `catalog`, checked against its ids and data. */
export function messagesOf<Data>(catalog: Catalog<Data>) {
  return <Id extends keyof Data & string>(id: Id, data: Data[Id]): Message<Id> => {
    const templates = catalog[id]
    return {id, data, text: {en: templates.en(data), ru: templates.ru(data)}}
  }
}

/** The same text in every locale: a name, a code (`ENOENT`), a quote from another program. */
export function verbatim(text: string): Texts {
  return {en: text, ru: text}
}

/**
 * The Russian plural form for `count`: `one` for 1, 21, 101…; `few` for 2–4,
 * 22–24…; `many` for 0, 5–20, 25–30… (11–14 take `many`).
 */
export function russianPlural(count: number, one: string, few: string, many: string): string {
  const tens = Math.abs(count) % 100
  const units = tens % 10
  if (tens >= 11 && tens <= 14) return many
  if (units === 1) return one
  if (units >= 2 && units <= 4) return few
  return many
}

/**
 * A token of a data file as a message may quote it: its text if it looks like
 * a key or value a person writes (letters, digits, `_` and `-`, at most 32
 * characters), else only its length. A file that is no glossary at all
 * (`extends: [/etc/shadow]`, a `.netrc`) fails on its first «key», and that key
 * is the file's content: it must not reach a CI log, nor even the message's data.
 */
export type Token = {readonly text: string} | {readonly length: number}

export function tokenOf(token: string): Token {
  return /^[\p{L}\p{M}\p{N}_-]{1,32}$/u.test(token) ? {text: token} : {length: [...token].length}
}

export function quoteTokenIn(token: Token, locale: Locale): string {
  if ('text' in token) return `\`${token.text}\``
  return locale === 'ru'
    ? `(${token.length} ${russianPlural(token.length, 'символ', 'символа', 'символов')}, не показано)`
    : `(${token.length} characters, not shown)`
}

/**
 * What a data file's value is, as messages name it: the whole file, an entry,
 * a key's value, each item of a key's list. English says «expected X to be…»;
 * Russian says «X должен/должна/должно быть…», so it needs X's gender and its
 * prepositional case («в глоссарии», «в записи термина»).
 */
export type Subject =
  | {readonly kind: 'glossary'}
  | {readonly kind: 'configuration'}
  /** A data file of another kind (reqlint's own word lists). */
  | {readonly kind: 'file'}
  | {readonly kind: 'term-entry'}
  /** An entry of a list key: «an `ambiguous.add` entry». */
  | {readonly kind: 'entry'; readonly of: string}
  /** A key's value, by its path as written: `terms`, `overrides[0].files`. */
  | {readonly kind: 'key'; readonly key: string}
  /** Each item of a key's list. */
  | {readonly kind: 'item'; readonly key: string}

export function subjectEn(subject: Subject): string {
  switch (subject.kind) {
    case 'glossary':
      return 'the glossary'
    case 'configuration':
      return 'the configuration'
    case 'file':
      return 'the file'
    case 'term-entry':
      return 'a term entry'
    case 'entry':
      return `${/^[aeiou]/u.test(subject.of) ? 'an' : 'a'} \`${subject.of}\` entry`
    case 'key':
      return `\`${subject.key}\``
    case 'item':
      return `each item of \`${subject.key}\``
  }
}

/** The Russian noun phrase (nominative) and its gender, for agreement. */
function subjectRu(subject: Subject): {readonly nominative: string; readonly prepositional: string; readonly gender: 'm' | 'f' | 'n'} {
  switch (subject.kind) {
    case 'glossary':
      return {nominative: 'глоссарий', prepositional: 'в глоссарии', gender: 'm'}
    case 'configuration':
      return {nominative: 'конфигурация', prepositional: 'в конфигурации', gender: 'f'}
    case 'file':
      return {nominative: 'файл', prepositional: 'в файле', gender: 'm'}
    case 'term-entry':
      return {nominative: 'запись термина', prepositional: 'в записи термина', gender: 'f'}
    case 'entry':
      return {nominative: `запись \`${subject.of}\``, prepositional: `в записи \`${subject.of}\``, gender: 'f'}
    case 'key':
      return {nominative: `значение \`${subject.key}\``, prepositional: `в \`${subject.key}\``, gender: 'n'}
    case 'item':
      return {nominative: `каждый элемент \`${subject.key}\``, prepositional: `в элементах \`${subject.key}\``, gender: 'm'}
  }
}

/** «X должен быть …» with X agreeing: `mustBeRu(subject, 'списком')`. */
export function mustBeRu(subject: Subject, what: string): string {
  const {nominative, gender} = subjectRu(subject)
  return `${nominative} ${gender === 'm' ? 'должен' : gender === 'f' ? 'должна' : 'должно'} быть ${what}`
}

/** «в глоссарии», «в записи термина». */
export function inSubjectRu(subject: Subject): string {
  return subjectRu(subject).prepositional
}

/** A list of names for «expected one of: a, b, c». */
export function names(list: readonly string[]): string {
  return list.join(', ')
}

/** «ru, en or auto» / «ru, en или auto». */
export function alternatives(list: readonly string[], locale: Locale): string {
  if (list.length < 2) return list.join('')
  return `${list.slice(0, -1).join(', ')} ${locale === 'ru' ? 'или' : 'or'} ${list.at(-1)}`
}
