/**
 * The round brackets around a word: a list of examples, a gloss, a value
 * among values. Several checks ask; they share this one search, which looks only
 * within the bounds it is given (the sentence, or a reach around the word):
 * a search through the whole block for every word made a long paragraph
 * without brackets quadratic (a 5 MB line took minutes).
 */

/** How far from a word its brackets are looked for when no sentence bounds the search. */
export const bracketReach = 300

/**
 * The offsets of the «(» before `from` and the «)» after `to` that enclose
 * them, with no other bracket between, looked for within `start`–`end`;
 * undefined when there are none.
 */
export function enclosingBrackets(text: string, from: number, to: number, start = from - bracketReach, end = to + bracketReach): {open: number; close: number} | undefined {
  const lower = Math.max(0, start)
  const before = text.slice(lower, from)
  const openAt = before.lastIndexOf('(')
  if (openAt === -1 || before.slice(openAt).includes(')')) return undefined
  const after = text.slice(to, end)
  const closeAt = after.indexOf(')')
  if (closeAt === -1 || after.slice(0, closeAt).includes('(')) return undefined
  return {open: lower + openAt, close: to + closeAt}
}
