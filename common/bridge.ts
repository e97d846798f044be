/** What the Electron preload exposes on `window`: one named method per contract entry, and the events. */
import type { ArgsOfMethod, ReaderApiMethod, ResultOf } from './api.js';
import type { ApiResult } from './envelope.js';
import type { StagedUpload } from './imports.js';

/** The name under which the preload exposes the bridge. */
export const bridgeName = 'aksorn';

/**
 * Each method answers an envelope, so errors cross IPC with their code intact.
 * `onEvent` follows main's events; what it delivers is unchecked until the
 * renderer parses it with `readerEventSchema`.
 */
export type ReaderBridge = {
  readonly [K in ReaderApiMethod]: (...args: ArgsOfMethod<K>) => Promise<ApiResult<ResultOf<K>>>;
} & {
  readonly onEvent: (listener: (event: unknown) => void) => () => void;
  /** Stages a dropped or chosen file for import (common/imports.ts); answers its upload id. */
  readonly stageFile: (file: File) => Promise<ApiResult<StagedUpload>>;
};

/** The IPC channel the preload stages files on (the path of a File the user handed the page). */
export const stageChannel = 'reader-stage-file';
