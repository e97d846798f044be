/**
 * Browser mode's access token, like Jupyter's: a secret made for each run and
 * printed in the address the server opens. The first visit with `?token=`
 * trades it for an HttpOnly, SameSite=Strict cookie; every other request must
 * carry the cookie (or, for scripts and tests, the X-Aksorn-Token header).
 * Other local users and processes, and pages of other sites, have neither.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const tokenCookie = 'aksorn-token';
export const tokenHeader = 'x-aksorn-token';
export const tokenParameter = 'token';

export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The Set-Cookie value that carries the token for the rest of the run. */
export function tokenCookieValue(token: string): string {
  return `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** True when the request carries this run's token, in the cookie or the header. */
export function carriesToken(request: IncomingMessage, token: string): boolean {
  const header = request.headers[tokenHeader];
  if (typeof header === 'string' && sameSecret(header, token)) return true;
  return cookieValues(request.headers.cookie, tokenCookie).some((value) => sameSecret(value, token));
}

/** Compared in constant time, so the answer's timing says nothing about how much of a guess was right. */
export function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookieValues(header: string | undefined, name: string): string[] {
  if (!header) return [];
  return header
    .split(';')
    .map((pair) => pair.trim().split('='))
    .filter(([key]) => key === name)
    .map(([, ...value]) => value.join('='));
}
