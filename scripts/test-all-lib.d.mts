export interface Stage {
  name: string;
  command: string;
  args: string[];
}
export interface StageResult {
  name: string;
  status: 'passed' | 'failed' | 'not run';
  exitCode: number | null;
  ms: number;
}
export declare function runStages(
  stages: Stage[],
  run: (stage: Stage) => number,
  now: () => number,
): {results: StageResult[]; exitCode: number};
export declare function formatDuration(ms: number): string;
export declare function formatStageTable(results: StageResult[]): string;
