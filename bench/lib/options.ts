/** Command-line options of `npm run bench`. */
export interface Options {
  runs: number;
  skipBuild: boolean;
  trace: boolean;
  only: Set<string>;
  port: number | undefined;
}

export function parseOptions(argv: string[], sections: readonly string[], byDefault: readonly string[] = sections): Options {
  const o: Options = {
    runs: 9,
    skipBuild: false,
    trace: false,
    only: new Set(byDefault),
    port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--runs') o.runs = Math.max(5, Number(argv[++i]));
    else if (a === '--skip-build') o.skipBuild = true;
    else if (a === '--trace') o.trace = true;
    else if (a === '--only') o.only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--port') o.port = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  const unknown = [...o.only].filter((s) => !sections.includes(s));
  if (unknown.length) throw new Error(`unknown section(s) ${unknown.join(', ')}: choose from ${sections.join(', ')}`);
  return o;
}
