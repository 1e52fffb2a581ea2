/**
 * The editor's per-block cache: a block's value is made once for its text and
 * reused by the next versions of the document wherever the block has moved,
 * never for a block of another kind, and let go once a version no longer has
 * the text. The lint with the cache gives the findings of a lint without it.
 */
import {describe, expect, it} from 'vitest'
import {BlockCache, type BlockWork} from '../src/block-cache.js'
import {builtinGlossary} from '../src/glossary/builtin.js'
import {checkTree, findingsOf, readDocument} from '../src/engine.js'
import {findingText} from '../src/finding-text.js'
import {parseMarkdown} from '../src/markdown.js'
import type {ProseBlock} from '../src/prose.js'

/** A work that counts its makes and gives each block's text and where its first word starts in the block. */
function countingWork(): BlockWork<string> & {made: number} {
  const work = {
    name: 'test',
    made: 0,
    make(block: ProseBlock) {
      work.made++
      return `${block.kind}:${block.text}@${block.sentences[0]?.words[0]?.from ?? -1}`
    }
  }
  return work
}

const blocksOf = (text: string): readonly ProseBlock[] => readDocument(text, 'ru').prose.blocks

describe('BlockCache', () => {
  it('makes a value once for each block text, wherever the block moves', () => {
    const cache = new BlockCache()
    const work = countingWork()
    cache.next()
    const first = blocksOf('Первый абзац.\n\nВторой абзац.\n')
    expect(first.map((block) => cache.get(work, block, 'ru'))).toEqual(['paragraph:Первый абзац.@0', 'paragraph:Второй абзац.@0'])
    expect(work.made).toBe(2)
    // A block added above moves the others: their values are kept, the new block's is made.
    cache.next()
    const second = blocksOf('Новый абзац.\n\nПервый абзац.\n\nВторой абзац.\n')
    expect(second.map((block) => cache.get(work, block, 'ru'))).toEqual(['paragraph:Новый абзац.@0', 'paragraph:Первый абзац.@0', 'paragraph:Второй абзац.@0'])
    expect(work.made).toBe(3)
  })

  it('makes a value anew for a block of the same text and another kind', () => {
    const cache = new BlockCache()
    const work = countingWork()
    cache.next()
    const [paragraph] = blocksOf('Введение\n')
    expect(cache.get(work, paragraph!, 'ru')).toBe('paragraph:Введение@0')
    cache.next()
    const [heading] = blocksOf('# Введение\n')
    expect(cache.get(work, heading!, 'ru')).toBe('heading:Введение@0')
    expect(work.made).toBe(2)
  })

  it('lets a text go once a version has not had it', () => {
    const cache = new BlockCache()
    const work = countingWork()
    const text = 'Абзац.\n'
    for (const version of [text, 'Другой.\n', 'Третий.\n', text]) {
      cache.next()
      for (const block of blocksOf(version)) cache.get(work, block, 'ru')
    }
    expect(work.made).toBe(4)
  })

  it('gives a lint the findings of a lint without it, version after version', () => {
    const glossary = builtinGlossary()
    const cache = new BlockCache()
    const found = (text: string, blockCache?: BlockCache): string[] =>
      findingsOf(checkTree(parseMarkdown(text), text, {glossary, ...(blockCache ? {blockCache} : {})}), text).map(
        (finding) => `${finding.ruleId} ${finding.place.start.line}:${finding.place.start.column} ${findingText(finding, 'en')}`
      )
    const versions = [
      'Данные хранятся в СУБД. Вход через CRМ.\n\nСистема управления базами данных (СУБД)\u00a0— хранилище.\n',
      'Система управления базами данных (СУБД)\u00a0— хранилище.\n\nДанные хранятся в СУБД. Вход через CRМ.\n',
      'Данные хранятся в СУБД. Вход через CRМ.\n'
    ]
    const expected = [
      ['undefined-abbreviation 1:19 Unexpected «СУБД» before its definition on line 3: define an abbreviation at its first use', 'mixed-script 1:36 Unexpected Cyrillic letter «М» in the Latin word «CRM»: it looks right but matches nothing'],
      ['mixed-script 3:36 Unexpected Cyrillic letter «М» in the Latin word «CRM»: it looks right but matches nothing'],
      ['undefined-abbreviation 1:19 Undefined abbreviation «СУБД»: define it in the terms section or at first use, as in “Full Name (СУБД)”, or add it to the glossary', 'mixed-script 1:36 Unexpected Cyrillic letter «М» in the Latin word «CRM»: it looks right but matches nothing']
    ]
    for (const [index, text] of versions.entries()) {
      expect(found(text, cache)).toEqual(found(text))
      expect(found(text)).toEqual(expected[index])
    }
  })
})
