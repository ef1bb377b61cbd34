import {formatDuration, formatStageTable, runStages} from './test-all-lib.mjs';

const stage = (name) => ({name, command: name, args: []});

/** A clock that advances by the given steps, one per call. */
function clock(...steps) {
  let time = 0;
  let call = 0;
  return () => (time += steps[call++] ?? 0);
}

describe('runStages', () => {
  it('runs every stage in order and exits 0 when all pass', () => {
    const ran = [];
    const {results, exitCode} = runStages(
      [stage('a'), stage('b')],
      (s) => (ran.push(s.name), 0),
      clock(0, 1500, 0, 250),
    );
    expect(ran).toEqual(['a', 'b']);
    expect(exitCode).toBe(0);
    expect(results).toEqual([
      {name: 'a', status: 'passed', exitCode: 0, ms: 1500},
      {name: 'b', status: 'passed', exitCode: 0, ms: 250},
    ]);
  });

  it('stops at the first failure and returns its exit code', () => {
    const ran = [];
    const {results, exitCode} = runStages(
      [stage('a'), stage('b'), stage('c')],
      (s) => (ran.push(s.name), s.name === 'b' ? 3 : 0),
      clock(0, 10, 0, 20),
    );
    expect(ran).toEqual(['a', 'b']);
    expect(exitCode).toBe(3);
    expect(results.map((r) => r.status)).toEqual(['passed', 'failed', 'not run']);
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
});
