/**
 * @reqlint/core — checks requirements documents in Markdown against a glossary.
 * Text and glossary in, vfile messages and fix data out: no file system, no
 * process, no console.
 */
// The full entry reads YAML: glossary files, and the built-in data in a build without its snapshot.
// `@reqlint/core/lint` (lint.ts) is the same engine without the YAML parser.
import './data/parse.js'
import './glossary/builtin-parse.js'

export type {Place, Point, Span} from './location.js'
export {DataError} from './data-error.js'
export {YamlReader} from './yaml-reader.js'
export {DocumentError} from './document-error.js'
export {normalizeWord} from './normalize.js'
export type {Glossary, GlossaryEntry, Language, Named, SourcePlace} from './glossary/model.js'
export {emptyGlossary} from './glossary/model.js'
export {parseGlossaryFile, formatOf, type GlossaryFile, type GlossaryFormat} from './glossary/parse.js'
export {loadGlossary, mergeGlossaryFiles, checkGlossary, type GlossaryHost} from './glossary/load.js'
export {builtinGlossary, builtinGlossaryPath} from './glossary/builtin.js'
export {
  checkTree,
  lint,
  detectLanguage,
  lintMarkdown,
  lintTree,
  resolveSetting,
  RuleSettingError,
  source,
  type LintOptions,
  type RuleSetting,
  type Stamped
} from './engine.js'
export {parseMarkdown} from './markdown.js'
export {maxNesting} from './nesting.js'
export {rules} from './rules/index.js'
export {ruleUrl, type Finding, type Fix, type Rule, type Severity} from './rule.js'
export {applyFixes, type FixResult} from './fix.js'
