/**
 * The CLI without process globals: dispatches to the command table and maps failures to
 * exit codes (0 done, 1 error, 2 usage) with one-line messages, never a stack trace.
 */
import { parseCommandArgs } from './args.js';
import { UsageError, type Command, type Io } from './command.js';
import { commands } from './commands.js';

const program = 'aksorn';

/** The general usage text. */
export function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  const lines = commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`);
  return [`Usage: ${program} <command> [options]`, '', 'Commands:', ...lines, '', `Run "${program} <command> --help" for one command.`, ''].join('\n');
}

function commandUsage(command: Command): string {
  return `Usage: ${program} ${command.usage}\n\n${command.summary}.\n`;
}

// Messages may quote user input; whatever it holds, the answer stays on one line.
function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

const helpWords = new Set(['--help', '-h', 'help']);

/** Runs the CLI on `argv` (without node and script) and answers the exit code. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name !== undefined && helpWords.has(name)) {
      const topic = commands.find((c) => c.name === rest[0]);
      io.out(topic ? commandUsage(topic) : usage());
      return 0;
    }
    if (name === undefined) throw new UsageError('missing command');
    const command = commands.find((c) => c.name === name);
    if (command === undefined) throw new UsageError(`unknown command "${name}"`);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.help) {
      io.out(commandUsage(command));
      return 0;
    }
    await command.run(parsed, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${program}: ${oneLine(error.message)}\n${error.command ? commandUsage(error.command) : usage()}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${program}: ${oneLine(message) || 'unexpected error'}\n`);
    return 1;
  }
}
