/** How to start a worker thread: from source under tsx (browser mode, tests), or the built file (the Electron app). */
export interface WorkerSpec {
  readonly url: URL;
  readonly execArgv: readonly string[];
}

/** The worker's TypeScript source, run under tsx. */
export function sourceWorker(url: URL): WorkerSpec {
  return { url, execArgv: ['--import', 'tsx'] };
}
