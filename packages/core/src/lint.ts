/**
 * `@reqlint/core/lint`: the engine with the built-in glossary and data, and
 * nothing that reads YAML or JSON glossary files. For a caller that starts
 * often and reads no glossary file (the CLI's lint path): loading the YAML
 * parser is about a tenth of a short run's start-up. Reading glossary files is the main entry's
 * (`parseGlossaryFile`, `loadGlossary`) and `@reqlint/core/node`'s
 * (`loadGlossaryFiles`).
 */
export type {Place, Point, Span} from './location.js'
export {DataError, escapeControls, maxDataBytes} from './data-error.js'
export * from './i18n.js'
export {DocumentError} from './document-error.js'
export {normalizeWord} from './normalize.js'
export type {Glossary, GlossaryEntry, Language, Named, SourcePlace} from './glossary/model.js'
export {emptyGlossary} from './glossary/model.js'
export {builtinGlossary, builtinGlossaryName, builtinGlossaryPath, isBuiltinGlossaryName} from './glossary/builtin.js'
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
export {ChunkCache, parseMarkdown, type ParseOptions} from './markdown.js'
export {TokenCache} from './prose.js'
export {allSignals, type RequirementSignals, type SectionScopes} from './requirements.js'
export {maxNesting} from './nesting.js'
export {rules} from './rules/index.js'
export {ruleUrl, type Finding, type Fix, type Rule, type Severity} from './rule.js'
export {applyFixes, type FixResult} from './fix.js'
