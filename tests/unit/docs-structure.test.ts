/**
 * The shape every guide must have (every .mdx under docs/ except docs/reference/ and `_partials`):
 *
 * - front matter with a non-empty `title` and a `description` of at most 160 characters;
 * - at least one live example: `<CallSimulator scenario="…">` or `<Reproduction entry="…">`;
 * - every `scenario="…"` (CallSimulator, SequenceDiagram) names a built-in scenario and every
 *   `whatIf="…"` parses without a problem;
 * - the last `## ` heading is `## What can go wrong`, and that section links somewhere.
 *
 * And every doc id in sidebars.ts exists. Pages are parsed the way Docusaurus parses them: front
 * matter with Docusaurus' own parser, the body with remark-parse + remark-mdx.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';

import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import type {Heading, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Node} from 'unist';

import {builtinScenario, parseWhatIf} from '../../simulator/src';
import sidebars from '../../sidebars';
import {listDocFiles} from '../../scripts/lib/codeBlocks';

const root = path.resolve(__dirname, '../..');
const docsDir = path.join(root, 'docs');

/** Guides: .mdx pages outside docs/reference/, leaving out partials (`_name`, not routes). */
const guideFiles = listDocFiles(docsDir)
  .map((file) => path.relative(root, file))
  .filter((file) => {
    const inDocs = path.relative('docs', file).split(path.sep);
    return (
      file.endsWith('.mdx') &&
      inDocs[0] !== 'reference' &&
      !inDocs.some((part) => part.startsWith('_'))
    );
  });

const maxDescription = 160;
const lastHeading = 'What can go wrong';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function parseBody(text: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx).parse(text);
}

