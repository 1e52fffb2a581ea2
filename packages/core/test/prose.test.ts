/**
 * The prose model: words with their normal forms and parts, each placed exactly
 * in the source, however compactly the model keeps them.
 */
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '@reqlint/core'
import {buildProse, type ProseDocument} from '../src/prose.js'

function words(document: ProseDocument): Array<{text: string; norm: string; parts: string[]; source: string}> {
  return document.blocks.flatMap((block) =>
    block.sentences.flatMap((sentence) =>
      sentence.words.map((word) => ({
        text: word.text,
        norm: word.parts.length === 1 ? word.parts[0]!.norm : '',
        parts: word.parts.map((part) => `${part.norm}@${document.source.slice(part.span.start, part.span.end)}`),
        source: document.source.slice(word.span.start, word.span.end)
      }))
    )
  )
}

describe('the prose model', () => {
  it('keeps each word with its normal form, its parts and its place', () => {
    const source = 'Лид и lead: CRM-система, Ёлка.\n'
    expect(words(buildProse(parseMarkdown(source), source, 'ru'))).toEqual([
      {text: 'Лид', norm: 'лид', parts: ['лид@Лид'], source: 'Лид'},
      {text: 'и', norm: 'и', parts: ['и@и'], source: 'и'},
      {text: 'lead', norm: 'lead', parts: ['lead@lead'], source: 'lead'},
      {text: 'CRM-система', norm: '', parts: ['crm@CRM', 'система@система'], source: 'CRM-система'},
      {text: 'Ёлка', norm: 'елка', parts: ['елка@Ёлка'], source: 'Ёлка'}
    ])
  })

  it('places words after markup, escapes, character references, code and line prefixes', () => {
    const source = '> Текст **с** \\*звёздочкой\\* и &#1040;БВ,\n> [ссылка](https://x.example) `код` конец.\n'
    const found = words(buildProse(parseMarkdown(source), source, 'ru'))
    expect(found.map((word) => word.text)).toEqual(['Текст', 'с', 'звёздочкой', 'и', 'АБВ', 'ссылка', 'конец'])
    // The source under each word is the word, except the character reference written for «А».
    expect(found.map((word) => word.source)).toEqual(['Текст', 'с', 'звёздочкой', 'и', '&#1040;БВ', 'ссылка', 'конец'])
  })

  it('gives the same model when it lets go of the tree while reading it, and leaves the root empty', () => {
    const source = [
      '# Термины',
      '',
      '| Термин | Определение |',
      '| --- | --- |',
      '| ЛПР | лицо, принимающее решения |',
      '',
      '- пункт с **CRM**',
      '',
      '  второй абзац пункта',
      '',
      'Абзац [со ссылкой](https://x.example) и `кодом`.',
      ''
    ].join('\n')
    const kept = parseMarkdown(source)
    const released = parseMarkdown(source)
    const whole = buildProse(kept, source, 'ru')
    const read = buildProse(released, source, 'ru', {release: true})
    expect(words(read)).toEqual(words(whole))
    expect(read.blocks.map((block) => [block.kind, block.text, block.span, block.container])).toEqual(
      whole.blocks.map((block) => [block.kind, block.text, block.span, block.container])
    )
    expect(released.children).toEqual([])
    expect(kept.children.length).toBeGreaterThan(0)
  })
})
