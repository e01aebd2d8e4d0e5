/**
 * Remark plugin: `<SequenceDiagram scenario="<built-in id>" whatIf="…" caption="…" />` in MDX
 * becomes a diagram generated at build time. Runs in Node (wired in docusaurus.config.ts) and never
 * in the reader's browser.
 *
 * For every `SequenceDiagram` JSX element it runs the built-in scenario with the what-if overrides
 * (parsed by the player's own `parseWhatIf`, applied with `applyWhatIf`), turns the trace into
 * Mermaid with `traceToSequenceDiagram` (titled with the scenario's title, arrows numbered) and
 * adds string attributes the component reads:
 *
 * - `source`: the Mermaid `sequenceDiagram` text;
 * - `steps`: the messages in order as JSON (`SequenceStep[]`), for the static fallback;
 * - `title`: the scenario's title;
 * - `whatIfSummary`: the what-if settings in words (empty when there are none).
 *
 * Author mistakes (no `scenario`, an unknown scenario, a bad `whatIf`, an attribute written as a
 * JavaScript expression, an unknown attribute, the element inside a paragraph) throw a {@link SequenceDiagramError} naming the file,
 * the line and the problem, which fails the build. Deterministic; each scenario + what-if pair is
 * run once per process, however many pages (and compilers) ask for it.
 */
import path from 'node:path';

import type {Root} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {Node} from 'unist';
import type {VFile} from 'vfile';

import {
  applyWhatIf,
  builtinScenario,
  builtinScenarios,
  laneTitles,
  normaliseOverrides,
  parseWhatIf,
  runScenario,
  sequenceLabel,
  systemEvent,
  traceToSequenceDiagram,
  whatIfToggle,
  whatIfToggles,
  type SequenceDiagramOptions,
  type TraceEntry,
  type WhatIfOverrides,
} from '../../simulator/src';
import type {SequenceStep} from '../components/SequenceDiagram/steps';

/** The JSX element the plugin fills in. */
export const componentName = 'SequenceDiagram';

/** Attributes an author writes. */
const authorAttributes = ['scenario', 'whatIf', 'caption'] as const;
/** Attributes the plugin writes; an author must not. */
const generatedAttributes = ['source', 'steps', 'title', 'whatIfSummary'] as const;

/** What the plugin adds to each element (all strings). */
export interface GeneratedDiagram {
  title: string;
  source: string;
  /** JSON of `SequenceStep[]`. */
  steps: string;
  whatIfSummary: string;
}

/** A problem in how a page uses `<SequenceDiagram>`; the message names the file and line. */
export class SequenceDiagramError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SequenceDiagramError';
  }
}

/** The options every generated diagram uses (the unit tests rebuild the source with them). */
export function diagramOptions(title: string): SequenceDiagramOptions {
  return {title, autonumber: true};
}

function showsNote(entry: TraceEntry): boolean {
  return (
    entry.note.trim() !== '' &&
    (entry.error !== undefined ||
      entry.api === systemEvent.terminateApp ||
      entry.api === systemEvent.showIncomingCallUI)
  );
}

/**
 * The trace as the static list of messages. The numbers follow Mermaid's `autonumber`, which
 * numbers arrows only: an entry from a lane to itself is drawn as a note and gets none.
 */
export function traceToSteps(trace: readonly TraceEntry[]): SequenceStep[] {
  let arrow = 0;
  return trace.map((entry) => {
    const isArrow = entry.from !== entry.to;
    if (isArrow) arrow += 1;
    return {
      n: isArrow ? arrow : null,
      at: entry.at,
      from: laneTitles[entry.from],
      to: laneTitles[entry.to],
      kind: entry.kind,
      text: sequenceLabel(entry),
      ...(entry.error !== undefined ? {error: true as const} : {}),
      ...(showsNote(entry) ? {note: entry.note} : {}),
    };
  });
}

function describeOverrides(overrides: WhatIfOverrides): string {
  return Object.entries(overrides)
    .map(([id, value]) => {
      const toggle = whatIfToggle(id);
      if (!toggle) return id;
      if (toggle.kind === 'switch') return `${toggle.label}: ${value === true ? 'on' : 'off'}`;
      const option = toggle.options.find((candidate) => candidate.value === value);
      return `${toggle.label}: ${option?.label ?? String(value)}`;
    })
    .join('; ');
}

function knownScenarioIds(): string {
  return builtinScenarios()
    .map((builtin) => builtin.id)
    .join(', ');
}

function knownToggles(): string {
  return whatIfToggles
    .map((toggle) =>
      toggle.kind === 'switch'
        ? `${toggle.id} (on/off)`
        : `${toggle.id} (${toggle.options.map((option) => option.value).join('/')})`,
    )
    .join(', ');
}

const cache = new Map<string, GeneratedDiagram>();

