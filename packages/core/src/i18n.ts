/**
 * `@reqlint/core/i18n`: locales and message catalogs, and nothing else — for a
 * caller that must word an error before it loads the engine (the CLI's usage
 * errors), at the cost of a few small modules.
 */
export {isLocale, localeFromEnvironment, locales, type Locale} from './locale.js'
export {
  alternatives,
  inSubjectRu,
  messagesOf,
  mustBeRu,
  names,
  quoteTokenIn,
  russianPlural,
  subjectEn,
  tokenOf,
  verbatim,
  type Catalog,
  type Message,
  type Subject,
  type Texts,
  type Token
} from './texts.js'
export {coreMessage, fileKindIn, readFailure, readFailureIn, sizeIn, type CoreMessages, type FileKind, type NameRole, type ReadFailure} from './problem-texts.js'
