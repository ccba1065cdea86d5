/**
 * The dataset being served: loaded at start-up, swapped in on a valid reload, and kept when a
 * reload fails.
 */
import { formatDataErrors, loadDatasetFile, type DataError } from './load.ts';
import { buildView, type DataView } from './view.ts';

export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly errors: DataError[],
  ) {
    super(`${file} is not valid:\n${formatDataErrors(errors)}`);
    this.name = 'DataLoadError';
  }
}

type ReloadResult =
  { ok: true; changed: boolean; version: string; view: DataView } | { ok: false; errors: DataError[]; json?: unknown };

/** Holds the last good dataset (and its text, for `/data restore`); a failed reload never replaces it. */
export class DataStore {
  private view: DataView;
  private text: string;
  private readonly reloadListeners: ((result: ReloadResult) => void)[] = [];

  private constructor(
    readonly file: string,
    private readonly maxBytes: number | undefined,
    view: DataView,
    text: string,
  ) {
    this.view = view;
    this.text = text;
  }

  static async open(file: string, maxBytes?: number): Promise<DataStore> {
    const result = await loadDatasetFile(file, maxBytes);
    if (!result.ok) throw new DataLoadError(file, result.errors);
    return new DataStore(file, maxBytes, buildView(result.dataset, result.version), result.text);
  }

  current(): DataView {
    return this.view;
  }

  /** The text of the data being served: the last good version of the file. */
  currentText(): string {
    return this.text;
  }

  /** Swaps in the file's current content if valid; returns the errors otherwise. */
  async reload(): Promise<ReloadResult> {
    const loaded = await loadDatasetFile(this.file, this.maxBytes);
    let result: ReloadResult;
    if (!loaded.ok) result = { ok: false, errors: loaded.errors, json: loaded.json };
    else {
      const changed = loaded.version !== this.view.version;
      if (changed) {
        this.view = buildView(loaded.dataset, loaded.version);
        this.text = loaded.text;
      }
      result = { ok: true, changed, version: loaded.version, view: this.view };
    }
    for (const listener of this.reloadListeners) listener(result);
    return result;
  }

  /** Told the outcome of every reload, whoever asked for it (watcher, /data, sync): the metrics count them. */
  onReload(listener: (result: ReloadResult) => void): void {
    this.reloadListeners.push(listener);
  }
}
