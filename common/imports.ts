/**
 * Imports as the renderer sees them. Bytes reach main first, by the
 * transport's own way (browser mode: `POST uploadsPath`; Electron: the
 * dropped or chosen file's path), each answering an upload id; `startImport`
 * then queues a job over those uploads, which reports as `importProgress`
 * events and through `listImports`.
 */
import { z } from 'zod';
import { idSchema } from './fields.js';

export const importStates = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;
export type ImportState = (typeof importStates)[number];

/** A file refused, or a page in it skipped: which, and why (one line in English). */
export const importProblemSchema = z
  .strictObject({ file: z.string(), title: z.string().nullable(), reason: z.string() })
  .readonly();
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** A job keeps this many problems to show; `skipped` still counts them all. */
export const maxListedProblems = 200;

export const importJobSchema = z
  .strictObject({
    id: idSchema,
    state: z.enum(importStates),
    /** The files' names, in the order they are read. */
    files: z.array(z.string()).readonly(),
    /** Bytes of the files read so far (compressed bytes for a .bz2), and their sum (0 while unknown). */
    bytesRead: z.int(),
    bytesTotal: z.int(),
    /** Articles new to the library, updated in place, already there as they are; redirects kept as titles; pages and files skipped. */
    imported: z.int(),
    updated: z.int(),
    unchanged: z.int(),
    aliases: z.int(),
    skipped: z.int(),
    /** The page being read now. */
    currentTitle: z.string().nullable(),
    /** ISO 8601; null while queued / running. */
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    /** The first `maxListedProblems` problems. */
    problems: z.array(importProblemSchema).readonly(),
    /** Why a failed job stopped. */
    error: z.string().nullable(),
  })
  .readonly();
export type ImportJob = z.infer<typeof importJobSchema>;

/** A job before it starts: nothing read, nothing counted. */
export function queuedJob(id: string, files: readonly string[]): ImportJob {
  return {
    id,
    state: 'queued',
    files,
    bytesRead: 0,
    bytesTotal: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    aliases: 0,
    skipped: 0,
    currentTitle: null,
    startedAt: null,
    finishedAt: null,
    problems: [],
    error: null,
  };
}

/** An upload, as browser mode's upload endpoint and Electron's file staging answer it. */
export const stagedUploadSchema = z.strictObject({ upload: idSchema }).readonly();
export type StagedUpload = z.infer<typeof stagedUploadSchema>;

/** Browser mode's upload endpoint: POST, the file's bytes as the body, its name in `uploadNameHeader` (URI-encoded). */
export const uploadsPath = '/api/uploads';
export const uploadNameHeader = 'X-Aksorn-File-Name';
