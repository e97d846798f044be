/** Where an article opens on a visit: the history's arrival, read against the article's sections. */
import type { Landing } from '../features/reading/useReadingPosition';
import { sectionOfBareFragment } from '../../common/address';
import type { Arrival, Visit } from './useHistory';

/** The section the visit's address names, if the article has it; none on a return, which goes back to a scroll position. */
export function addressedSection({ place, arrival }: Visit, sectionIds: readonly string[]): string | null {
  if (arrival.kind === 'return') return null;
  if (arrival.kind === 'start') return sectionOfBareFragment(arrival.fragment, sectionIds);
  const sectionId = place?.view === 'article' ? place.sectionId : null;
  return sectionId !== null && sectionIds.includes(sectionId) ? sectionId : null;
}

/** Where the page goes on arrival: a named section wins; then back to where it was left, to the top, or to where the reader stopped. */
export function landingOf(arrival: Arrival, addressed: string | null): Landing {
  if (addressed !== null) return { at: 'section' };
  if (arrival.kind === 'return') return arrival.spot.position ? { at: 'position', position: arrival.spot.position } : { at: 'top' };
  if (arrival.kind === 'open' && !arrival.resume) return { at: 'top' };
  return { at: 'stored' };
}
