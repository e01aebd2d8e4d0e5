/**
 * Helpers for the state chart: reading the generated Mermaid source (labels, nesting, transition
 * lines), tagging the SVG Mermaid drew from it, and toggling the attributes that mark the active
 * states. Nothing here re-renders: after the first draw, a simulator step only flips attributes.
 *
 * What Mermaid 11.17 (`stateDiagram-v2`, dagre layout, classic look) draws, checked in Chromium:
 * - a simple state is `<g class="node statediagram-state" id="<svgId>-state-<stateId>-<n>">`,
 *   a composite one `<g class="statediagram-state statediagram-cluster" id="…same…">`; `[*]`
 *   start and end circles are `g.node.default` (no `statediagram-state` class), the dashed
 *   regions of a parallel state get ids that are not state ids (`…-state-divider-id-1-0`);
 * - every `-->` line of the source, `[*]` arrows included, is one `<path data-id="edge<k>">`
 *   (id `<svgId>-edge<k>`), numbered in the order the lines appear in the source, and its label
 *   is `<g class="label" data-id="edge<k>">`. The paths are not in that order in the DOM (edges
 *   inside a composite come after it), so the number is what counts. Because this is observed
 *   rather than documented, {@link indexChart} checks it on every drawing (same count, and each
 *   label's text is the one written on that line) and tags no edge when the check fails.
 */

/** `[*]`: the start or end pseudo-state of the enclosing block. */
export const pseudoState = '[*]';

export interface ChartEdgeLine {
  /** A state id, or {@link pseudoState}. */
  from: string;
  /** A state id, or {@link pseudoState}. */
  to: string;
  /** The transition label as the reader sees it (entities decoded), or '' for none. */
  label: string;
  /** The composite state whose block the line is written in; null at the top level. */
  block: string | null;
}

/** What the chart source says, independent of how Mermaid lays it out. */
export interface ChartModel {
  /** State id → its label, entities decoded (`held`). */
  labels: ReadonlyMap<string, string>;
  /** State id → the composite state it is drawn in, or null at the top level. */
  parents: ReadonlyMap<string, string | null>;
  /** Composite states whose regions are separated by `--` (parallel states). */
  parallel: ReadonlySet<string>;
  /** Every `-->` line, in source order: line k is Mermaid's `edge<k>`. */
  edges: readonly ChartEdgeLine[];
}

/** Decodes the `#60;` entity codes that `escapeMermaidText` writes (Mermaid shows the character). */
function decodeEntities(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

const stateLine = /^state\s+"([^"]*)"\s+as\s+([A-Za-z0-9_]+)$/;
const blockLine = /^state\s+([A-Za-z0-9_]+)\s*\{$/;
const edgeLine = /^(\[\*\]|[A-Za-z0-9_]+)\s*-->\s*(\[\*\]|[A-Za-z0-9_]+)(?:\s*:\s*(.*))?$/;

/** Reads a `stateDiagram-v2` source as `machineToStateDiagram` writes it. */
export function parseChartSource(source: string): ChartModel {
  const labels = new Map<string, string>();
  const parents = new Map<string, string | null>();
  const parallel = new Set<string>();
  const edges: ChartEdgeLine[] = [];
  const stack: string[] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const block = stack[stack.length - 1] ?? null;
    let match: RegExpExecArray | null;
    if ((match = stateLine.exec(line))) {
      const [, label = '', id = ''] = match;
      labels.set(id, decodeEntities(label));
      parents.set(id, block);
    } else if ((match = blockLine.exec(line))) {
      const id = match[1] ?? '';
      if (!parents.has(id)) parents.set(id, block);
      stack.push(id);
    } else if (line === '}') {
      stack.pop();
    } else if (line === '--') {
      if (block !== null) parallel.add(block);
    } else if ((match = edgeLine.exec(line))) {
      const [, from = '', to = '', label = ''] = match;
      edges.push({from, to, label: decodeEntities(label).trim(), block});
    }
  }
  return {labels, parents, parallel, edges};
}

/**
 * The active states as one line of text, for the caption under the chart and for readers who do
 * not see the colours: "connected › held", or "screen › locked, app › background, cellular › idle"
 * for a parallel machine (a parallel state is left out of the path; its regions name the parts).
 */
export function describeActive(model: ChartModel, active: readonly string[]): string {
  const on = new Set(active);
  const hasActiveChild = new Set<string>();
  for (const id of active) {
    const parent = model.parents.get(id);
    if (parent !== undefined && parent !== null && on.has(parent)) hasActiveChild.add(parent);
  }
  const paths: string[] = [];
  for (const leaf of active) {
    if (hasActiveChild.has(leaf)) continue;
    const names: string[] = [];
    let id: string | null = leaf;
    while (id !== null && on.has(id)) {
      if (!model.parallel.has(id)) names.unshift(model.labels.get(id) ?? id);
      id = model.parents.get(id) ?? null;
    }
    if (names.length > 0) paths.push(names.join(' › '));
  }
  return paths.join(', ');
}

export interface TaggedEdge extends ChartEdgeLine {
  path: Element;
  /** The edge's label group, when the edge has a label. */
  labelElement: Element | null;
}

/** A drawn chart: its state elements and, when the numbering checked out, its edges. */
export interface ChartIndex {
  svg: SVGSVGElement;
  states: ReadonlyMap<string, Element>;
  /** Null when Mermaid's edge numbering did not match the source: edges are then left alone. */
  edges: readonly TaggedEdge[] | null;
}

