/** Exported bookmark files: their names and types, and saving one through the browser's download. */
/** JSON (to import again) or Markdown (to read). */
export type BookmarkExportFormat = 'json' | 'markdown';

const extensions: { readonly [F in BookmarkExportFormat]: string } = { json: 'json', markdown: 'md' };
const types: { readonly [F in BookmarkExportFormat]: string } = {
  json: 'application/json',
  markdown: 'text/markdown',
};

/** "aksorn-bookmarks-2025-01-31.json": dated, so exports made on different days do not overwrite each other. */
export function exportFileName(format: BookmarkExportFormat, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `aksorn-bookmarks-${day}.${extensions[format]}`;
}

/** Saves text as a file: a Blob behind a temporary link with `download`, which Electron handles too. */
export function downloadText(fileName: string, text: string, format: BookmarkExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${types[format]};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; revoking later keeps slow starts safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
