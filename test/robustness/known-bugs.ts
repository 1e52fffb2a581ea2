/**
 * Inputs that hit a core bug already reported (see regressions.test.ts, whose
 * skipped tests are marked `// core bug reported: …`). The property tests skip
 * such inputs with `fc.pre` so that they keep hunting for new bugs; when core
 * is fixed, un-skip the regression test and empty the matching entry here.
 */

/** Character references CommonMark decodes that the generators produce. */
const knownEntities = new Set(['amp', 'AMP', 'nbsp', 'copy', 'lt', 'gt', 'quot'])

const knownBugs: ReadonlyArray<{readonly name: string; readonly hits: (text: string) => boolean}> = [
  {
    // core bug reported: prose.ts `characterReference` takes any `&name;` for a character reference,
    // but an unknown name stays literal text: every later offset of the block drifts.
    name: 'unknown named character reference',
    hits: (text) => [...text.matchAll(/&([A-Za-z][A-Za-z0-9]{1,31});/gu)].some((match) => !knownEntities.has(match[1]!))
  },
  {
    // core bug reported: prose.ts `spanOf` ends a word at the first code unit of its last character's
    // source, so a word ending in a character reference («C&#1040;») ends inside the reference.
    name: 'character reference at the end of a word',
    hits: (text) =>
      [...text.matchAll(/&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/gu)].some((match) => {
        const code = match[1] === undefined ? Number.parseInt(match[2]!, 16) : Number.parseInt(match[1], 10)
        return code <= 0x10ffff && /[\p{L}\p{N}\p{M}]/u.test(String.fromCodePoint(code))
      })
  },
  {
    // core bug reported: an invisible character (soft hyphen, zero-width space) inside or at the edge of
    // an abbreviation changes it: «A\u00ADD» is an undefined «A­D», «C\u200BRM» an undefined «RM».
    name: 'invisible character in an abbreviation',
    hits: (text) => /[\u00AD\u200B-\u200D\u2060\uFEFF]\p{Lu}|\p{Lu}[\u00AD\u200B-\u200D\u2060\uFEFF]/u.test(text)
  }
]

/** The reported bug an input hits, if any. */
export function knownBug(text: string): string | undefined {
  return knownBugs.find((bug) => bug.hits(text))?.name
}

/** The reported bug a fix of `source` hits, if any. */
export function knownFixBug(source: string, span: {readonly start: number; readonly end: number}): string | undefined {
  // core bug reported: a fix whose span crosses inline syntax (`CR**М**`, `Cr*m*`, `клиентами[T](…)`)
  // replaces the syntax with the fixed word: `--fix` breaks the Markdown.
  if (/[*_~`[\]\\<>!]/u.test(source.slice(span.start, span.end))) return 'fix across inline syntax'
  // core bug reported: a fix of a word glued to a GFM autolink literal (`user@example.com-ААuser`)
  // turns it into Latin letters that the autolink then swallows: the link changes.
  const before = /\S*$/u.exec(source.slice(0, span.start))?.[0] ?? ''
  const after = /^\S*/u.exec(source.slice(span.end))?.[0] ?? ''
  if (/@|www\.|:\/\//u.test(before + after)) return 'fix next to an autolink literal'
  return undefined
}
