/**
 * The build-time `<SequenceDiagram>` remark plugin (src/remark/sequenceDiagram.ts): it fills in
 * the diagram source and the step list from the simulator, fails with a specific message on bad
 * author input, and its output survives a full MDX compile. Parsed with the same unified,
 * remark-parse and remark-mdx packages Docusaurus' MDX loader uses.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import {after, describe, test} from 'node:test';

import type {Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {Node} from 'unist';
import {VFile} from 'vfile';

import {
  applyWhatIf,
  builtinScenario,
  parseWhatIf,
  runScenario,
  traceToSequenceDiagram,
  type Scenario,
} from '../../simulator/src';
import {parseSteps} from '../../src/components/SequenceDiagram/steps';
import remarkSequenceDiagram, {
  generateSequenceDiagram,
  SequenceDiagramError,
} from '../../src/remark/sequenceDiagram';
import {closeMermaidDom, parseMermaid} from './support/mermaid';

after(closeMermaidDom);

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const pagePath = path.join(process.cwd(), 'docs', 'guide', 'example.mdx');

/** Parses `mdx` as Docusaurus does and runs the plugin on it; returns the tree. */
function transform(mdx: string, filePath = pagePath): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkSequenceDiagram);
  const file = new VFile({path: filePath, value: mdx});
  return processor.runSync(processor.parse(file), file) as Root;
}

