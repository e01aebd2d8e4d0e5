/** `npm run test:unit`: the node:test suites alone, run through tsx. */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

import {listUnitTestFiles} from './unit-test-files';

const root = path.resolve(__dirname, '..');
const files = listUnitTestFiles(root);
if (files.length === 0) {
  console.error('no unit test files found under tests/unit');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files, ...process.argv.slice(2)],
  {cwd: root, stdio: 'inherit'},
);
process.exit(result.status ?? 1);
