/**
 * Every ```swift and ```objectivec block under docs/ parses with the tree-sitter grammar of its
 * language (scripts/lib/codeBlocks.ts; `npm run check:code` prints the same problems). One test per
 * page, so a broken snippet names its page; then proof that the check can fail and that the block
 * extraction follows Markdown's fence rules.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {before, describe, test} from 'node:test';

import {
  extractCodeBlocks,
  formatProblem,
  listDocFiles,
  loadCodeChecker,
  type CodeBlock,
  type CodeChecker,
} from '../../scripts/lib/codeBlocks';

const root = path.resolve(__dirname, '../..');
const docFiles = listDocFiles(path.join(root, 'docs')).map((file) => path.relative(root, file));

let checker: CodeChecker;

before(async () => {
  checker = await loadCodeChecker();
});

/** Every syntax problem of the blocks, as `file:line:column (language): what` lines. */
function problemsOf(blocks: readonly CodeBlock[]): string[] {
  return blocks.flatMap((block) =>
    checker.check(block.language, block.code).map((problem) => formatProblem(block, problem)),
  );
}

describe('Swift and Objective-C blocks in docs/ parse', () => {
  test('docs/ has pages to check', () => {
    assert.ok(docFiles.length > 0, 'no .md or .mdx files under docs/');
  });

  for (const file of docFiles) {
    test(file, () => {
      const blocks = extractCodeBlocks(file, readFileSync(path.join(root, file), 'utf8'));
      assert.deepEqual(problemsOf(blocks), [], `${file} has code blocks that do not parse`);
    });
  }
});

describe('the code block check can fail', () => {
  const page = (...lines: string[]): string => lines.join('\n');

  test('a broken Swift block is reported with its file line', () => {
    const text = page(
      '# Title',
      '',
      '```swift',
      'func answer(_ action: CXAnswerCallAction) {',
      '    action.fulfill(',
      '}',
      '```',
    );
    const blocks = extractCodeBlocks('docs/broken.mdx', text);
    assert.equal(blocks.length, 1);
    const problems = problemsOf(blocks);
    assert.ok(problems.length > 0, 'the broken Swift block was accepted');
    for (const problem of problems) assert.match(problem, /^docs\/broken\.mdx:\d+:\d+ \(swift\): /);
    const lines = problems.map((problem) => Number(/^[^:]+:(\d+):/.exec(problem)?.[1]));
    for (const line of lines) assert.ok(line >= 4 && line <= 7, `line ${line} is inside the block`);
  });

  test('a broken Objective-C block is reported', () => {
    const text = page(
      '```objectivec',
      '@implementation ProviderDelegate',
      '- (void)provider:(CXProvider *)provider performAnswerCallAction:(CXAnswerCallAction *)action {',
      '    [action fulfill;',
      '}',
      '@end',
      '```',
    );
    const problems = problemsOf(extractCodeBlocks('docs/broken-objc.mdx', text));
    assert.ok(problems.length > 0, 'the broken Objective-C block was accepted');
    assert.match(problems[0] ?? '', /^docs\/broken-objc\.mdx:\d+:\d+ \(objectivec\): /);
  });

  test('valid Swift and Objective-C pass', () => {
    const text = page(
      '```swift',
      'import CallKit',
      '',
      'final class ProviderDelegate: NSObject, CXProviderDelegate {',
      '    func providerDidReset(_ provider: CXProvider) {}',
      '    func provider(_ provider: CXProvider, perform action: CXAnswerCallAction) {',
      '        action.fulfill()',
      '    }',
      '}',
      '```',
      '',
      '```objc',
      '@implementation ProviderDelegate',
      '- (void)provider:(CXProvider *)provider performAnswerCallAction:(CXAnswerCallAction *)action {',
      '    [action fulfill];',
      '}',
      '@end',
      '```',
    );
    const blocks = extractCodeBlocks('ok.mdx', text);
    assert.deepEqual(
      blocks.map((block) => block.language),
      ['swift', 'objectivec'],
    );
    assert.deepEqual(problemsOf(blocks), []);
  });
});

describe('code block extraction', () => {
  const lines = (...parts: string[]): string => parts.join('\n');

  test('`objc` and `objective-c` are Objective-C; info after the language is ignored', () => {
    const text = lines(
      '```objc',
      'a',
      '```',
      '```objective-c',
      'b',
      '```',
      '```swift title="AppDelegate.swift"',
      'c',
      '```',
      '```swift{2}',
      'd',
      '```',
      '```ts',
      'e',
      '```',
    );
    assert.deepEqual(
      extractCodeBlocks('f.mdx', text).map((block) => [block.language, block.code]),
      [
        ['objectivec', 'a'],
        ['objectivec', 'b'],
        ['swift', 'c'],
        ['swift', 'd'],
      ],
    );
  });

  test('fences shown inside a longer fence are text, not blocks', () => {
    const text = lines(
      '````md',
      '```swift',
      'let broken = (',
      '```',
      '````',
      '```swift',
      'ok',
      '```',
    );
    const blocks = extractCodeBlocks('f.mdx', text);
    assert.deepEqual(
      blocks.map((block) => [block.line, block.code]),
      [[6, 'ok']],
    );
  });

  test('a tilde fence is closed by tildes only, and backtick fences inside it are text', () => {
    const text = lines(
      '~~~swift',
      'let a = 1',
      '```',
      'let b = 2',
      '~~~',
      '~~~md',
      '```swift',
      '~~~',
    );
    const blocks = extractCodeBlocks('f.mdx', text);
    assert.deepEqual(
      blocks.map((block) => block.code),
      ['let a = 1\n```\nlet b = 2'],
    );
  });

  test('a closing fence may be longer than the opening one, never shorter', () => {
    const text = lines('````swift', 'let a = 1', '```', 'let b = 2', '`````', 'after');
    assert.deepEqual(
      extractCodeBlocks('f.mdx', text).map((block) => block.code),
      ['let a = 1\n```\nlet b = 2'],
    );
  });

  test('a block left open runs to the end of the file (and is still checked)', () => {
    const blocks = extractCodeBlocks('f.mdx', lines('text', '```swift', 'func f() {'));
    assert.deepEqual(
      blocks.map((block) => block.code),
      ['func f() {'],
    );
    assert.ok(problemsOf(blocks).length > 0);
  });

  test('an indented fence (in a list or JSX) loses its indentation; columns count it back', () => {
    const text = lines(
      '- Step one:',
      '',
      '  ```swift',
      '  let a = (',
      '  ```',
      '',
      '<TabItem value="swift">',
      '',
      '  ```swift',
      '  let b = 2',
      '  ```',
      '',
      '</TabItem>',
    );
    const blocks = extractCodeBlocks('f.mdx', text);
    assert.deepEqual(
      blocks.map((block) => [block.line, block.code, block.indent]),
      [
        [3, 'let a = (', 2],
        [9, 'let b = 2', 2],
      ],
    );
    const [problem] = problemsOf(blocks.slice(0, 1));
    assert.match(problem ?? '', /^f\.mdx:4:\d+ \(swift\)/);
  });

  test('Windows line endings are handled', () => {
    const blocks = extractCodeBlocks('f.mdx', '```swift\r\nlet a = 1\r\n```\r\n');
    assert.deepEqual(
      blocks.map((block) => block.code),
      ['let a = 1'],
    );
  });

  test('backticks in the info string mean it is not a fence', () => {
    assert.deepEqual(extractCodeBlocks('f.mdx', lines('```swift `x`', 'let a = (', '```')), []);
  });
});
