/**
 * @reqlint/core — checks requirements documents in Markdown against a glossary.
 * Text and glossary in, findings (message ids with their data, places) and fix
 * data out, their text written in Russian or English at the edge: no file
 * system, no process, no console, no process-wide settings changed.
 *
 * The engine and the built-in glossary (`@reqlint/core/lint`, which loads no
 * YAML parser), and reading glossary files in YAML, JSON and CSV.
 */
export * from './lint.js'
export {YamlReader} from './yaml-reader.js'
export {parseGlossaryFile, formatOf, type GlossaryFile, type GlossaryFormat} from './glossary/parse.js'
export {loadGlossary, mergeGlossaryFiles, checkGlossary, type GlossaryHost} from './glossary/load.js'
export {findProposals, proposeVariants, type Proposal, type VariantProposal} from './glossary/extract.js'
