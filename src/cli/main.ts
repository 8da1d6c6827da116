/**
 * The command line. Only this file turns errors into exit codes; nothing below it exits the process.
 * Every failure is one line on stderr (`yusuan: …`), never a stack trace.
 */
import { parse, UsageError, type Command, type Io } from './command.ts';
import { parseCommand } from './commands/parse.ts';
import { figuresCommand } from './commands/figures.ts';
import { checkCommand } from './commands/check.ts';
import { rulesCommand } from './commands/rules.ts';
import { importCommand } from './commands/import.ts';
import { serveCommand } from './commands/serve.ts';
import { renderCommand } from './commands/render.ts';
import { templateCommand } from './commands/template.ts';
import { batchCommand } from './commands/batch.ts';
import { workerCommand } from './commands/worker.ts';
import { backupCommand, restoreCommand } from './commands/backup.ts';
import { userCommand } from './commands/user.ts';
import { ledgerCommand } from './commands/ledger.ts';
import { oneLine } from '../read/failure.ts';

// A command module holds only its name, help and options at the top: what it runs (the readers, the checker, the
// store, the writers) it imports inside run, so that `yusuan --help` or `yusuan figures` loads nothing else.
export const COMMANDS: Command[] = [
  parseCommand,
  figuresCommand,
  checkCommand,
  rulesCommand,
  importCommand,
  serveCommand,
  renderCommand,
  templateCommand,
  batchCommand,
  workerCommand,
  backupCommand,
  restoreCommand,
  userCommand,
  ledgerCommand,
];

// A reader that stops early (`yusuan figures … | head`) closes the pipe: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const stdio: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'yusuan — read, check, write and publish departmental budget and final-accounts disclosures (部门预算/决算公开)',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 ok; 1 findings of error severity (check) or refused (render); 2 unreadable input or bad usage.',
  ].join('\n');
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`yusuan: unknown command "${name}"\n${help()}`);
    return 2;
  }
  try {
    const args = parse(cmd, rest);
    if (args.values.help) {
      io.out(`${cmd.summary}\nusage: ${cmd.usage}`);
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) io.err(`yusuan ${name}: ${e.message}`);
    else io.err(`yusuan ${name}: internal error: ${oneLine((e as Error)?.message ?? String(e))} (please report this)`);
    return 2;
  }
}