function elements(tree: Node, name = 'SequenceDiagram'): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (node: Node): void => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      (node as JsxElement).name === name
    ) {
      found.push(node as JsxElement);
    }
    for (const child of (node as Partial<{children: Node[]}>).children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

function attributes(element: JsxElement): Record<string, unknown> {
  return Object.fromEntries(
    element.attributes.map((attribute) =>
      attribute.type === 'mdxJsxAttribute' ? [attribute.name, attribute.value] : ['…', null],
    ),
  );
}

function scenarioOf(id: string): Scenario {
  const builtin = builtinScenario(id);
  assert.ok(builtin, `built-in ${id}`);
  return builtin.scenario;
}

/** What the plugin must produce, computed here from the public simulator API. */
function expectedSource(id: string, whatIf = ''): string {
  const base = scenarioOf(id);
  const {overrides, problems} = parseWhatIf(whatIf);
  assert.deepEqual(problems, []);
  const {trace} = runScenario(applyWhatIf(base, overrides));
  return traceToSequenceDiagram(trace, {title: base.title, autonumber: true});
}

/** Runs the plugin on `mdx` and returns the thrown error's message. */
function failure(mdx: string): string {
  try {
    transform(mdx);
  } catch (error) {
    assert.ok(error instanceof SequenceDiagramError, `a SequenceDiagramError, got ${error}`);
    return error.message;
  }
  assert.fail(`the plugin accepted ${mdx}`);
}

describe('remark plugin: <SequenceDiagram> is filled in at build time', () => {
  test('adds title, source, steps and whatIfSummary; the source is the exporter output', () => {
    const tree = transform('# Incoming\n\n<SequenceDiagram scenario="locked-push-answer" />\n');
    const [element] = elements(tree);
    assert.ok(element);
    const values = attributes(element);
    assert.equal(values['scenario'], 'locked-push-answer');
    assert.equal(values['title'], scenarioOf('locked-push-answer').title);
    assert.equal(values['source'], expectedSource('locked-push-answer'));
    assert.equal(values['whatIfSummary'], '');
    assert.equal(typeof values['steps'], 'string');
    assert.match(String(values['source']), /^sequenceDiagram\n {2}title .+\n {2}accTitle: /);
    assert.match(String(values['source']), /\n {2}autonumber\n/);
  });

  test('applies whatIf with the player parser and describes it', () => {
    const whatIf = 'forgetToFulfil:on,locked:off';
    const tree = transform(
      `<SequenceDiagram scenario="locked-push-answer" whatIf="${whatIf}" caption="Forgetful" />`,
    );
    const values = attributes(elements(tree)[0] as JsxElement);
    assert.equal(values['source'], expectedSource('locked-push-answer', whatIf));
    assert.notEqual(values['source'], expectedSource('locked-push-answer'));
    assert.equal(values['caption'], 'Forgetful');
    assert.match(
      String(values['whatIfSummary']),
      /^Forget to fulfil actions: on; Phone locked: off$/,
    );
  });

  test('a what-if equal to the scenario’s own value changes nothing', () => {
    const values = attributes(
      elements(
        transform('<SequenceDiagram scenario="locked-push-answer" whatIf="locked:on" />'),
      )[0] as JsxElement,
    );
    assert.equal(values['source'], expectedSource('locked-push-answer'));
    assert.equal(values['whatIfSummary'], '');
  });

  test('the steps list every trace entry in order, numbered like the diagram’s arrows', () => {
    // provider-reset-during-call has an entry from a lane to itself, drawn as an unnumbered note.
    const id = 'provider-reset-during-call';
    const {trace} = runScenario(scenarioOf(id));
    const values = attributes(
      elements(transform(`<SequenceDiagram scenario="${id}" />`))[0] as JsxElement,
    );
    const steps = parseSteps(String(values['steps']));
    assert.ok(steps);
    assert.equal(steps.length, trace.length);
    const notes = steps.filter((step) => step.n === null);
    assert.ok(notes.length > 0, 'the scenario has a note');
    for (const step of notes) assert.equal(step.from, step.to);
    const numbers = steps.flatMap((step) => (step.n === null ? [] : [step.n]));
    assert.deepEqual(
      numbers,
      numbers.map((_n, index) => index + 1),
    );
    const arrows = String(values['source'])
      .split('\n')
      .filter((line) => /^\s*[a-z]+-?->>[a-z]+: /.test(line));
    assert.equal(arrows.length, numbers.length, 'one number per drawn arrow');
    assert.deepEqual(
      steps.map((step) => step.at),
      trace.map((entry) => entry.at),
    );
  });

  test('step text is raw (React escapes it); the Mermaid source is entity-escaped', () => {
    const generated = generateSequenceDiagram('locked-push-answer');
    const steps = parseSteps(generated.steps);
    assert.ok(steps);
    const init = steps.find((step) => step.text.startsWith('CXProvider.init'));
    assert.equal(init?.text, 'CXProvider.init(configuration:)');
    assert.equal(init?.from, 'App');
    assert.equal(init?.to, 'CallKit (callservicesd)');
    assert.match(generated.source, /CXProvider\.init#40;configuration#58;#41;/);
    const report = steps.find((step) => step.text.startsWith('CXProvider.reportNewIncomingCall'));
    assert.match(report?.text ?? '', / · Ada$/);
  });

  test('errors and their notes reach the step list', () => {
    const steps = parseSteps(generateSequenceDiagram('push-never-reported').steps);
    assert.ok(steps);
    const killed = steps.find((step) => step.text === 'system.terminateApp');
    assert.ok(killed?.note, 'the kill carries its note');
    const withError = steps.filter((step) => step.error);
    for (const step of withError) assert.match(step.text, /^✗ /);
  });

  test('finds the element inside JSX and leaves other elements alone', () => {
    const tree = transform(
      [
        '<Tabs>',
        '  <TabItem value="a" label="A">',
        '    <SequenceDiagram scenario="outgoing-call" />',
        '  </TabItem>',
        '</Tabs>',
        '',
        '<SequenceDiagram scenario="dtmf-digits" />',
        '',
        '<CallSimulator scenario="outgoing-call" />',
      ].join('\n'),
    );
    const found = elements(tree);
    assert.equal(found.length, 2);
    assert.deepEqual(
      found.map((element) => attributes(element)['source']),
      [expectedSource('outgoing-call'), expectedSource('dtmf-digits')],
    );
    const [simulator] = elements(tree, 'CallSimulator');
    assert.deepEqual(Object.keys(attributes(simulator as JsxElement)), ['scenario']);
  });

  test('a page without the element is untouched', () => {
    const mdx =
      '# Title\n\nText with `<SequenceDiagram>` in code.\n\n```mdx\n<SequenceDiagram />\n```\n';
    const processor = unified().use(remarkParse).use(remarkMdx);
    const plain = processor.parse(mdx);
    assert.deepEqual(transform(mdx), plain);
  });

  test('deterministic: the same input gives the same attributes; each pair is run once', () => {
    const first = generateSequenceDiagram('call-waiting-end-and-accept', 'locked:on');
    assert.equal(generateSequenceDiagram('call-waiting-end-and-accept', 'locked:on'), first);
    const a = transform('<SequenceDiagram scenario="merge-calls" />');
    const b = transform('<SequenceDiagram scenario="merge-calls" />');
    assert.deepEqual(
      attributes(elements(a)[0] as JsxElement),
      attributes(elements(b)[0] as JsxElement),
    );
  });

  test('every generated diagram parses with Mermaid', async () => {
    for (const [id, whatIf] of [
      ['locked-push-answer', ''],
      ['push-never-reported', ''],
      ['provider-reset-during-call', ''],
      ['locked-push-answer', 'forgetToFulfil:on,appState:background'],
    ] as const) {
      assert.equal(await parseMermaid(generateSequenceDiagram(id, whatIf).source), 'sequence');
    }
  });

  test('the output survives a full MDX compile as string props', async () => {
    // @mdx-js/mdx is ESM-only with ESM-only dependencies: load it the ESM way.
    const {compile} = await import('@mdx-js/mdx');
    const file = new VFile({
      path: pagePath,
      value: '<SequenceDiagram scenario="outgoing-call" />\n',
    });
    const output = String(await compile(file, {remarkPlugins: [remarkSequenceDiagram]}));
    const expected = expectedSource('outgoing-call');
    assert.ok(output.includes(JSON.stringify(expected)), 'the source is a string literal prop');
    assert.match(output, /steps: "\[\{/);
  });
});

describe('remark plugin: author mistakes fail the build with a specific message', () => {
  const where = `${path.join('docs', 'guide', 'example.mdx')}:3:1: <SequenceDiagram>: `;

  test('a missing scenario', () => {
    assert.equal(
      failure('# T\n\n<SequenceDiagram caption="x" />'),
      `${where}the scenario attribute is missing or empty: name a built-in scenario, e.g. scenario="locked-push-answer".`,
    );
    assert.match(
      failure('# T\n\n<SequenceDiagram scenario="  " />'),
      /scenario attribute is missing or empty/,
    );
    assert.match(
      failure('# T\n\n<SequenceDiagram scenario />'),
      /scenario must be a plain string .*not a bare attribute/,
    );
  });

  test('an unknown scenario, with the known ids', () => {
    const message = failure('# T\n\n<SequenceDiagram scenario="locked-push-anwser" />');
    assert.ok(
      message.startsWith(`${where}there is no built-in scenario called "locked-push-anwser".`),
    );
    assert.match(message, /Known scenarios: .*locked-push-answer/);
  });

  test('a bad whatIf, with the parser’s own problems and the known toggles', () => {
    const message = failure(
      '# T\n\n<SequenceDiagram scenario="outgoing-call" whatIf="locked:maybe,nope:on" />',
    );
    assert.ok(message.startsWith(`${where}whatIf="locked:maybe,nope:on" is not valid: `));
    assert.match(message, /"locked" takes on or off, not "maybe"/);
    assert.match(message, /unknown what-if toggle "nope"/);
    assert.match(message, /appState \(foreground\/background\/suspended\/terminated\)/);
  });

  test('youAreTheApp cannot be drawn statically', () => {
    assert.match(
      failure('# T\n\n<SequenceDiagram scenario="outgoing-call" whatIf="youAreTheApp:on" />'),
      /youAreTheApp:on" makes the simulated app wait for the reader/,
    );
  });

  test('attributes written as expressions, spreads, typos and generated attributes', () => {
    assert.match(
      failure("# T\n\n<SequenceDiagram scenario={'outgoing-call'} />"),
      /scenario must be a plain string \(scenario="…"\), not a JavaScript expression/,
    );
    assert.match(
      failure('# T\n\n<SequenceDiagram {...props} />'),
      /spread attributes \(\{\.\.\.\}\) are not supported/,
    );
    assert.match(
      failure('# T\n\n<SequenceDiagram scenario="outgoing-call" whatif="locked:on" />'),
      /unknown attribute "whatif"; <SequenceDiagram> takes scenario, whatIf, caption\./,
    );
    assert.match(
      failure('# T\n\n<SequenceDiagram scenario="outgoing-call" source="x" />'),
      /the source attribute is generated at build time; remove it from the page\./,
    );
  });

  test('inside a paragraph (a <figure> in a <p>)', () => {
    assert.equal(
      failure('# T\n\nSee <SequenceDiagram scenario="outgoing-call" /> here.'),
      `${path.join('docs', 'guide', 'example.mdx')}:3:5: <SequenceDiagram>: put it on a line of its own, ` +
        'with blank lines around it: inside a paragraph it would place a <figure> inside a <p>, ' +
        'which is invalid HTML.',
    );
  });

  test('the message names the file relative to the site and the element’s line', () => {
    const message = failure(
      '# T\n\nSome text.\n\n- a list\n\n  <SequenceDiagram scenario="nope" />\n',
    );
    assert.ok(message.startsWith(`${path.join('docs', 'guide', 'example.mdx')}:7:3: `), message);
  });
});

describe('SequenceDiagram steps JSON', () => {
  test('parseSteps accepts what the plugin writes and rejects anything else', () => {
    assert.ok(parseSteps(generateSequenceDiagram('outgoing-call').steps));
    assert.equal(parseSteps(undefined), null);
    assert.equal(parseSteps('not json'), null);
    assert.equal(parseSteps('{"n": 1}'), null);
    assert.equal(parseSteps('[{"n": 1, "at": 0, "from": "App", "to": "User"}]'), null);
    assert.deepEqual(parseSteps('[]'), []);
  });
});
