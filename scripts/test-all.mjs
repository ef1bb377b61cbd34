// `npm test`: runs every check in order, stops at the first failure with its exit code, and prints
// how long each stage took (also after a failure), so that a slow stage is visible at a glance.
import {spawnSync} from 'node:child_process';
import {formatStageTable, runStages} from './test-all-lib.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {import('./test-all-lib.mjs').Stage[]} */
const stages = [
  {name: 'check-chromium', command: process.execPath, args: ['scripts/check-chromium.mjs']},
  {name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck']},
  {name: 'lint', command: npm, args: ['run', '--silent', 'lint']},
  {name: 'jest', command: npm, args: ['run', '--silent', 'test:unit']},
  {name: 'build', command: npm, args: ['run', '--silent', 'build']},
  {name: 'e2e', command: npm, args: ['run', '--silent', 'test:e2e']},
];

const run = (stage) => {
  const result = spawnSync(stage.command, stage.args, {stdio: 'inherit'});
  if (result.error) console.error(`${stage.name}: ${result.error.message}`);
  return result.status ?? 1;
};

const {results, exitCode} = runStages(stages, run, () => performance.now());
console.log(`\n${formatStageTable(results)}`);
process.exitCode = exitCode;
