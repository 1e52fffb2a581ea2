/**
 * `@reqlint/cli/settings`: how the command finds and reads its settings —
 * configuration discovery, overrides, glossary loading, MDX support — for the
 * language server, which must lint with exactly the same settings and loads
 * nothing else of the command.
 */
export {configFileNames, findConfig, type LoadedConfig} from './config-files.js'
export {ConfigResolver, type FileSettings} from './config-resolve.js'
export {Glossaries, loadGlossaryReader} from './glossaries.js'
export {isMdx, loadMdxFor} from './mdx.js'
