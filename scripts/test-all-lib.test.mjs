import {formatDuration, formatStageTable, runStages} from './test-all-lib.mjs';

const stage = (name) => ({name, command: name, args: []});

/** A clock that advances by the given steps, one per call. */
function clock(...steps) {
  let time = 0;
  let call = 0;
  return () => (time += steps[call++] ?? 0);
}

describe('runStages', () => {
  it('runs every stage in order and exits 0 when all pass', async () => {
    const ran = [];
    const {results, exitCode, ms} = await runStages(
      [stage('a'), stage('b')],
      async (s) => (ran.push(s.name), 0),
      clock(0, 0, 1500, 0, 250, 0),
    );
    expect(ran).toEqual(['a', 'b']);
    expect(exitCode).toBe(0);
    expect(results).toEqual([
      {name: 'a', status: 'passed', exitCode: 0, ms: 1500},
      {name: 'b', status: 'passed', exitCode: 0, ms: 250},
    ]);
    expect(ms).toBe(1750);
  });

  it('stops at the first failure and returns its exit code', async () => {
    const ran = [];
    const {results, exitCode} = await runStages(
      [stage('a'), stage('b'), stage('c')],
      async (s) => (ran.push(s.name), s.name === 'b' ? 3 : 0),
      clock(0, 0, 10, 0, 20),
    );
    expect(ran).toEqual(['a', 'b']);
    expect(exitCode).toBe(3);
    expect(results.map((r) => r.status)).toEqual(['passed', 'failed', 'not run']);
  });

  it('runs the stages of one step at the same time, and counts their time once in the total', async () => {
    let running = 0;
    let most = 0;
    const {results, ms} = await runStages(
      [[stage('typecheck'), stage('lint')], stage('jest')],
      async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return 0;
      },
      // start; typecheck and lint start; typecheck ends at 14 s, lint at 22 s; jest 50 s.
      clock(0, 0, 0, 14_000, 8_000, 0, 50_000, 0),
    );
    expect(most).toBe(2);
    expect(results).toEqual([
      {name: 'typecheck', status: 'passed', exitCode: 0, ms: 14_000},
      {name: 'lint', status: 'passed', exitCode: 0, ms: 22_000},
      {name: 'jest', status: 'passed', exitCode: 0, ms: 50_000},
    ]);
    expect(ms).toBe(72_000);
  });

  it('lets a step finish when one of its stages fails, then runs nothing more', async () => {
    const ran = [];
    const {results, exitCode} = await runStages(
      [[stage('typecheck'), stage('lint')], stage('jest')],
      async (s) => (ran.push(s.name), s.name === 'typecheck' ? 2 : 0),
      clock(),
    );
    expect(ran).toEqual(['typecheck', 'lint']);
    expect(exitCode).toBe(2);
    expect(results.map((r) => `${r.name} ${r.status}`)).toEqual([
      'typecheck failed',
      'lint passed',
      'jest not run',
    ]);
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds to a tenth', () => {
    expect(formatDuration(83_400)).toBe('1:23.4');
    expect(formatDuration(4_049)).toBe('0:04.0');
    expect(formatDuration(59_960)).toBe('1:00.0');
  });
});

describe('formatStageTable', () => {
  it('lists each stage with its result and time, then the total', () => {
    const table = formatStageTable([
      {name: 'lint', status: 'passed', exitCode: 0, ms: 12_300},
      {name: 'jest', status: 'failed', exitCode: 1, ms: 61_000},
      {name: 'build', status: 'not run', exitCode: null, ms: 0},
    ]);
    expect(table.split('\n')).toEqual([
      'stage  result             m:ss',
      '-----  ---------------  ------',
      'lint   passed           0:12.3',
      'jest   failed (exit 1)  1:01.0',
      'build  not run',
      'total                   1:13.3',
    ]);
  });

  it('prints the wall-clock total when given one', () => {
    const table = formatStageTable(
      [
        {name: 'typecheck', status: 'passed', exitCode: 0, ms: 14_000},
        {name: 'lint', status: 'passed', exitCode: 0, ms: 22_000},
      ],
      22_500,
    );
    expect(table.split('\n').at(-1)).toBe('total              0:22.5');
  });
});
