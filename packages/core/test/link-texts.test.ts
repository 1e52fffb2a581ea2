import {describe, expect, it} from 'vitest'
import {isCitedTitle, linkTargetAround} from '../src/link-texts.js'

/** The offsets of `word` in `source` (its first occurrence). */
function at(source: string, word: string): [number, number] {
  const start = source.indexOf(word)
  return [start, start + word.length]
}

describe('linkTargetAround', () => {
  it('reads an inline link’s target', () => {
    const source = 'See [the Web Font Loader](https://github.com/typekit/webfontloader "Loader").'
    expect(linkTargetAround(source, ...at(source, 'Font'))).toBe('https://github.com/typekit/webfontloader')
  })

  it('looks a full or collapsed reference up in the definitions', () => {
    const source = '* [OWASP Testing Guide: Test Cross Origin][9]\n* [Cross Origin][]\n\n[9]: https://owasp.org/cors\n[cross origin]: <https://example.org/x>\n'
    expect(linkTargetAround(source, ...at(source, 'Test'))).toBe('https://owasp.org/cors')
    const second = source.indexOf('Cross', source.indexOf('\n'))
    expect(linkTargetAround(source, second, second + 5)).toBe('https://example.org/x')
  })

  it('is undefined outside a link’s text, or across a blank line', () => {
    const source = 'Plain [text] here, and [a\n\nlink](https://example.org).'
    expect(linkTargetAround(source, ...at(source, 'Plain'))).toBeUndefined()
    expect(linkTargetAround(source, ...at(source, 'text'))).toBeUndefined()
    expect(linkTargetAround(source, ...at(source, 'link'))).toBeUndefined()
  })

  it('reads a link text hard-wrapped onto the next line of its paragraph, from either line', () => {
    const source = '- [WA Cyber Security\n  Policy](https://www.wa.gov.au/policy)\n- [Privacy Act][act]\n\n[act]: https://example.org/act\n'
    expect(linkTargetAround(source, ...at(source, 'Security'))).toBe('https://www.wa.gov.au/policy')
    expect(linkTargetAround(source, ...at(source, 'Policy'))).toBe('https://www.wa.gov.au/policy')
  })
})

describe('isCitedTitle', () => {
  it('is a link to another site whose text gives a source, a colon and a title', () => {
    const source = '- [TEP-0046: Finally tasks execution post pipelinerun timeout](https://github.com/tektoncd/community/pull/326)'
    expect(isCitedTitle(source, ...at(source, 'pipelinerun'))).toBe(true)
  })

  it('is a link whose text gives a title, a spaced dash and its source', () => {
    const source = '> * [Использование @font-face - CSS-Tricks](https://css-tricks.com/snippets/css/using-font-face/)'
    expect(isCitedTitle(source, ...at(source, 'font-face'))).toBe(true)
    const owasp = '> [Cross-Site Request Forgery (CSRF) Prevention Cheat Sheet  - OWASP](https://www.owasp.org/)'
    expect(isCitedTitle(owasp, ...at(owasp, 'Cross-Site'))).toBe(true)
    // A hyphen inside a word is no such dash.
    const own = 'Use the [client-side cache](https://example.org/cache) here.'
    expect(isCitedTitle(own, ...at(own, 'client-side'))).toBe(false)
  })

  it('is a link that is a list item’s whole text, at most an icon before it', () => {
    const reading = '* 📖 [30 советов по улучшению производительности Javascript](http://www.monitis.com/blog/)\n'
    expect(isCitedTitle(reading, ...at(reading, 'Javascript'))).toBe(true)
    const numbered = '1. [Github Actions concurrency controls](https://docs.github.com/en/actions).'
    expect(isCitedTitle(numbered, ...at(numbered, 'Github'))).toBe(true)
    // Words after the link make the item the document's own sentence.
    const sentence = '- [Github Actions](https://docs.github.com/en/actions) run the checks.'
    expect(isCitedTitle(sentence, ...at(sentence, 'Github'))).toBe(false)
    // So do words before it.
    const lead = '- See [Github Actions](https://docs.github.com/en/actions)'
    expect(isCitedTitle(lead, ...at(lead, 'Github'))).toBe(false)
  })

  it('is not the document’s own words with a link, nor a link within the document', () => {
    const own = 'Use the [pipelinerun timeouts](https://tekton.dev/docs/) page.'
    expect(isCitedTitle(own, ...at(own, 'pipelinerun'))).toBe(false)
    const anchor = 'See [Spec: pipelinerun](#spec).'
    expect(isCitedTitle(anchor, ...at(anchor, 'pipelinerun'))).toBe(false)
  })
})
