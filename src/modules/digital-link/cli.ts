// `meridian dl parse <uri>`: check a GS1 Digital Link URI from the command line.
import { describeDigitalLink } from './service.ts';

const HELP = `Usage:
  meridian dl parse <uri>
      Parse a GS1 Digital Link URI strictly by the standard (quote it: & ? # mean something to the shell).
      Prints the AIs as JSON ({ais, primary_key, qualifiers, attributes, uri}) and exits 0; on a fault
      prints one line "<code>: <detail>" on stderr and exits 2 (e.g. "bad_check_digit: (01) ...").
  meridian dl help
      This text.`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs `meridian dl …` (argv after "dl"); resolves to the exit code: 0 parsed, 2 a fault or bad usage. */
export async function runDigitalLinkCommand(argv: readonly string[], io: Io = stdio): Promise<number> {
  const [sub, ...rest] = argv;
  const wantsHelp = (a: string | undefined) => a === 'help' || a === '--help' || a === '-h';
  if (wantsHelp(sub) || (sub === 'parse' && wantsHelp(rest[0]))) {
    io.out(`${HELP}\n`);
    return 0;
  }
  if (sub !== 'parse' || rest.length !== 1) {
    io.err(`usage: meridian dl parse <uri>  (see meridian dl help)\n`);
    return 2;
  }
  const result = describeDigitalLink(rest[0]!);
  if (!result.ok) {
    // One line, whatever the detail quotes.
    io.err(`${result.code}: ${result.detail.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
  io.out(`${JSON.stringify(result.description, null, 2)}\n`);
  return 0;
}
