/**
 * Search's folding lives in common/fold.ts: the renderer's bookmark search
 * folds text the same way the library's search does.
 */
export * from '../../common/fold.js';
