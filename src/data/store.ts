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

/** Holds the last good dataset; a failed reload never replaces it. */
export class DataStore {
  private view: DataView;

  private constructor(
    readonly file: string,
    view: DataView,
  ) {
    this.view = view;
  }

  static async open(file: string): Promise<DataStore> {
    const result = await loadDatasetFile(file);
    if (!result.ok) throw new DataLoadError(file, result.errors);
    return new DataStore(file, buildView(result.dataset, result.version));
  }

  current(): DataView {
    return this.view;
  }

  /** Swaps in the file's current content if valid; returns the errors otherwise. */
  async reload(): Promise<{ ok: true; changed: boolean; version: string } | { ok: false; errors: DataError[] }> {
    const result = await loadDatasetFile(this.file);
    if (!result.ok) return { ok: false, errors: result.errors };
    const changed = result.version !== this.view.version;
    if (changed) this.view = buildView(result.dataset, result.version);
    return { ok: true, changed, version: result.version };
  }
}
