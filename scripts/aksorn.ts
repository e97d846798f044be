/**
 * The Aksorn command line: `npm run --silent aksorn -- <command> …`. See cli/commands.ts.
 */
import { runCli } from './cli/run.js';

// A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`aksorn: cannot write output (${error.code ?? error.message})\n`);
  process.exit(1);
});

// exitCode rather than exit(): exit() could cut off JSON still being written to a pipe.
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
