// The logic of scripts/test-all.mjs, apart from spawning processes, so that it is tested in Node.

/**
 * @typedef {{name: string, command: string, args: string[]}} Stage
 * @typedef {{name: string, status: 'passed' | 'failed' | 'not run', exitCode: number | null, ms: number}} StageResult
 */

/**
 * Runs the stages in order until one exits non-zero. `run` returns a stage's exit code; `now`
 * returns milliseconds. The overall exit code is the failing stage's, or 0.
 * @param {Stage[]} stages
 * @param {(stage: Stage) => number} run
 * @param {() => number} now
 * @returns {{results: StageResult[], exitCode: number}}
 */
export function runStages(stages, run, now) {
  /** @type {StageResult[]} */
  const results = [];
  let exitCode = 0;
  for (const stage of stages) {
    if (exitCode !== 0) {
      results.push({name: stage.name, status: 'not run', exitCode: null, ms: 0});
      continue;
    }
    const start = now();
    const code = run(stage);
    const ms = now() - start;
    results.push({name: stage.name, status: code === 0 ? 'passed' : 'failed', exitCode: code, ms});
    if (code !== 0) exitCode = code;
  }
  return {results, exitCode};
}

/** 83_400 ms → "1:23.4" (minutes:seconds). */
export function formatDuration(ms) {
  const tenths = Math.round(ms / 100);
  const minutes = Math.floor(tenths / 600);
  const seconds = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return `${minutes}:${seconds}`;
}

/**
 * A plain-text table: one row per stage with its outcome and duration, then the total.
 * @param {StageResult[]} results
 */
export function formatStageTable(results) {
  const total = results.reduce((sum, result) => sum + result.ms, 0);
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
