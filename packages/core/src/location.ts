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
