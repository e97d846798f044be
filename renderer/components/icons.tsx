/** Small inline SVG icons; decorative, so hidden from assistive technology. */

/** One stroked path on a 24-unit grid: what every icon here is. */
function StrokeIcon({
  d,
  size = 18,
  strokeWidth = 2,
  filled = false,
}: {
  d: string;
  size?: number;
  strokeWidth?: number;
  filled?: boolean;
}) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
        d={d}
      />
    </svg>
  );
}

/** A chain link, for "copy link". */
export function LinkIcon() {
  return (
    <StrokeIcon d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
  );
}

/** A bulleted list, for the table-of-contents toggle. */
export function ListIcon() {
  return <StrokeIcon d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />;
}

/** A check mark, for "copied". */
export function CheckIcon() {
  return <StrokeIcon size={16} strokeWidth={2.5} d="M5 12.5l4.5 4.5L19 7.5" />;
}

/** A magnifying glass, for the search box. */
export function SearchIcon() {
  return <StrokeIcon d="M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM15.5 15.5 20 20" />;
}

/** A cross, for "clear" and "close". */
export function CloseIcon() {
  return <StrokeIcon size={16} strokeWidth={2.25} d="M6 6l12 12M18 6 6 18" />;
}

/** A chevron pointing up, for "previous". */
export function ChevronUpIcon() {
  return <StrokeIcon strokeWidth={2.25} d="M6 15l6-6 6 6" />;
}

/** A chevron pointing down, for "next". */
export function ChevronDownIcon() {
  return <StrokeIcon strokeWidth={2.25} d="M6 9l6 6 6-6" />;
}

/** A chevron pointing left, for "back". */
export function ChevronLeftIcon() {
  return <StrokeIcon strokeWidth={2.25} d="M15 6l-6 6 6 6" />;
}

/** A chevron pointing right, for "forward". */
export function ChevronRightIcon() {
  return <StrokeIcon strokeWidth={2.25} d="M9 6l6 6-6 6" />;
}

/** A bookmark ribbon, filled when the place is bookmarked. */
export function BookmarkIcon({ filled = false }: { filled?: boolean }) {
  return <StrokeIcon filled={filled} d="M6.5 3.5h11a1 1 0 0 1 1 1v16l-6.5-4.5-6.5 4.5v-16a1 1 0 0 1 1-1Z" />;
}

/** Books on a shelf, for the library. */
export function LibraryIcon() {
  return <StrokeIcon d="M4.5 4.5h4v15h-4zM8.5 7.5h4v12h-4zM13.6 8.2l3.9-1 3 11.6-3.9 1zM3 19.5h18" />;
}

/** An arrow into a tray, for "import". */
export function ImportIcon() {
  return <StrokeIcon size={16} d="M12 4v11M7.5 10.5 12 15l4.5-4.5M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4" />;
}

/** A pencil, for "edit". */
export function EditIcon() {
  return <StrokeIcon size={16} d="M4 20h4L19 9a2.83 2.83 0 0 0-4-4L4 16v4ZM13.5 6.5l4 4" />;
}

/** A bin, for "delete". */
export function TrashIcon() {
  return <StrokeIcon size={16} d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3" />;
}

/** Two letter forms, small and large, for the reading settings. */
export function TypeIcon() {
  return <StrokeIcon d="M3 19l4-10 4 10M4.6 15h4.8M13 19l4.5-14L22 19M14.6 14h5.8" />;
}
