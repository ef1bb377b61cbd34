// The logic of scripts/test-all.mjs, apart from spawning processes, so that it is tested in Node.

/**
 * @typedef {{name: string, command: string, args: string[]}} Stage
 * @typedef {Stage | Stage[]} Step A stage, or stages that run at the same time.
 * @typedef {{name: string, status: 'passed' | 'failed' | 'not run', exitCode: number | null, ms: number}} StageResult
 */

/**
 * Runs the steps in order until a stage exits non-zero; the stages of one step run at the same
 * time, and all of them finish before the run stops. `run` resolves to a stage's exit code; `now`
 * returns milliseconds. The overall exit code is the first failing stage's, or 0; `ms` is the time
 * from the first stage's start to the last one's end.
 * @param {Step[]} steps
 * @param {(stage: Stage) => Promise<number>} run
 * @param {() => number} now
 * @returns {Promise<{results: StageResult[], exitCode: number, ms: number}>}
 */
export async function runStages(steps, run, now) {
  /** @type {StageResult[]} */
  const results = [];
  let exitCode = 0;
  const started = now();
  for (const step of steps) {
    const stages = Array.isArray(step) ? step : [step];
    if (exitCode !== 0) {
      for (const stage of stages) {
        results.push({name: stage.name, status: 'not run', exitCode: null, ms: 0});
      }
      continue;
    }
    const done = await Promise.all(
      stages.map(async (stage) => {
        const start = now();
        const code = await run(stage);
        return {stage, code, ms: now() - start};
      }),
    );
    for (const {stage, code, ms} of done) {
      results.push({
        name: stage.name,
        status: code === 0 ? 'passed' : 'failed',
        exitCode: code,
        ms,
      });
      if (code !== 0 && exitCode === 0) exitCode = code;
    }
  }
  return {results, exitCode, ms: now() - started};
}

/** 83_400 ms → "1:23.4" (minutes:seconds). */
export function formatDuration(ms) {
  const tenths = Math.round(ms / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}

/**
 * A plain-text table: one row per stage with its outcome and duration, then the total: the
 * wall-clock time when given (stages that ran side by side count once), or the sum.
 * @param {StageResult[]} results
 * @param {number} [totalMs]
 */
export function formatStageTable(results, totalMs) {
  const total = totalMs ?? results.reduce((sum, result) => sum + result.ms, 0);
  const rows = results.map((result) => [
    result.name,
    result.status === 'failed' ? `failed (exit ${result.exitCode})` : result.status,
    result.status === 'not run' ? '' : formatDuration(result.ms),
  ]);
  rows.push(['total', '', formatDuration(total)]);
  const header = ['stage', 'result', 'm:ss'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length)),
  );
  const line = (cells) =>
    cells
      .map((cell, column) =>
        column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  );
}
