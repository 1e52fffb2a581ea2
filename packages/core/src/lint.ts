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
  explainRequirements,
  lint,
  detectLanguage,
  findingsOf,
  resolveSetting,
  RuleSettingError,
  source,
  type LintFinding,
  type LintOptions,
  type LintResult,
  type ParsedDocument,
  type RelatedPlace,
  type RuleSetting,
  type RuleFinding,
  type SentenceReading
} from './engine.js'
export {formatTemplate, placeholders, type Localized, type MessageData, type MessageRef, type MessageValue, type Template, type TextRef, type TextResolver} from './message.js'
export {findingText, ruleById, templateOf, type RuleMessage} from './finding-text.js'
export {addMessage, addMessages, localeKey, type RelatedMessage, type ReportedFinding, type ReqlintMessage, type ReqlintMessageFields} from './vfile-messages.js'
export {ChunkCache, parseMarkdown, type ParseOptions} from './markdown.js'
export {TokenCache} from './prose.js'
export {BlockCache} from './block-cache.js'
export {allSignals, type RequirementEvidence, type RequirementSignals, type RequirementVerdict, type SectionRole, type SectionScopes} from './requirements.js'
export {maxNesting} from './nesting.js'
export {rules} from './rules/index.js'
export {defineRule, option, ruleUrl, type Finding, type Fix, type OptionSpec, type OptionsOf, type OptionsSchema, type Related, type Rule, type RuleContext, type RuleDefinition, type Severity, type TypedFinding, type TypedMessage} from './rule.js'
export {applyFixes, type FixResult} from './fix.js'
