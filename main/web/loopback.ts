/** Which Host and Origin headers browser mode answers: loopback names only. */

const loopbackHostnames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * True when a Host header names this machine's loopback interface. Refusing
 * every other name defeats DNS rebinding: a page from evil.example whose name
 * now resolves to 127.0.0.1 still sends `Host: evil.example`.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  try {
    return loopbackHostnames.has(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

/**
 * True when an Origin header (sent by browsers on cross-site requests) is this
 * server's own origin: a loopback name on `port`. Another local server's page
 * (another port) is another origin.
 */
export function isLoopbackOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && loopbackHostnames.has(url.hostname) && Number(url.port || 80) === port;
  } catch {
    return false;
  }
}
