/**
 * A start-up that cannot go on, with one paragraph for the person starting
 * the app: what is wrong, where, and what to do. Shells show the message
 * (a dialog, stderr) and exit; never a stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
