/**
 * Finds the Swift and Objective-C code blocks in the guides and checks that each one parses with
 * a tree-sitter grammar for its language. A grammar check is not a compiler: it catches unbalanced
 * braces and brackets, Xcode `<#placeholder#>`s and half-written statements, not calls to members
 * that do not exist. (A bare `...` is valid Swift, an unbounded range, so it passes.)
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

import Parser from 'web-tree-sitter';

/** Languages the guides' fenced blocks are checked in. */
export type CheckedLanguage = 'swift' | 'objectivec';
/** Every grammar the checker loads: the tools also check the shell and Node.js code they generate. */
export type GrammarLanguage = CheckedLanguage | 'bash' | 'javascript';

export interface CodeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  language: CheckedLanguage;
  /** The block's text, without the indentation of its fence. */
  code: string;
  /** Columns of indentation removed from each line (for the columns in messages). */
  indent: number;
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
const grammarFile: Readonly<Record<GrammarLanguage, string>> = {
  swift: 'tree-sitter-wasms/out/tree-sitter-swift.wasm',
  objectivec: 'tree-sitter-wasms/out/tree-sitter-objc.wasm',
  bash: 'tree-sitter-wasms/out/tree-sitter-bash.wasm',
  javascript: 'tree-sitter-wasms/out/tree-sitter-javascript.wasm',
};

interface OpenFence {
  /** `` ` `` or `~`. */
  char: string;
  /** The fence's length: a closing fence must be at least as long. */
  length: number;
  /** Columns of indentation before the opening fence, removed from the body lines. */
  indent: number;
  language: CheckedLanguage | null;
  line: number;
  body: string[];
}

/** An opening fence: 3+ backticks (info without backticks) or 3+ tildes, then an info string. */
const openingFence = /^(\s*)(`{3,}(?=[^`]*$)|~{3,})\s*([^\s{`]*)/;

/** Removes up to `indent` leading spaces, as CommonMark does for the lines of an indented fence. */
function dedent(line: string, indent: number): string {
  let cut = 0;
  while (cut < indent && line[cut] === ' ') cut += 1;
  return line.slice(cut);
}

/**
 * Every fenced block in an MDX/Markdown text whose language is checked. Follows CommonMark's fence
 * rules: a block is closed only by a fence of the same character at least as long as the opening
 * one, so fences shown inside a longer fence (or a tilde fence) are body text, not blocks; a block
 * left open runs to the end of the file. The info string's first word names the language
 * (`swift`, `objectivec`, `objc`, `objective-c`; `swift title="…"` and `swift{2}` work too).
 */
export function extractCodeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let open: OpenFence | null = null;
  const finish = (fence: OpenFence): void => {
    if (fence.language) {
      const {line, language, indent, body} = fence;
      blocks.push({file, line, language, code: body.join('\n'), indent});
    }
  };
  for (const [index, raw] of lines.entries()) {
    if (open) {
      const trimmed = raw.trim();
      const run = /^(`+|~+)$/.exec(trimmed)?.[1];
      if (run !== undefined && run[0] === open.char && run.length >= open.length) {
        finish(open);
        open = null;
      } else {
        open.body.push(dedent(raw, open.indent));
      }
      continue;
    }
    const fence = openingFence.exec(raw);
    if (!fence) continue;
    const [, indent = '', marks = '', info = ''] = fence;
    open = {
      char: marks[0] ?? '`',
      length: marks.length,
      indent: indent.length,
      language: languageByFence[info.toLowerCase()] ?? null,
      line: index + 1,
      body: [],
    };
  }
  if (open) finish(open);
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
  check(language: GrammarLanguage, code: string): SyntaxProblem[];
}

let checker: Promise<CodeChecker> | null = null;

/** Loads the grammars once per process. */
export function loadCodeChecker(): Promise<CodeChecker> {
  checker ??= (async () => {
    // Resolved from the project root so this works from tsx (CommonJS) and from test runners alike.
    const require = createRequire(path.join(process.cwd(), 'package.json'));
    await Parser.init();
    const parsers = new Map<GrammarLanguage, Parser>();
    for (const language of Object.keys(grammarFile) as GrammarLanguage[]) {
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
        text: node.isMissing() ? node.type : (node.text.split('\n')[0] ?? '').slice(0, 80),
      });
      return;
    }
    for (const child of node.children) if (child.hasError()) visit(child);
  };
  visit(root);
  return problems;
}

export function formatProblem(block: CodeBlock, problem: SyntaxProblem): string {
  const where = `${block.file}:${block.line + problem.line}:${problem.column + block.indent}`;
  const what =
    problem.kind === 'missing' ? `missing ${problem.text}` : `cannot parse "${problem.text}"`;
  return `${where} (${block.language}): ${what}`;
}
