/**
 * @reqlint/core — checks requirements documents in Markdown against a glossary.
 * Text and glossary in, vfile messages and fix data out: no file system, no
 * process, no console.
 *
 * The engine and the built-in glossary (`@reqlint/core/lint`, which loads no
 * YAML parser), and reading glossary files in YAML, JSON and CSV.
 */
export * from './lint.js'
export {YamlReader} from './yaml-reader.js'
export {parseGlossaryFile, formatOf, type GlossaryFile, type GlossaryFormat} from './glossary/parse.js'
export {loadGlossary, mergeGlossaryFiles, checkGlossary, type GlossaryHost} from './glossary/load.js'
export {findProposals, proposeVariants, type Proposal, type VariantProposal} from './glossary/extract.js'
