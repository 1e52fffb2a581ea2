/** A point in the Markdown source: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** A range of the Markdown source, end exclusive. The one location type of reqlint. */
export interface Place {
  readonly start: Point
  readonly end: Point
}

/** A range of source offsets, end exclusive; turned into a {@link Place} only when reported. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** Offsets of `text` to 1-based lines: the line starts found once, each offset by binary search. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0]
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }
}
