/**
 * Helpers for the simulator's end-to-end tests: opening the widget, pressing its controls, reading
 * what it shows, and what the engine says it should show (the same engine, run here in Node).
 */
import type {Locator, Page} from '@playwright/test';

import {
  activeStateIds,
  builtinScenario,
  chartPanels,
  createSimulation,
  formatScenarioError,
  validateScenario,
  type PhoneScreen,
  type Scenario,
  type TraceEntry,
  type TraceMatch,
} from '../../simulator/src';
import {expect, openPage} from './fixtures';

/**
 * For `test.use()` in the simulator's spec files. The config keeps the trace of a failed test
 * ('retain-on-failure'), and recording it takes a DOM snapshot at every action; the simulator's
 * pages are large (the SVG state charts), so those snapshots slowed these tests by about 60 %.
 * A failed test still keeps its trace, with the action log and screenshots but no DOM snapshots;
 * run it again with `--trace on` for those.
 */
export const simulatorTestOptions = {
  trace: {mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: true},
} as const;

/** The fixture page that embeds one `<CallSimulator>` below the fold (src/pages/e2e/simulator.tsx). */
export const fixturePath = '/e2e/simulator';

export function simulatorIn(page: Page): Locator {
  return page.getByTestId('call-simulator');
}

/** Opens the playground with a share-link query and waits until the simulator is interactive. */
export async function openPlayground(page: Page, query = ''): Promise<Locator> {
  await openPage(page, `/playground${query}`);
  const widget = simulatorIn(page);
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

/** Opens the fixture page, scrolls the widget into view and waits until it is interactive. */
export async function openFixture(page: Page, scenario: string, whatIf?: string): Promise<Locator> {
  const query = new URLSearchParams({scenario, ...(whatIf ? {whatIf} : {})});
  await openPage(page, `${fixturePath}?${query.toString()}`);
  const widget = simulatorIn(page);
  await expect(widget).toHaveAttribute('data-scenario', scenario);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

export function button(scope: Locator, name: string): Locator {
  return scope.getByRole('button', {name, exact: true});
}

export function phoneOf(widget: Locator): Locator {
  return widget.getByTestId('phone');
}

export function traceEntries(widget: Locator): Locator {
  return widget.getByTestId('trace-entry');
}

export async function positionOf(widget: Locator): Promise<number> {
  return Number(await widget.getAttribute('data-position'));
}

/** Presses Step once and waits for the player to move one position on. */
export async function step(widget: Locator): Promise<void> {
  const before = await positionOf(widget);
  await button(widget, 'Step').click();
  await expect(widget).toHaveAttribute('data-position', String(before + 1));
}

/** Presses Step until `done` holds (checked before each press), at most `limit` times. */
export async function stepUntil(
  widget: Locator,
  done: () => Promise<boolean>,
  what: string,
  limit = 20,
): Promise<void> {
  for (let count = 0; count < limit; count++) {
    if (await done()) return;
    await step(widget);
  }
  if (!(await done())) throw new Error(`${what}: not reached after ${limit} steps`);
}

export async function stepToScreen(widget: Locator, screen: PhoneScreen): Promise<void> {
  const phone = phoneOf(widget);
  await stepUntil(
    widget,
    async () => (await phone.getAttribute('data-screen')) === screen,
    `screen ${screen}`,
  );
}

/** Steps until the run is over (Step disabled). */
export async function stepToEnd(widget: Locator, limit = 60): Promise<void> {
  await stepUntil(
    widget,
    async () => (await widget.getAttribute('data-finished')) === 'true',
    'the end of the run',
    limit,
  );
}

// ---------------------------------------------------------------------------------------------
// State charts

/** Mermaid draws asynchronously: waits until every chart in the widget is drawn and tagged. */
export async function waitForCharts(widget: Locator): Promise<void> {
  const charts = widget.getByTestId('state-chart');
  await expect(charts.first()).toBeVisible();
  await expect(
    widget.locator('[data-testid="state-chart"]:not([data-status="ready"])'),
  ).toHaveCount(0, {timeout: 20_000});
  await expect(widget.locator('[data-state-id]').first()).toBeAttached();
}

/**
 * The highlighted states of every chart, keyed by the chart's title ("Device", "Call 1
 * (incoming)"): the engine names its panels the same way, and titles do not depend on how the
 * widget orders the charts or builds their ids.
 */
export async function activeStatesByChart(widget: Locator): Promise<Record<string, string[]>> {
  const charts = await widget.getByTestId('state-chart').evaluateAll((figures) =>
    figures.map((figure) => ({
      title: figure.querySelector('figcaption')?.textContent?.trim() ?? '',
      active: [...figure.querySelectorAll('[data-state-id][data-active="true"]')].map(
        (node) => node.getAttribute('data-state-id') ?? '',
      ),
    })),
  );
  return Object.fromEntries(charts.map(({title, active}) => [title, active.sort()]));
}

/** The chart figure with this title ("Call 1 (incoming)", "Audio session"). */
export function chartFigure(widget: Locator, title: string | RegExp): Locator {
  return widget
    .getByTestId('state-chart')
    .filter({has: widget.page().locator('figcaption', {hasText: title})});
}

/** The figure of the first call's chart. */
export function firstCallChart(widget: Locator): Locator {
  return chartFigure(widget, /^Call 1 \(/);
}

export function chartState(figure: Locator, stateId: string): Locator {
  return figure.locator(`[data-state-id="${stateId}"]`);
}

// ---------------------------------------------------------------------------------------------
// Trace

export interface ShownEntry {
  seq: number;
  api: string;
  kind: string;
  action: string | null;
  error: string | null;
  latest: boolean;
  /** The entry's visible text (time, lanes, API, note, `key=value` details). */
  text: string;
}

export async function shownTrace(widget: Locator): Promise<ShownEntry[]> {
  return traceEntries(widget).evaluateAll((items) =>
    items.map((item) => ({
      seq: Number(item.getAttribute('data-seq')),
      api: item.getAttribute('data-api') ?? '',
      kind: item.getAttribute('data-kind') ?? '',
      action: item.getAttribute('data-action'),
      error: item.getAttribute('data-error'),
      latest: item.getAttribute('data-latest') === 'true',
      text: item.textContent ?? '',
    })),
  );
}

/** The `key=value` texts the timeline writes for an entry's details (the payload is left out). */
export function detailTexts(entry: TraceEntry): string[] {
  return Object.entries(entry.detail ?? {})
    .filter(([key]) => key !== 'payload')
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
}

/** The trace entries that match a what-if consequence (api, action, error, detail as text). */
export function matchingEntries(widget: Locator, match: TraceMatch): Locator {
  let selector = `[data-testid="trace-entry"][data-api="${match.api}"]`;
  if (match.action) selector += `[data-action="${match.action}"]`;
  if (match.error) selector += `[data-error="${match.error}"]`;
  let entries = widget.locator(selector);
  for (const [key, value] of Object.entries(match.detail ?? {})) {
    entries = entries.filter({hasText: `${key}=${value}`});
  }
  return entries;
}

export function describeMatch(match: TraceMatch): string {
  const detail = Object.entries(match.detail ?? {}).map(([key, value]) => `${key}=${value}`);
  return [match.api, match.action, match.error, ...detail].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------------------------------------
// What the engine says (run in Node, the same code the widget runs)

export interface ExpectedMoment {
  position: number;
  screen: PhoneScreen;
  finished: boolean;
  trace: TraceEntry[];
  /** Index of the first entry the last step wrote (all entries count as new at position 0). */
  latestFrom: number;
  /** Active chart states by chart title, as {@link activeStatesByChart} reads them. */
  charts: Record<string, string[]>;
}

/** Every position of a scenario played with Step only, from 0 to the end. */
export function expectedRun(scenario: Scenario): ExpectedMoment[] {
  const simulation = createSimulation(scenario);
  const moments: ExpectedMoment[] = [];
  let latestFrom = 0;
  const record = (): void => {
    const snapshot = simulation.getSnapshot();
    const charts = Object.fromEntries(
      chartPanels(snapshot).map((panel) => [panel.title, activeStateIds(snapshot, panel).sort()]),
    );
    moments.push({
      position: moments.length,
      screen: snapshot.ui.screen,
      finished: simulation.isFinished(),
      trace: [...simulation.trace],
      latestFrom,
      charts,
    });
  };
  record();
  while (!simulation.isFinished() && moments.length < 500) {
    latestFrom = simulation.trace.length;
    simulation.step();
    record();
  }
  simulation.stop();
  return moments;
}

export function builtin(id: string): Scenario {
  const found = builtinScenario(id);
  if (!found) throw new Error(`no built-in scenario ${id}`);
  return found.scenario;
}

/**
 * A deep copy of a built-in without its id (so the widget treats it as the reader's own), changed
 * by `edit`, and checked by the validator like any scenario from a share link.
 */
export function customScenario(id: string, edit: (scenario: Scenario) => void): Scenario {
  const copy = JSON.parse(JSON.stringify(builtin(id))) as Partial<Scenario>;
  delete copy.id;
  const input = copy as Scenario;
  edit(input);
  const result = validateScenario(input);
  if (!result.ok) throw new Error(`invalid test scenario: ${formatScenarioError(result.error)}`);
  return input;
}

export function jsonQuery(scenario: unknown): string {
  return `?json=${encodeURIComponent(JSON.stringify(scenario))}`;
}
