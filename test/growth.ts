/**
 * A complexity check for tests, free of time budgets: how much more each input character costs
 * when the input is `factor` times longer. Linear work gives about 1 and quadratic work about
 * `factor`, whatever the speed of the machine. Each side is the best of several runs, and the
 * short input is run `factor` times per sample so that both sides handle the same number of
 * characters; a busy machine slows both alike.
 */
export function costGrowth(
  run: (input: string) => unknown,
  makeInput: (length: number) => string,
  {short = 2048, factor = 16, samples = 5} = {},
): number {
  const small = makeInput(short);
  const large = makeInput(short * factor);
  // Warm up the JIT on both shapes first.
  run(small);
  run(large);
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let sample = 0; sample < samples; sample++) {
    let start = performance.now();
    for (let i = 0; i < factor; i++) run(small);
    bestSmall = Math.min(bestSmall, performance.now() - start);
    start = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, performance.now() - start);
  }
  // A floor of 0.05 ms keeps a too-fast-to-measure small side from inflating the ratio.
  return bestLarge / Math.max(bestSmall, 0.05);
}
