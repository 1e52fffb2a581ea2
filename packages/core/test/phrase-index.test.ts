/**
 * The names index keys names by the first letters of their first word's forms: names that share
 * those letters but not the word must not match it, and among the names a word starts, the longest
 * that matches wins, the first added among equals, as when every form was a key of its own.
 */
import {describe, expect, it} from 'vitest'
import {parseMarkdown} from '../src/markdown.js'
import {PhraseIndex} from '../src/phrase-index.js'
import {buildProse} from '../src/prose.js'

function matches(index: PhraseIndex<string>, text: string): string[] {
  const prose = buildProse(parseMarkdown(text), text, 'ru')
  return prose.blocks.flatMap((block) => block.sentences).flatMap((sentence) => index.match(sentence).map((match) => `${match.name.value}: ${prose.source.slice(match.span.start, match.span.end)}`))
}

describe('PhraseIndex', () => {
  it('tells apart names whose first words share their first letters', () => {
    const index = new PhraseIndex<string>()
    index.add('систематизация данных', 'систематизация')
    index.add('система учета', 'система')
    index.add('системный журнал', 'журнал')
    expect(matches(index, 'Система учета ведет системный журнал; систематизацию данных делает система учета.')).toEqual([
      'система: Система учета',
      'журнал: системный журнал',
      'систематизация: систематизацию данных',
      'система: система учета'
    ])
    expect(matches(index, 'Системы нет, систем учета две.')).toEqual(['система: систем учета'])
  })

  it('keeps the longest name, the first added among names of one length', () => {
    const index = new PhraseIndex<string>()
    index.add('карточка', 'short')
    index.add('карточка клиента', 'first')
    index.add('карточка клиента', 'second')
    index.add('карточки', 'plural')
    expect(matches(index, 'Открыть карточку клиента и карточку.')).toEqual(['first: карточку клиента', 'short: карточку'])
  })

  it('matches words shorter than the key', () => {
    const index = new PhraseIndex<string>()
    index.add('ПО', 'software', {inflect: false, capitals: true})
    index.add('по', 'preposition', {inflect: false})
    index.add('поле', 'field')
    expect(matches(index, 'ПО по полю.')).toEqual(['software: ПО', 'preposition: по', 'field: полю'])
  })
})
