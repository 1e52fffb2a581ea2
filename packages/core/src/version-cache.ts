/**
 * What one version of a document computed, kept for the next version of the
 * same document (a language server's open file re-linted on every edit).
 * Each version keeps only the entries it used, so the cache holds about one
 * version's worth, however long the document is edited.
 */
export class VersionCache<Value> {
  private previous = new Map<string, Value>()
  private current = new Map<string, Value>()

  /** The value for `key`, from the last version or made now. */
  get(key: string, make: () => Value): Value {
    let value = this.current.get(key) ?? this.previous.get(key)
    if (value === undefined) value = make()
    this.current.set(key, value)
    return value
  }

  /** Replaces the value for `key` in this version. */
  set(key: string, value: Value): void {
    this.current.set(key, value)
  }

  /** A new version starts: forgets the entries the last one did not use. */
  next(): void {
    this.previous = this.current
    this.current = new Map()
  }
}
