/**
 * The settings of each workspace folder, found and loaded as the `reqlint`
 * command finds them when run in that folder: the nearest configuration from
 * the folder up, its overrides, and the glossaries it names (each loaded once
 * and compiled once, until a watched file changes). A document outside every
 * folder gets the settings of its own directory.
 */
import path from 'node:path'
import {ConfigResolver, findConfig, Glossaries, loadGlossaryReader, type FileSettings, type LoadedConfig} from 'reqlint/settings'
import {DataError, type Glossary} from '@reqlint/core/lint'

/** What one document is linted with, or why it cannot be. */
export type DocumentSettings =
  | {readonly ok: true; readonly settings: FileSettings; readonly glossary: Glossary; readonly folder: Folder}
  | {readonly ok: false; readonly problem: DataError; readonly folder: Folder}

/** One folder's configuration and glossaries; thrown away whole when a watched file changes. */
export class Folder {
  /** Absolute path. */
  readonly root: string
  private loading: Promise<{resolver: ConfigResolver; loaded: LoadedConfig | undefined} | DataError> | undefined
  private glossaries = new Glossaries()

  constructor(root: string) {
    this.root = root
  }

  /** The settings and glossary for `file` (absolute); a bad configuration or glossary is returned, not thrown. */
  async settingsFor(file: string): Promise<DocumentSettings> {
    this.loading ??= load(this.root)
    const loaded = await this.loading
    if (loaded instanceof DataError) return {ok: false, problem: loaded, folder: this}
    const {settings} = loaded.resolver.resolve(file)
    try {
      await loadGlossaryReader(settings.glossary !== undefined)
      return {ok: true, settings, glossary: this.glossaries.get(settings.glossary), folder: this}
    } catch (error) {
      if (error instanceof DataError) return {ok: false, problem: error, folder: this}
      throw error
    }
  }

  /** The configuration file, when the folder has one and it loaded. */
  async configFile(): Promise<string | undefined> {
    this.loading ??= load(this.root)
    const loaded = await this.loading
    return loaded instanceof DataError ? undefined : loaded.loaded?.file
  }

  /** Forgets the configuration and glossaries: the next document loads them again. */
  reset(): void {
    this.loading = undefined
    this.glossaries = new Glossaries()
  }
}

async function load(root: string): Promise<{resolver: ConfigResolver; loaded: LoadedConfig | undefined} | DataError> {
  try {
    const loaded = await findConfig(root)
    return {resolver: await ConfigResolver.create(loaded, {glossary: [], rules: {}}), loaded}
  } catch (error) {
    if (error instanceof DataError) return error
    throw error
  }
}

/** The workspace folders, and a folder of its own for each directory holding a document outside them. */
export class Folders {
  private readonly workspace = new Map<string, Folder>()
  private readonly loose = new Map<string, Folder>()

  /** Replaces the workspace folders (absolute paths), keeping the loaded ones that stay. */
  setWorkspace(roots: readonly string[]): void {
    const wanted = new Set(roots.map((root) => path.resolve(root)))
    for (const root of this.workspace.keys()) if (!wanted.has(root)) this.workspace.delete(root)
    for (const root of wanted) if (!this.workspace.has(root)) this.workspace.set(root, new Folder(root))
  }

  /** The innermost workspace folder holding `file`, else its directory's folder. */
  folderOf(file: string): Folder {
    let best: Folder | undefined
    for (const folder of this.workspace.values()) {
      const relative = path.relative(folder.root, file)
      const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
      if (inside && (!best || folder.root.length > best.root.length)) best = folder
    }
    if (best) return best
    const directory = path.dirname(file)
    let folder = this.loose.get(directory)
    if (!folder) {
      folder = new Folder(directory)
      this.loose.set(directory, folder)
    }
    return folder
  }

  /** Every folder loaded so far. */
  all(): Folder[] {
    return [...this.workspace.values(), ...this.loose.values()]
  }
}
