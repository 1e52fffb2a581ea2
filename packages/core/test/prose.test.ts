/**
 * The prose model: words with their normal forms and parts, each placed exactly
 * in the source, however compactly the model keeps them.
 */
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '@reqlint/core'
import {readControlComments} from '../src/control.js'
import {readDocument} from '../src/engine.js'
import {chunkBoundaries} from '../src/markdown.js'
import {buildProse, type ProseDocument, type Sentence} from '../src/prose.js'

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

  it('gives a sentence\'s words anew when asked again, equal but for identity', () => {
    const source = 'Первое предложение с CRM-системой. Второе предложение.\n'
    const [first, second] = buildProse(parseMarkdown(source), source, 'ru').blocks[0]!.sentences
    const texts = (sentence: Sentence): string[] => sentence.words.map((word) => `${word.text}@${word.from}`)
    const before = texts(first!)
    // Another sentence's words in between: the first's are made again, from the packed store.
    expect(texts(second!)).toEqual(['Второе@35', 'предложение@42'])
    expect(texts(first!)).toEqual(before)
    expect(before).toEqual(['Первое@0', 'предложение@7', 'с@19', 'CRM-системой@21'])
  })

  it('keeps every word of a document with more words than a page holds', () => {
    // 18,000 words and as many compound words' parts: the store's first pages grow, then second pages start.
    const source = Array.from({length: 3_000}, (_, index) => `Слово${index} и CRM-система ${index}-й шаг, A-B.\n`).join('\n')
    const found = words(buildProse(parseMarkdown(source), source, 'ru'))
    expect(found).toHaveLength(18_000)
    expect(found.slice(-4)).toEqual([
      {text: 'CRM-система', norm: '', parts: ['crm@CRM', 'система@система'], source: 'CRM-система'},
      {text: '2999-й', norm: '', parts: ['2999@2999', 'й@й'], source: '2999-й'},
      {text: 'шаг', norm: 'шаг', parts: ['шаг@шаг'], source: 'шаг'},
      {text: 'A-B', norm: '', parts: ['a@A', 'b@B'], source: 'A-B'}
    ])
    // Every word stands where its text is in the source, on every page.
    expect(found.filter((word) => word.source !== word.text)).toEqual([])
    expect(found.filter((word) => word.text.startsWith('Слово')).map((word) => word.text)).toEqual(Array.from({length: 3_000}, (_, index) => `Слово${index}`))
  })
})

describe('reading a document a top-level node at a time, as lint does', () => {
  const lines: string[] = []
  for (let index = 0; index < 30; index++) {
    lines.push(
      `# Раздел ${index}`,
      '',
      '<!-- lint ignore ambiguous-wording -->',
      '',
      `Система должна быстро обрабатывать ЭДО-${index} [ГОСТ][gost].`,
      '',
      '| Термин | Определение |',
      '| --- | --- |',
      `| ЛПР${index} | лицо, принимающее решения |`,
      '',
      ...Array.from({length: 8}, (_, item) => `- пункт ${item} с **CRM** и удобный`),
      '',
      '<!-- reqlint-disable-next-line -->',
      'Строка с SSO.',
      ''
    )
  }
  lines.push('[gost]: https://example.com/gost', '')
  const source = lines.join('\n')

  it('gives the prose and control comments of the whole tree, whatever the chunks', () => {
    const tree = parseMarkdown(source, {chunkSize: Number.POSITIVE_INFINITY})
    const whole = {prose: buildProse(tree, source, 'ru'), controls: readControlComments(tree, source)}
    for (const chunkSize of [Number.POSITIVE_INFINITY, 400, 120, 40]) {
      const read = readDocument(source, 'ru', {chunkSize})
      expect(words(read.prose)).toEqual(words(whole.prose))
      expect(read.prose.blocks.map((block) => [block.kind, block.text, block.span, block.container])).toEqual(
        whole.prose.blocks.map((block) => [block.kind, block.text, block.span, block.container])
      )
      // A top-level `lint ignore` whose paragraph is in the next chunk still silences it.
      expect([...read.controls].sort(byPlace)).toEqual([...whole.controls].sort(byPlace))
    }
    expect(whole.controls.filter((control) => control.kind === 'range')).toHaveLength(60)
    // The case that needs care is there: a chunk ends between a comment and the paragraph it silences.
    expect(chunkBoundaries(source, 40).ends.some((end) => source.startsWith('Система', end) && source.slice(0, end).trimEnd().endsWith('-->'))).toBe(true)
  })
})

function byPlace(a: {at: number; until: number; kind: string}, b: {at: number; until: number; kind: string}): number {
  return a.at - b.at || a.until - b.until || a.kind.localeCompare(b.kind)
}
