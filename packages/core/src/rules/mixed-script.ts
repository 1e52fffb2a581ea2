/**
 * mixed-script: a word that mixes Cyrillic and Latin look-alike letters
 * («CRМ» with a Cyrillic «М», «Cделка» with a Latin «C»). It reads right and
 * matches nothing: not the glossary, not search, not the reader's Ctrl+F.
 */
import type {BlockWork} from '../block-cache.js'
import {lookAlike, scriptOf, type Script} from '../scripts.js'
import {defineRule, oneLine} from '../rule.js'

const anyCyrillic = /\p{Script=Cyrillic}/u
const anyLatin = /\p{Script=Latin}/u

export const mixedScript = defineRule({
  id: 'mixed-script',
  description: {
    en: 'Words that mix Cyrillic and Latin look-alike letters.',
    ru: 'Слова, в которых смешаны похожие друг на друга кириллические и латинские буквы.'
  },
  defaultSeverity: 'error',
  fixable: true,
  messages: {
    'latin-in-cyrillic': {
      en: 'Unexpected Latin {count, plural, one {letter} other {letters}} {letters} in the Cyrillic word «{word}»: it looks right but matches nothing',
      ru: '{count, plural, one {Латинская буква} other {Латинские буквы}} {letters} в слове «{word}», написанном кириллицей: на вид слово верное, но его не найдут ни поиск, ни проверка по глоссарию'
    },
    'cyrillic-in-latin': {
      en: 'Unexpected Cyrillic {count, plural, one {letter} other {letters}} {letters} in the Latin word «{word}»: it looks right but matches nothing',
      ru: '{count, plural, one {Кириллическая буква} other {Кириллические буквы}} {letters} в слове «{word}», написанном латиницей: на вид слово верное, но его не найдут ни поиск, ни проверка по глоссарию'
    }
  },
  options: {},
  check({analysis, report}) {
    for (const block of analysis.document.blocks) {
      // Only the sentences with a word of both scripts are read again: most blocks have none.
      for (const at of analysis.perBlock(mixedParts, block)) {
        const part = block.sentences[at.sentence]!.words[at.word]!.parts[at.part]!
        const letters = [...part.text]
        let cyrillic = 0
        let latin = 0
        for (const char of letters) {
          const script = scriptOf(char)
          if (script === 'cyrillic') cyrillic++
          else if (script === 'latin') latin++
        }
        if (cyrillic === 0 || latin === 0) continue
        if (gluedByMarkup(part.text, analysis.text(part.span))) continue
        // The word is in the script of most of its letters; on a tie, in the one that can imitate the other fully.
        const candidates: Array<Exclude<Script, 'other'>> = cyrillic > latin ? ['cyrillic'] : latin > cyrillic ? ['latin'] : ['latin', 'cyrillic']
        for (const script of candidates) {
          const foreign = letters.filter((char) => {
            const own = scriptOf(char)
            return own !== 'other' && own !== script
          })
          const replacements = foreign.map((char) => lookAlike(char, script))
          // A Latin word with a Russian ending («iPhoneом») is not a look-alike problem.
          if (replacements.some((char) => char === undefined)) continue
          const fixed = letters.map((char) => (scriptOf(char) !== script && scriptOf(char) !== 'other' ? lookAlike(char, script)! : char)).join('')
          const listed = [...new Set(foreign)].map((char) => `«${char}»`).join(', ')
          report({
            span: part.span,
            messageId: script === 'latin' ? 'cyrillic-in-latin' : 'latin-in-cyrillic',
            data: {count: foreign.length, letters: listed, word: oneLine(fixed)},
            actual: analysis.text(part.span),
            expected: [fixed],
            fix: {span: part.span, text: fixed}
          })
          break
        }
      }
    }
  }
})

/**
 * Whether markup joins two words of one script each: «**НЕ**ShardingError» is the bold Russian «НЕ»
 * before an English name, not a word with look-alike letters. Each side needs two letters or more,
 * so a bold capital keeps its finding («**C**делка», with a Latin «C»). `text` is the part's letters,
 * `source` the Markdown it was read from, with the markup between them.
 */
function gluedByMarkup(text: string, source: string): boolean {
  if (source === text) return false
  const pieces: string[] = []
  let piece = ''
  let at = 0
  for (const char of source) {
    if (at < text.length && text.startsWith(char, at)) {
      piece += char
      at += char.length
    } else if (piece !== '') {
      pieces.push(piece)
      piece = ''
    }
  }
  if (piece !== '') pieces.push(piece)
  if (pieces.length < 2) return false
  return pieces.every((one) => {
    const scripts = new Set([...one].map(scriptOf).filter((script) => script !== 'other'))
    return scripts.size === 1 && [...one].filter((char) => scriptOf(char) !== 'other').length >= 2
  })
}

/** A word part in a block, by index: the sentence, its word, the word's part. */
interface PartIndex {
  readonly sentence: number
  readonly word: number
  readonly part: number
}

/**
 * The word parts of a block with both Cyrillic and Latin letters, by index: what the rule reads of a
 * block by its text alone, kept by a language server for the blocks an edit left unchanged.
 */
const mixedParts: BlockWork<readonly PartIndex[]> = {
  name: 'mixed-script parts',
  make(block) {
    let found: PartIndex[] | undefined
    for (let sentence = 0; sentence < block.sentences.length; sentence++) {
      const words = block.sentences[sentence]!.words
      for (let word = 0; word < words.length; word++) {
        const parts = words[word]!.parts
        for (let part = 0; part < parts.length; part++) {
          // Nearly every word is in one script: settled with two searches before looking at letters.
          if (!anyCyrillic.test(parts[part]!.text) || !anyLatin.test(parts[part]!.text)) continue
          found ??= []
          found.push({sentence, word, part})
        }
      }
    }
    return found ?? none
  }
}

const none: readonly PartIndex[] = Object.freeze([])
