/**
 * fast-check generators for the robustness tests: Markdown-shaped documents
 * that mix structure (lists, quotes, tables, fences, comments, front matter)
 * with hostile characters and with the names of the built-in glossary, so that
 * the rules really fire; and the helpers that check a lint report's invariants.
 */
import fc from 'fast-check'
import {builtinGlossary} from '@reqlint/core'

/** Every run of the suite sees the same inputs; a failure prints its seed and path anyway. */
export const seed = Number(process.env.REQLINT_FC_SEED ?? 20_251_123)

const glossary = builtinGlossary()

/** Names of the built-in glossary (glossary/crm.ru.yaml): terms, synonyms, avoided names, abbreviations. */
export const glossaryNames: readonly string[] = [
  ...new Set(
    glossary.entries.flatMap((entry) => [
      entry.term.value,
      ...entry.synonyms.map((named) => named.value),
      ...entry.avoid.map((named) => named.value),
      ...entry.abbreviations.map((named) => named.value)
    ])
  )
]
export const glossaryAbbreviations: readonly string[] = [...new Set(glossary.entries.flatMap((entry) => entry.abbreviations.map((named) => named.value)))]

/** Words that make the other rules fire: vague wording, modal verbs, look-alike letters, definitions. */
const triggers = [
  'быстро', 'удобный', 'удобного', 'при необходимости', 'и т.д.', 'и т. п.', 'оптимальный', 'несколько',
  'должна', 'должен', 'может', 'не допускается', 'user-friendly', 'as appropriate', 'if possible', 'shall', 'must', 'may',
  'CRМ', 'Cделка', 'Crm', 'crm', 'Api', 'АPI', 'ТЗ', 'ЭДО', 'SSO', 'ПМИ', 'APIs', 'НФТ-3', 'REQ-001',
  'тех. задание', 'Тех. задание', 'техзадание', 'тех. задания', 'коробка', 'коробочная версия', 'коробочной версии',
  'лид', 'лида', 'лидами', 'lead', 'ёлка', 'ЕЛКА', '(далее — ЭДО)', 'ЭДО — электронный документооборот',
  'электронный документооборот (ЭДО)', 'SSO (single sign-on)', '«', '»', '—', '–', '…'
]

/** Characters that break naive code: controls, line endings, invisible and combining marks, astral, RTL. */
const hostileChars = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\t', '\r', '\r\n', '\n',
  '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u0301', '\u0308', '\u0336', '\u2028', '\u2029',
  '\u202e', '\u202d', '\u200f', '\u200e', 'ё', 'Ё', 'й', 'и\u0306', 'е\u0308',
  '😀', '👩‍💻', '🇷🇺', '𝕏', '𐐀', '\ud83d', '\ude00', 'שלום', 'مرحبا', 'ﷺ', 'Ａ', '‐', '‑', '−', '＂', '\u00a0', '\u3000',
  '&', '&amp;', '&#x1F600;', '&#128512;', '&#1052;', '&nbsp;', '&copy;', '&#0;', '&#x110000;', '&bogus;', '&xy;', '&AMP;', '&amp', '&#x41', '&#65;', '&#X41;', '&#1234567;', '&#12345678;', '&#xD800;',
  '\\', '\\*', '\\_', '\\[', '\\&', '\\\\', '*', '_', '`', '~', '[', ']', '(', ')', '<', '>', '|', '!', '#', '"', "'"
]

const innerText: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...glossaryNames), fc.constantFrom(...triggers), fc.string({maxLength: 8}))

const inlineMarkup: ReadonlyArray<fc.Arbitrary<string>> = [
  fc.constantFrom('*', '**', '_', '__', '~~').chain((mark) => innerText.map((inner) => `${mark}${inner}${mark}`)),
  innerText.map((inner) => `\`${inner.replace(/`/g, '')}\``),
  innerText.map((inner) => `[${inner}](https://example.com/a_(b) "title")`),
  innerText.map((inner) => `[${inner}][ref]`),
  fc.constantFrom('<https://example.com/CRM>', 'https://crm.example.ru/лид', 'www.example.com', 'user@example.com', '<user@example.com>'),
  fc.constantFrom('<b>', '</b>', '<br/>', '<span class="x">', '<!-- x -->', '<!-- unclosed', '-->', '<?php ?>', '<![CDATA[ x ]]>'),
  fc.constantFrom('![alt CRM](img.png)', '[^1]', '$x$', '{x}', '<Foo/>'),
  controlComment()
]

/** reqlint's and unified's control comments, well- and ill-formed. */
export function controlComment(): fc.Arbitrary<string> {
  const rule = fc.constantFrom('undefined-abbreviation', 'inconsistent-term', 'ambiguous-wording', 'mixed-script', 'no-such-rule', '')
  const keyword = fc.constantFrom(
    'reqlint-disable', 'reqlint-enable', 'reqlint-disable-next-line', 'reqlint-disable-line',
    'lint disable', 'lint enable', 'lint ignore', 'lint  ignore', 'reqlint-disablex'
  )
  return fc
    .tuple(keyword, fc.array(rule, {maxLength: 3}), fc.constantFrom('', ' ', '\n', '\r\n'), fc.constantFrom('-->', '--->', '', '->'))
    .map(([word, rules, space, end]) => `<!--${space}${word} ${rules.join(', ')}${space}${end}`)
}

