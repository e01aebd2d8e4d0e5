/**
 * `npm run check:code [files…]`: parses every Swift and Objective-C block in docs/ (or in the
 * files given) and prints each syntax problem with its file and line.
 */
import {
  extractCodeBlocksFromFiles,
  formatProblem,
  listDocFiles,
  loadCodeChecker,
} from './lib/codeBlocks';

async function main(): Promise<void> {
  const files = process.argv.slice(2);
  const blocks = extractCodeBlocksFromFiles(files.length > 0 ? files : listDocFiles('docs'));
  const checker = await loadCodeChecker();
  let failing = 0;
  for (const block of blocks) {
    const problems = checker.check(block.language, block.code);
    if (problems.length === 0) continue;
    failing += 1;
    for (const problem of problems) console.log(formatProblem(block, problem));
  }
  console.log(`${blocks.length} code blocks checked, ${failing} with syntax problems`);
  process.exitCode = failing > 0 ? 1 : 0;
}

void main();
