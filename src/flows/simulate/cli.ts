// Filled in by issue 7's work: `meridian simulate …`.
/** Runs `meridian simulate` with the arguments after the command name; resolves to the exit code. */
export async function runSimulateCommand(_args: string[]): Promise<number> {
  process.stderr.write('simulate: not built yet\n');
  return 1;
}
