/**
 * Finds the Swift and Objective-C code blocks in the guides and checks that each one parses with
 * a tree-sitter grammar for its language. A grammar check is not a compiler: it catches unbalanced
 * braces, `...` placeholders and half-written statements, not calls to members that do not exist.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

import Parser from 'web-tree-sitter';

export type CheckedLanguage = 'swift' | 'objectivec';

export interface CodeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: CheckedLanguage;
  code: string;
}

export interface SyntaxProblem {
  /** 1-based line and column inside the block. */
  line: number;
  column: number;
  kind: 'error' | 'missing';
  text: string;
}

/** Fence info strings that name each checked language. */
const languageByFence: Readonly<Record<string, CheckedLanguage>> = {
  swift: 'swift',
  objectivec: 'objectivec',
  objc: 'objectivec',
  'objective-c': 'objectivec',
};

/** The wasm grammar file for each language, from the tree-sitter-wasms package. */
const grammarFile: Readonly<Record<CheckedLanguage, string>> = {
  swift: 'tree-sitter-wasms/out/tree-sitter-swift.wasm',
  objectivec: 'tree-sitter-wasms/out/tree-sitter-objc.wasm',
};

/** Every fenced block in an MDX/Markdown text whose language is checked. */
export function extractCodeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n');
  let open: {fence: string; language: CheckedLanguage | null; line: number; body: string[]} | null =
    null;
  lines.forEach((raw, index) => {
    const trimmed = raw.trimStart();
    if (open) {
      if (trimmed.startsWith(open.fence) && trimmed.slice(open.fence.length).trim() === '') {
        if (open.language) {
          blocks.push({file, line: open.line, language: open.language, code: open.body.join('\n')});
        }
        open = null;
      } else {
        open.body.push(raw);
      }
      return;
    }
    const fence = /^(`{3,}|~{3,})\s*([\w+-]*)/.exec(trimmed);
    if (fence) {
      const language = languageByFence[fence[2].toLowerCase()] ?? null;
      open = {fence: fence[1], language, line: index + 1, body: []};
    }
  });
  return blocks;
}

/** The .md and .mdx files under a folder, sorted. */
export function listDocFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.mdx?$/.test(name)) found.push(full);
    }
  };
  walk(dir);
  return found;
}

export function extractCodeBlocksFromFiles(files: readonly string[]): CodeBlock[] {
  return files.flatMap((file) => extractCodeBlocks(file, readFileSync(file, 'utf8')));
}

export interface CodeChecker {
  check(language: CheckedLanguage, code: string): SyntaxProblem[];
}

let checker: Promise<CodeChecker> | null = null;

/** Loads the grammars once per process. */
export function loadCodeChecker(): Promise<CodeChecker> {
  checker ??= (async () => {
    // Resolved from the project root so this works from tsx (CommonJS) and from test runners alike.
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    await Parser.init();
    const parsers = new Map<CheckedLanguage, Parser>();
    for (const language of Object.keys(grammarFile) as CheckedLanguage[]) {
      const grammar = await Parser.Language.load(require.resolve(grammarFile[language]));
      const parser = new Parser();
      parser.setLanguage(grammar);
      parsers.set(language, parser);
    }
    return {
      check(language, code) {
        const parser = parsers.get(language);
        if (!parser) throw new Error(`no grammar for ${language}`);
        const tree = parser.parse(code);
        const problems = syntaxProblems(tree.rootNode);
        tree.delete();
        return problems;
      },
    };
  })();
  return checker;
}

function syntaxProblems(root: Parser.SyntaxNode): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (!root.hasError()) return problems;
  const visit = (node: Parser.SyntaxNode): void => {
    if (node.type === 'ERROR' || node.isMissing()) {
      problems.push({
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        kind: node.isMissing() ? 'missing' : 'error',
        text: node.isMissing() ? node.type : node.text.split('\n')[0].slice(0, 80),
      });
      return;
    }
    for (const child of node.children) if (child.hasError()) visit(child);
  };
  visit(root);
  return problems;
}

export function formatProblem(block: CodeBlock, problem: SyntaxProblem): string {
  const where = `${block.file}:${block.line + problem.line}:${problem.column}`;
  const what =
    problem.kind === 'missing' ? `missing ${problem.text}` : `cannot parse "${problem.text}"`;
  return `${where} (${block.language}): ${what}`;
}
