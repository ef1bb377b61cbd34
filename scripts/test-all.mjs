// `npm test`: runs every check in order, stops at the first failure with its exit code, and prints
// how long each stage took (also after a failure), so that a slow stage is visible at a glance.
import {spawn} from 'node:child_process';
import {formatStageTable, runStages} from './test-all-lib.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {import('./test-all-lib.mjs').Step[]} */
const steps = [
  {name: 'check-chromium', command: process.execPath, args: ['scripts/check-chromium.mjs']},
  // Both mostly use one core, so side by side they take the time of the slower one.
  [
    {name: 'typecheck', command: npm, args: ['run', '--silent', 'typecheck']},
    {name: 'lint', command: npm, args: ['run', '--silent', 'lint']},
  ],
  {name: 'jest', command: npm, args: ['run', '--silent', 'test:unit']},
  {name: 'build', command: npm, args: ['run', '--silent', 'build']},
  {name: 'e2e', command: npm, args: ['run', '--silent', 'test:e2e']},
];

/** @param {import('./test-all-lib.mjs').Stage} stage */
const run = (stage) =>
  new Promise((resolve) => {
    const child = spawn(stage.command, stage.args, {stdio: 'inherit'});
    child.on('error', (error) => {
      console.error(`${stage.name}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });

const {results, exitCode, ms} = await runStages(steps, run, () => performance.now());
console.log(`\n${formatStageTable(results, ms)}`);
process.exitCode = exitCode;