/**
 * Runs a built-in scenario with its what-if settings and returns what the component needs. Throws
 * a plain message (no file name) on bad input; {@link remarkSequenceDiagram} adds the location.
 */
export function generateSequenceDiagram(scenarioId: string, whatIf = ''): GeneratedDiagram {
  const key = `${scenarioId}\n${whatIf}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const builtin = builtinScenario(scenarioId);
  if (!builtin) {
    throw new Error(
      `there is no built-in scenario called ${JSON.stringify(scenarioId)}. ` +
        `Known scenarios: ${knownScenarioIds()}.`,
    );
  }
  const parsed = parseWhatIf(whatIf);
  if (parsed.problems.length > 0) {
    throw new Error(
      `whatIf=${JSON.stringify(whatIf)} is not valid: ${parsed.problems.join(' ')} ` +
        `Write toggle:value pairs separated by commas (whatIf="forgetToFulfil:on,locked:off"); ` +
        `the toggles: ${knownToggles()}.`,
    );
  }
  if (parsed.overrides['youAreTheApp'] === true) {
    throw new Error(
      'whatIf "youAreTheApp:on" makes the simulated app wait for the reader, so a static diagram ' +
        'would stop at the first choice. Use <CallSimulator> for that, or pick another toggle.',
    );
  }
  const overrides = normaliseOverrides(builtin.scenario, parsed.overrides);
  const scenario = applyWhatIf(builtin.scenario, overrides);
  const {trace} = runScenario(scenario);
  const generated: GeneratedDiagram = {
    title: builtin.scenario.title,
    source: traceToSequenceDiagram(trace, diagramOptions(builtin.scenario.title)),
    steps: JSON.stringify(traceToSteps(trace)),
    whatIfSummary: describeOverrides(overrides),
  };
  cache.set(key, generated);
  return generated;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isDiagramElement(node: Node): node is JsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as JsxElement).name === componentName
  );
}

function location(file: VFile | undefined, node: Node): string {
  const filePath = file?.path ? path.relative(process.cwd(), file.path) || file.path : '<mdx>';
  const start = node.position?.start;
  return start ? `${filePath}:${start.line}:${start.column}` : filePath;
}

/** The element's string attributes; anything else is an author error (thrown as a message). */
function readAttributes(element: JsxElement): Map<string, string> {
  const values = new Map<string, string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      throw new Error(
        `spread attributes ({...}) are not supported: write ${authorAttributes.join(', ')} as plain strings.`,
      );
    }
    const {name, value} = attribute;
    if ((generatedAttributes as readonly string[]).includes(name)) {
      throw new Error(`the ${name} attribute is generated at build time; remove it from the page.`);
    }
    if (!(authorAttributes as readonly string[]).includes(name)) {
      throw new Error(
        `unknown attribute ${JSON.stringify(name)}; <${componentName}> takes ${authorAttributes.join(', ')}.`,
      );
    }
    if (typeof value !== 'string') {
      throw new Error(
        `${name} must be a plain string (${name}="…"), not ${value === null || value === undefined ? 'a bare attribute' : 'a JavaScript expression'}: the diagram is generated at build time.`,
      );
    }
    values.set(name, value);
  }
  return values;
}

function stringAttribute(name: string, value: string): MdxJsxAttribute {
  return {type: 'mdxJsxAttribute', name, value};
}

function fillIn(element: JsxElement): void {
  if (element.type === 'mdxJsxTextElement') {
    throw new Error(
      'put it on a line of its own, with blank lines around it: inside a paragraph it would ' +
        'place a <figure> inside a <p>, which is invalid HTML.',
    );
  }
  const values = readAttributes(element);
  const scenario = values.get('scenario')?.trim();
  if (!scenario) {
    throw new Error(
      'the scenario attribute is missing or empty: name a built-in scenario, ' +
        'e.g. scenario="locked-push-answer".',
    );
  }
  const generated = generateSequenceDiagram(scenario, values.get('whatIf') ?? '');
  element.attributes.push(
    stringAttribute('title', generated.title),
    stringAttribute('source', generated.source),
    stringAttribute('steps', generated.steps),
    stringAttribute('whatIfSummary', generated.whatIfSummary),
  );
}

function visit(node: Node, found: JsxElement[]): void {
  if (isDiagramElement(node)) found.push(node);
  const children = (node as Partial<{children: Node[]}>).children;
  if (Array.isArray(children)) for (const child of children) visit(child, found);
}

/** The remark plugin (for `remarkPlugins` in docusaurus.config.ts). */
export default function remarkSequenceDiagram(): (tree: Root, file?: VFile) => void {
  return (tree, file) => {
    const found: JsxElement[] = [];
    visit(tree, found);
    for (const element of found) {
      try {
        fillIn(element);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new SequenceDiagramError(
          `${location(file, element)}: <${componentName}>: ${message}`,
        );
      }
    }
  };
}