/** Every node in document order. */
function allNodes(tree: Node): Node[] {
  const found: Node[] = [];
  const walk = (node: Node): void => {
    found.push(node);
    for (const child of (node as Partial<{children: Node[]}>).children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function attribute(element: JsxElement, name: string): string | null | undefined {
  for (const item of element.attributes) {
    if (item.type === 'mdxJsxAttribute' && item.name === name) {
      return typeof item.value === 'string' ? item.value : null;
    }
  }
  return undefined;
}

/** A heading's text without `{/* #id *\/}` comments or `{#id}` ids. */
function headingText(heading: Heading): string {
  const text = (node: Node): string => {
    if (node.type === 'text' || node.type === 'inlineCode')
      return (node as Node & {value: string}).value;
    if (node.type === 'mdxTextExpression') return '';
    return ((node as Partial<{children: Node[]}>).children ?? []).map(text).join('');
  };
  return text(heading)
    .replace(/\{#[\w-]+\}\s*$/, '')
    .trim();
}

const line = (node: Node): string => String(node.position?.start.line ?? '?');

/** What is wrong with one guide's text (empty when nothing is). */
async function guideProblems(file: string, text: string): Promise<string[]> {
  const problems: string[] = [];

  const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: text});
  const title = frontMatter['title'];
  const description = frontMatter['description'];
  if (typeof title !== 'string' || title.trim() === '') {
    problems.push('front matter: `title` is missing or empty');
  }
  if (typeof description !== 'string' || description.trim() === '') {
    problems.push('front matter: `description` is missing or empty');
  } else if (description.length > maxDescription) {
    problems.push(
      `front matter: \`description\` has ${description.length} characters (at most ${maxDescription})`,
    );
  }

  let tree: Root;
  try {
    tree = parseBody(text);
  } catch (error) {
    problems.push(
      `the page does not parse as MDX: ${error instanceof Error ? error.message : error}`,
    );
    return problems;
  }
  const nodes = allNodes(tree);

  // Live examples and the scenario/what-if values they name.
  const elements = nodes.filter(isJsx);
  const examples = elements.filter(
    (element) =>
      (element.name === 'CallSimulator' && attribute(element, 'scenario')) ||
      (element.name === 'Reproduction' && attribute(element, 'entry')),
  );
  if (examples.length === 0) {
    problems.push('embeds no <CallSimulator scenario="…"> or <Reproduction entry="…">');
  }
  for (const element of elements) {
    if (element.name !== 'CallSimulator' && element.name !== 'SequenceDiagram') continue;
    const scenario = attribute(element, 'scenario');
    const at = `line ${line(element)}: <${element.name}>`;
    if (typeof scenario !== 'string') {
      problems.push(`${at} has no scenario="…" string`);
    } else if (!builtinScenario(scenario)) {
      problems.push(`${at} names no built-in scenario: scenario="${scenario}"`);
    }
    const whatIf = attribute(element, 'whatIf');
    if (whatIf === null) problems.push(`${at} whatIf must be a plain string`);
    if (typeof whatIf === 'string') {
      for (const problem of parseWhatIf(whatIf).problems) {
        problems.push(`${at} whatIf="${whatIf}": ${problem}`);
      }
    }
  }

  // The closing section.
  const h2 = nodes.filter(
    (node): node is Heading => node.type === 'heading' && (node as Heading).depth === 2,
  );
  const last = h2.at(-1);
  if (!last) {
    problems.push(`has no \`## \` heading; the last one must be \`## ${lastHeading}\``);
  } else if (headingText(last) !== lastHeading) {
    problems.push(
      `the last \`## \` heading (line ${line(last)}) is "${headingText(last)}", not "${lastHeading}"`,
    );
  } else {
    const section = nodes.slice(nodes.indexOf(last) + 1);
    if (!section.some((node) => node.type === 'link' || node.type === 'linkReference')) {
      problems.push(`the "${lastHeading}" section (line ${line(last)}) has no Markdown link`);
    }
  }
  return problems;
}

describe('every guide has the agreed structure', () => {
  test('there are guides to check', () => {
    assert.ok(guideFiles.length > 0, 'no guide (.mdx outside docs/reference/) under docs/');
  });

  for (const file of guideFiles) {
    test(file, async () => {
      const text = readFileSync(path.join(root, file), 'utf8');
      assert.deepEqual(await guideProblems(file, text), [], `${file} breaks the guide structure`);
    });
  }
});

describe('the guide structure check can fail', () => {
  const page = (...lines: string[]): string => lines.join('\n');
  const good = page(
    '---',
    'title: A guide',
    'description: What the guide covers.',
    '---',
    '',
    'Intro.',
    '',
    '<CallSimulator scenario="locked-push-answer" whatIf="locked:off" />',
    '',
    '## How it works {/* #how */}',
    '',
    '<SequenceDiagram scenario="outgoing-call" />',
    '',
    '## What can go wrong',
    '',
    '- [Troubleshooting](../troubleshooting/index.mdx).',
  );

  test('a well-formed guide passes', async () => {
    assert.deepEqual(await guideProblems('docs/good.mdx', good), []);
  });

  test('a Reproduction counts as a live example; the closing heading may carry an id', async () => {
    const text = good
      .replace(
        '<CallSimulator scenario="locked-push-answer" whatIf="locked:off" />',
        '<Reproduction entry="x" />',
      )
      .replace('## What can go wrong', '## What can go wrong {/* #what-can-go-wrong */}');
    assert.deepEqual(await guideProblems('docs/good.mdx', text), []);
  });

  test('a stub page is reported with every problem', async () => {
    const stub = page('---', 'title: ""', '---', '', 'This guide is being written.');
    assert.deepEqual(await guideProblems('docs/stub.mdx', stub), [
      'front matter: `title` is missing or empty',
      'front matter: `description` is missing or empty',
      'embeds no <CallSimulator scenario="…"> or <Reproduction entry="…">',
      'has no `## ` heading; the last one must be `## What can go wrong`',
    ]);
  });

  test('a long description, unknown scenarios, bad whatIf values', async () => {
    const text = good
      .replace('What the guide covers.', 'x'.repeat(161))
      .replace(
        'scenario="locked-push-answer" whatIf="locked:off"',
        'scenario="nope" whatIf="locked:maybe"',
      )
      .replace('scenario="outgoing-call"', 'scenario="outgoing-cal"');
    assert.deepEqual(await guideProblems('docs/bad.mdx', text), [
      'front matter: `description` has 161 characters (at most 160)',
      'line 8: <CallSimulator> names no built-in scenario: scenario="nope"',
      'line 8: <CallSimulator> whatIf="locked:maybe": The what-if toggle "locked" takes on or off, not "maybe"; it was ignored.',
      'line 12: <SequenceDiagram> names no built-in scenario: scenario="outgoing-cal"',
    ]);
  });

  test('a wrong closing section: another last heading, or no link in it', async () => {
    const extra = `${good}\n\n## Summary\n\nDone.`;
    assert.deepEqual(await guideProblems('docs/a.mdx', extra), [
      'the last `## ` heading (line 18) is "Summary", not "What can go wrong"',
    ]);
    const noLink = good.replace('- [Troubleshooting](../troubleshooting/index.mdx).', 'Nothing.');
    assert.deepEqual(await guideProblems('docs/b.mdx', noLink), [
      'the "What can go wrong" section (line 14) has no Markdown link',
    ]);
  });

  test('a page that is not valid MDX', async () => {
    const [problem] = await guideProblems('docs/c.mdx', good.replace('Intro.', 'Use {x for y.'));
    assert.match(problem ?? '', /^the page does not parse as MDX: /);
  });
});

/** Docusaurus' default number prefix (`01-intro` → `intro`), applied to folders and files. */
function withoutNumberPrefix(name: string): string {
  return name.replace(/^\d+\s*[-_.]+\s*(?=[^-_.\s])/, '');
}

/** Every doc id Docusaurus derives from docs/ (front matter `id` replaces the file name). */
async function docIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const file of listDocFiles(docsDir)) {
    const parts = path.relative(docsDir, file).split(path.sep);
    if (parts.some((part) => part.startsWith('_'))) continue;
    const fileContent = readFileSync(file, 'utf8');
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent});
    const name = parts.pop() ?? '';
    const ownId = frontMatter['id'];
    const last =
      typeof ownId === 'string' ? ownId : withoutNumberPrefix(name.replace(/\.mdx?$/, ''));
    ids.add([...parts.map(withoutNumberPrefix), last].join('/'));
  }
  return ids;
}

