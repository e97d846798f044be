import { addressOf, type Place } from '../../common/address';

/** The whole link to a place, for copying: this page's address with the place's fragment. */
export function linkTo(place: Place): string {
  // file: pages have the opaque origin "null"; fall back to the scheme so the link still works.
  const origin = location.origin !== 'null' ? location.origin : `${location.protocol}//${location.host}`;
  return origin + location.pathname + addressOf(place);
}
