/** The window title: the article's title (when known), then the app name. */
export function documentTitle(title: string | null, appName: string): string {
  // Plain text cannot hold a <bdi>: FSI … PDI isolate the title the same way, so
  // an Arabic or Hebrew title cannot pull " — Aksorn" into its own direction.
  return title ? `\u2068${title}\u2069 — ${appName}` : appName;
}