/** The doc ids a sidebar refers to: string shorthands, `doc`/`ref` items and category links. */
function sidebarDocIds(items: unknown): string[] {
  if (typeof items === 'string') return [items];
  if (Array.isArray(items)) return items.flatMap(sidebarDocIds);
  if (typeof items !== 'object' || items === null) return [];
  const item = items as Record<string, unknown>;
  const ids: string[] = [];
  if ((item['type'] === 'doc' || item['type'] === 'ref') && typeof item['id'] === 'string') {
    ids.push(item['id']);
  }
  const link = item['link'] as Record<string, unknown> | undefined;
  if (link?.['type'] === 'doc' && typeof link['id'] === 'string') ids.push(link['id']);
  if (item['type'] === 'category' || item['items'] !== undefined) {
    ids.push(...sidebarDocIds(item['items']));
  }
  // The object shorthand: {'Category label': [items…]}.
  if (item['type'] === undefined) {
    for (const value of Object.values(item))
      if (Array.isArray(value)) ids.push(...sidebarDocIds(value));
  }
  return ids;
}

describe('sidebars.ts', () => {
  test('every doc id in the sidebars exists', async () => {
    const known = await docIds();
    const referenced = Object.values(sidebars).flatMap(sidebarDocIds);
    assert.ok(referenced.length > 0, 'the sidebars name no doc');
    assert.deepEqual(
      referenced.filter((id) => !known.has(id)),
      [],
      `known doc ids: ${[...known].sort().join(', ')}`,
    );
  });

  test('the sidebar id check can fail', () => {
    assert.deepEqual(
      sidebarDocIds([
        'a',
        {type: 'doc', id: 'b'},
        {type: 'category', label: 'C', link: {type: 'doc', id: 'c'}, items: ['d']},
        {type: 'link', href: 'https://example.org', label: 'x'},
        {Shorthand: ['e']},
      ]),
      ['a', 'b', 'c', 'd', 'e'],
    );
  });
});
