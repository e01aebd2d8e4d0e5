import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

/**
 * The unit test files, listed explicitly: Node 20's `--test` takes no globs and passes silently
 * when it is given no file at all.
 */
export function listUnitTestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.test.ts')) found.push(path.relative(root, full));
    }
  };
  walk(path.join(root, 'tests', 'unit'));
  return found;
}
