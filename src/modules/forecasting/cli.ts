// Filled in by issue 7's work: `meridian forecast …` and `meridian forecast eval …`.
/** Runs `meridian forecast` with the arguments after the command name; resolves to the exit code. */
export async function runForecastCommand(_args: string[]): Promise<number> {
  process.stderr.write('forecast: not built yet\n');
  return 1;
}
