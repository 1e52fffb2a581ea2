/**
 * The third-party parsers core runs on every document — micromark with its GFM
 * and front-matter extensions, mdast-util-from-markdown, parse-latin and
 * parse-english — gathered in one module. The build (scripts/bundle-parsers.js)
 * replaces its compiled form with one file holding all of them: Node loads the
 * ~190 small ES modules they are published as one by one, and on a tiny
 * document that loading was a third of the CLI's start-up (issue 19). The code
 * is the same; only the number of files changes. Tests run this module
 * unbundled, from source. mdast-util-from-markdown, micromark,
 * micromark-util-subtokenize and parse-latin are installed with the patches of
 * `patches/` (see markdown-syntax.ts and prose.ts), bundled or not.
 */
export {decodeNamedCharacterReference} from 'decode-named-character-reference'
export {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
export {fromMarkdown} from 'mdast-util-from-markdown'
export {gfmAutolinkLiteralFromMarkdown} from 'mdast-util-gfm-autolink-literal'
export {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
export {gfmStrikethroughFromMarkdown} from 'mdast-util-gfm-strikethrough'
export {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
export {gfmTaskListItemFromMarkdown} from 'mdast-util-gfm-task-list-item'
export {frontmatter} from 'micromark-extension-frontmatter'
export {gfm} from 'micromark-extension-gfm'
export {combineExtensions} from 'micromark-util-combine-extensions'
export {ParseEnglish} from 'parse-english'
export {ParseLatin} from 'parse-latin'