function normalise(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/**
 * Tags the SVG Mermaid drew for `model` (its root has the id `svgId`): `data-state-id` on every
 * state and composite-state group, and, when the edge numbering is confirmed, `data-from` and
 * `data-to` on every transition path.
 */
export function indexChart(svg: SVGSVGElement, svgId: string, model: ChartModel): ChartIndex {
  const stateIdPattern = new RegExp(`^${escapeRegExp(svgId)}-state-([A-Za-z0-9_]+)-\\d+$`);
  const states = new Map<string, Element>();
  for (const group of svg.querySelectorAll('g.statediagram-state[id]')) {
    const stateId = stateIdPattern.exec(group.id)?.[1];
    if (stateId === undefined || states.has(stateId)) continue;
    group.setAttribute('data-state-id', stateId);
    states.set(stateId, group);
  }
  return {svg, states, edges: indexEdges(svg, model)};
}

function indexEdges(svg: SVGSVGElement, model: ChartModel): TaggedEdge[] | null {
  const paths = new Map<string, Element>();
  const labels = new Map<string, Element>();
  for (const element of svg.querySelectorAll('[data-id^="edge"]')) {
    const key = element.getAttribute('data-id') ?? '';
    if (element.tagName.toLowerCase() === 'path') paths.set(key, element);
    else labels.set(key, element);
  }
  if (paths.size !== model.edges.length) return null;
  const edges: TaggedEdge[] = [];
  for (const [k, line] of model.edges.entries()) {
    const path = paths.get(`edge${k}`);
    const labelElement = labels.get(`edge${k}`) ?? null;
    if (!path) return null;
    if (normalise(labelElement?.textContent ?? '') !== normalise(line.label)) return null;
    edges.push({...line, path, labelElement});
  }
  for (const edge of edges) {
    edge.path.setAttribute('data-from', edge.from);
    edge.path.setAttribute('data-to', edge.to);
  }
  return edges;
}

function setFlag(element: Element, name: string, on: boolean): void {
  if (on) {
    if (element.getAttribute(name) !== 'true') element.setAttribute(name, 'true');
  } else if (element.hasAttribute(name)) {
    element.removeAttribute(name);
  }
}

/** Suffix of the "any state" pseudo-state drawn inside a composite (see stateChart.ts). */
const anySuffix = '___any';

/**
 * The edges of the transition(s) just taken: from a state that was left to a state that was
 * entered. A transition from an "any state" pseudo-state counts when its composite was active (or
 * is the machine's root, which is not a chart state) and no direct edge explains the same target.
 * Then the initial arrows: `[*] --> X` inside a composite that a taken edge entered, when X was
 * entered too (repeated for nested composites). Several edges with the same ends but different
 * events are all marked: the chart cannot tell which of them fired.
 */
function takenEdges(
  index: ChartIndex,
  exited: ReadonlySet<string>,
  entered: ReadonlySet<string>,
  wasActive: ReadonlySet<string>,
): Set<TaggedEdge> {
  const taken = new Set<TaggedEdge>();
  if (!index.edges || entered.size === 0 || exited.size === 0) return taken;
  const targets = new Set<string>();
  for (const edge of index.edges) {
    if (exited.has(edge.from) && entered.has(edge.to)) taken.add(edge);
  }
  for (const edge of taken) targets.add(edge.to);
  for (const edge of index.edges) {
    if (!edge.from.endsWith(anySuffix) || !entered.has(edge.to) || targets.has(edge.to)) continue;
    const owner = edge.from.slice(0, -anySuffix.length);
    if (wasActive.has(owner) || !index.states.has(owner)) taken.add(edge);
  }
  for (const edge of taken) targets.add(edge.to);
  let grew = true;
  while (grew) {
    grew = false;
    for (const edge of index.edges) {
      if (edge.from !== pseudoState || edge.block === null || taken.has(edge)) continue;
      if (entered.has(edge.to) && targets.has(edge.block)) {
        taken.add(edge);
        targets.add(edge.to);
        grew = true;
      }
    }
  }
  return taken;
}

/**
 * Marks the chart for one moment: `data-active="true"` on the active states, `data-entered="true"`
 * on those that just became active, and `data-taken="true"` on the edges of the transition taken
 * (only when `previous` is given). Attributes are removed, not set to "false", when they no longer
 * apply, and only touched when they change.
 */
export function applyActivity(
  index: ChartIndex,
  active: readonly string[],
  previous: readonly string[] | undefined,
): void {
  const on = new Set(active);
  const before = previous ? new Set(previous) : null;
  const entered = new Set(before ? active.filter((id) => !before.has(id)) : []);
  const exited = new Set(before ? [...before].filter((id) => !on.has(id)) : []);
  for (const [stateId, element] of index.states) {
    setFlag(element, 'data-active', on.has(stateId));
    setFlag(element, 'data-entered', entered.has(stateId));
  }
  if (!index.edges) return;
  const taken = takenEdges(index, exited, entered, before ?? new Set());
  for (const edge of index.edges) {
    const isTaken = taken.has(edge);
    if (isTaken !== (edge.path.getAttribute('data-taken') === 'true')) {
      // The draw-in animation dashes the path in units of its whole length.
      if (isTaken) edge.path.setAttribute('pathLength', '1');
      else edge.path.removeAttribute('pathLength');
    }
    setFlag(edge.path, 'data-taken', isTaken);
    if (edge.labelElement) setFlag(edge.labelElement, 'data-taken', isTaken);
  }
}