/** One word-sized or character-sized piece of inline text. */
export const inlinePiece: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...glossaryNames)},
  {weight: 5, arbitrary: fc.constantFrom(...triggers)},
  {weight: 2, arbitrary: fc.constantFrom(...glossaryAbbreviations).map((abbreviation) => abbreviation.charAt(0) + abbreviation.slice(1).toLowerCase())},
  {weight: 4, arbitrary: fc.constantFrom(...hostileChars)},
  {weight: 3, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom('А', 'Б', 'Ц', 'Ж', 'A', 'S', 'Q', 'L', 'М', 'M', 'С', 'C', 'Р', 'P'), minLength: 2, maxLength: 5})},
  {weight: 3, arbitrary: fc.oneof(...inlineMarkup)}
)

/** A line of prose: pieces joined by spaces or by nothing. */
export const inlineLine: fc.Arbitrary<string> = fc
  .array(fc.tuple(inlinePiece, fc.constantFrom(' ', ' ', ' ', '', '  ', ', ', '. ', '-', '\u00a0')), {maxLength: 14})
  .map((pieces) => pieces.map(([piece, gap]) => piece + gap).join(''))

const prefix = fc.oneof(
  fc.constantFrom('', '', '', '- ', '* ', '+ ', '1. ', '2) ', '> ', '> > ', '>', '  - ', '    - ', '   ', '    ', '\t', '# ', '## ', '###### ', '####### ', '- [ ] ', '- [x] '),
  fc.integer({min: 1, max: 40}).map((depth) => '> '.repeat(depth)),
  fc.integer({min: 1, max: 40}).map((depth) => '- '.repeat(depth)),
  fc.integer({min: 1, max: 20}).map((depth) => '  '.repeat(depth) + '- '),
  fc.integer({min: 1, max: 20}).map((depth) => '> - '.repeat(depth))
)

/** Block-level lines that change how the following lines parse. */
const structuralLine = fc.constantFrom(
  '', '', '```', '```js', '~~~', '````', '    code CRM', '---', '***', '___', '+++', '<!--', '-->', '<div>', '</div>',
  '<script>', '</script>', '<pre>', '$$', '[ref]: https://example.com', '[^1]: сноска про ТЗ', '===', '---',
  '| a | b |', '|---|---|', '| --- | :-: |', '|', '||', 'Термины и сокращения', '# Термины и сокращения', '## Glossary', '<!-- reqlint-disable -->',
  '<!-- reqlint-enable -->'
)

/** A GFM table with prose in its cells; sometimes ragged, sometimes without a delimiter row. */
export const table: fc.Arbitrary<string> = fc
  .tuple(fc.integer({min: 1, max: 12}), fc.integer({min: 0, max: 12}), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .chain(([columns, rows, ragged, eol]) =>
    fc.array(fc.array(inlineLine.map((cell) => cell.replace(/[|\r\n]/g, ' ')), {minLength: ragged ? 0 : columns, maxLength: columns + (ragged ? 2 : 0)}), {
      minLength: rows + 1,
      maxLength: rows + 1
    }).map((cells) => {
      const [header = [], ...body] = cells
      const line = (row: readonly string[]): string => `| ${row.join(' | ')} |`
      return [line(header), `|${' --- |'.repeat(columns)}`, ...body.map(line)].join(eol)
    })
  )

/**
 * What may stand before a document's first line: nothing, mostly; or byte order
 * marks (one is the file's, a second is text the parser would skip too) and
 * other invisible characters, in any order.
 */
const invisiblePrefix: fc.Arbitrary<string> = fc.oneof(
  {weight: 2, arbitrary: fc.constant('')},
  {weight: 1, arbitrary: fc.integer({min: 1, max: 3}).map((count) => '\ufeff'.repeat(count))},
  {weight: 1, arbitrary: fc.array(fc.constantFrom('\ufeff', '\ufeff', '\u200b', '\u2060', '\u00ad', '\u200d', '\u200e'), {minLength: 1, maxLength: 4}).map((marks) => marks.join(''))}
)

/** A Markdown-shaped document: lines with prefixes, structure, tables, front matter; mixed line endings. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc
      .tuple(invisiblePrefix, fc.constantFrom('', '', '', '\ufeff', '---\ntitle: ТЗ на CRM\n---\n', '---\r\nx: 1\r\n', '+++\nx = 1\n+++\n'))
      .map(([marks, head]) => marks + head),
    fc.array(
      fc.oneof(
        {weight: 8, arbitrary: fc.tuple(prefix, inlineLine).map(([head, line]) => head + line)},
        {weight: 3, arbitrary: structuralLine},
        {weight: 1, arbitrary: table},
        {weight: 1, arbitrary: controlComment()}
      ),
      {maxLength: 30}
    ),
    fc.array(fc.constantFrom('\n', '\n', '\n', '\n\n', '\r\n', '\r', '\r\r\n', '\n\r'), {minLength: 1, maxLength: 4})
  )
  .map(([head, lines, endings]) => head + lines.map((line, index) => line + endings[index % endings.length]).join(''))

/** Fully random text, for the properties that must hold whatever the input. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({unit: 'binary', maxLength: 200}),
  fc.string({unit: fc.constantFrom(...hostileChars, ' ', 'a', 'Я', '- ', '> ', '|', '\n'), maxLength: 120})
)

/** The text positions refer to: without a byte order mark. */
export function sourceText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Line and column of an offset, counting CRLF, CR and LF as line endings (as micromark and vfile-location do). */
export function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++
      lineStart = index + 1
    }
  }
  return {line, column: offset - lineStart + 1}
}

