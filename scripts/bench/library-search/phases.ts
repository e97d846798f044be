/** What the parent asks a child of the library bench, and what each phase answers. */
import type { AddFigures } from './addArticle.js';
import type { CopyBuildFigures } from './copyBuild.js';
import type { EngineFiles } from './engines/types.js';
import type { EngineSpec } from './engines/registry.js';
import type { FlexBuildFigures } from './engines/flexsearch.js';
import type { SearchFigures } from './measure.js';
import type { ServiceFigures } from './service.js';
import type { WindowVerdict } from './verify.js';

export type PhaseRequest =
  | { readonly phase: 'search'; readonly engine: EngineSpec; readonly files: EngineFiles; readonly mixFile: string; readonly k: number }
  | { readonly phase: 'flexsearch-build'; readonly dbFile: string; readonly flexFile: string }
  | { readonly phase: 'copy-build'; readonly dbFile: string; readonly copyFile: string }
  | { readonly phase: 'verify'; readonly dbFile: string; readonly mixFile: string; readonly k: number; readonly windowSizes: readonly number[] }
  | { readonly phase: 'service'; readonly dbFile: string; readonly mixFile: string; readonly k: number }
  | { readonly phase: 'add'; readonly dbFile: string; readonly seed: number };

export interface PhaseAnswers {
  readonly search: SearchFigures;
  readonly 'flexsearch-build': FlexBuildFigures;
  readonly 'copy-build': CopyBuildFigures;
  readonly verify: readonly WindowVerdict[];
  readonly service: ServiceFigures;
  readonly add: AddFigures;
}

export type Phase = PhaseRequest['phase'];
