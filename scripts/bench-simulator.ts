/**
 * Measures the simulator widget in the built site: how long a Step takes to reach the screen, and
 * how much JavaScript a page loads before and after its simulator becomes interactive. A measuring
 * script, not a test: it prints figures (with the latency target as PASS/FAIL) and never fails.
 *
 *   npm run build && npm run bench:simulator
 *   npm run bench:simulator -- --steps 100 --scenario merge-calls
 *
 * Step latency: from the click on Step (the input event's timestamp) to the second animation frame
 * after the widget's `data-position` changed, i.e. until the frame showing the step was painted
 * (the figure the p95 ≤ 50 ms target applies to). Also printed: click → DOM updated and click →
 * first frame, which tell a slow render from a long task that runs right after the paint.
 * JavaScript: every script response, raw and as gzip -9 would send it (the local server does not
 * compress), like scripts/page-weight.ts.
 */
import {chromium, type Browser, type Page} from '@playwright/test';

import {chromiumArgs, findChromium, gzipSize, kib, serveBuild} from './lib/builtSite';

const port = Number(process.env.BENCH_PORT ?? 39219);
const latencyTargetMs = 50;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index !== -1 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const stepCount = Math.max(50, Number(option('steps', '60')));
const longScenario = option('scenario', 'merge-calls');

/** Pages for the JavaScript table: none, one in a guide, the fixture, the playground. */
const weightPages = [
  {path: '/docs/reference', label: 'reference index'},
  {path: '/docs/intro', label: 'guide (intro)'},
  {path: '/e2e/simulator?scenario=locked-push-answer', label: 'fixture page'},
  {path: '/playground?scenario=locked-push-answer', label: 'playground'},
];

const widgetSelector = '[data-testid="call-simulator"]';

async function waitForWidget(page: Page): Promise<void> {
  await page.locator(`${widgetSelector}[data-ready="true"]`).first().waitFor({timeout: 60_000});
  await page.waitForFunction(
    () => {
      const charts = document.querySelectorAll('[data-testid="state-chart"]');
      return (
        charts.length > 0 &&
        document.querySelectorAll('[data-testid="state-chart"]:not([data-status="ready"])')
          .length === 0
      );
    },
    null,
    {timeout: 60_000},
  );
}

// ---------------------------------------------------------------------------------------------
// Step → paint latency

/** One Step, timed from the click event (ms). */
interface StepTiming {
  /** Until the widget's DOM shows the new position (React committed). */
  dom: number;
  /** Until the first animation frame after that: the frame that paints the step. */
  frame: number;
  /** Until the second frame: the measure of record (the first frame was painted by then). */
  painted: number;
}

declare global {
  interface Window {
    __benchStep?: Promise<StepTiming>;
  }
}

/** Arms a one-shot measurement in the page; the caller then clicks Step for real. */
async function armMeasurement(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector);
    if (!root) throw new Error('no simulator on the page');
    const before = root.dataset.position;
    window.__benchStep = new Promise<StepTiming>((resolve) => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let clickedAt = 0;
      window.addEventListener(
        'click',
        (event) => {
          clickedAt = event.timeStamp;
        },
        {capture: true, once: true},
      );
      const observer = new MutationObserver(() => {
        if (root.dataset.position === before) return;
        observer.disconnect();
        const dom = performance.now() - clickedAt;
        requestAnimationFrame(() => {
          const frame = performance.now() - clickedAt;
          requestAnimationFrame(() =>
            resolve({dom, frame, painted: performance.now() - clickedAt}),
          );
        });
      });
      observer.observe(root, {attributes: true, attributeFilter: ['data-position']});
    });
  }, widgetSelector);
}

async function waitForPosition(page: Page, position: string): Promise<void> {
  await page.waitForFunction(
    ([selector, wanted]) =>
      document.querySelector<HTMLElement>(selector ?? '')?.dataset.position === wanted,
    [widgetSelector, position],
  );
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

async function stepLatency(browser: Browser, origin: string): Promise<void> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(`${origin}/playground?scenario=${longScenario}`);
  await waitForWidget(page);
  const widget = page.locator(widgetSelector);
  const stepButton = widget.getByRole('button', {name: 'Step', exact: true});
  const resetButton = widget.getByRole('button', {name: 'Reset', exact: true});
  // One warm-up step (first render of new panels, JIT), not counted.
  await stepButton.click();
  await resetButton.click();
  await waitForPosition(page, '0');

  /** Per sample: the position reached and whether the step added a chart (a new call). */
  const samples: (StepTiming & {position: string; newChart: boolean})[] = [];
  const chartCount = (): Promise<number> => widget.getByTestId('state-chart').count();
  let resets = 0;
  while (samples.length < stepCount) {
    if ((await widget.getAttribute('data-finished')) === 'true') {
      await resetButton.click();
      await waitForPosition(page, '0');
      resets += 1;
      continue;
    }
    const chartsBefore = await chartCount();
    await armMeasurement(page);
    await stepButton.click();
    const timing = await page.evaluate(() => window.__benchStep);
    if (!timing) throw new Error('the measurement was not armed');
    samples.push({
      ...timing,
      position: (await widget.getAttribute('data-position')) ?? '?',
      newChart: (await chartCount()) > chartsBefore,
    });
  }
  await page.close();

  const summary = (values: readonly number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    const max = sorted[sorted.length - 1] ?? NaN;
    return `p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   max ${max.toFixed(1)} ms`;
  };
  const painted = samples.map((sample) => sample.painted).sort((a, b) => a - b);
  const p95 = percentile(painted, 95);
  const verdict = p95 <= latencyTargetMs ? 'PASS' : 'FAIL';
  console.log(
    `\nStep → paint latency (${longScenario}, ${samples.length} steps, ${resets} resets)`,
  );
  console.log(`  click → 2nd frame after the DOM change  ${summary(painted)}`);
  console.log(
    `  target p95 ≤ ${latencyTargetMs} ms: ${verdict}${verdict === 'FAIL' ? ' (over the target)' : ''}`,
  );
  console.log(`  click → DOM updated                     ${summary(samples.map((s) => s.dom))}`);
  console.log(`  click → 1st frame (paints the step)     ${summary(samples.map((s) => s.frame))}`);
  const other = samples.filter((sample) => !sample.newChart).map((sample) => sample.painted);
  const withChart = samples.filter((sample) => sample.newChart).map((sample) => sample.painted);
  console.log(
    `  steps that add a call's chart: ${withChart.length} (${summary(withChart)}); other steps: ${summary(other)}`,
  );
  const slowest = [...samples].sort((a, b) => b.painted - a.painted).slice(0, 5);
  console.log(
    `  slowest: ${slowest
      .map(
        (sample) =>
          `position ${sample.position}${sample.newChart ? ' (new chart)' : ''} ${sample.painted.toFixed(0)} ms (1st frame ${sample.frame.toFixed(0)} ms)`,
      )
      .join(', ')}`,
  );
}

// ---------------------------------------------------------------------------------------------
// JavaScript transferred

interface Body {
  url: string;
  bytes: Buffer;
}

interface Totals {
  files: number;
  raw: number;
  gzip: number;
}

function totals(bodies: readonly Body[]): Totals {
  return {
    files: bodies.length,
    raw: bodies.reduce((sum, body) => sum + body.bytes.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSize(body.bytes), 0),
  };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

async function pageWeight(
  browser: Browser,
  origin: string,
  path: string,
): Promise<{before: Totals; after: Totals | null}> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const scripts: Body[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((bytes) => void scripts.push({url: response.url(), bytes}))
        .catch(() => undefined),
    );
  });
  await page.goto(origin + path);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  await settle(page);
  await Promise.all(pending);
  const before = totals(scripts);
  const widget = page.locator(widgetSelector).first();
  if ((await widget.count()) === 0) {
    await page.close();
    return {before, after: null};
  }
  await widget.scrollIntoViewIfNeeded();
  await waitForWidget(page);
  await settle(page);
  await Promise.all(pending);
  const after = totals(scripts);
  await page.close();
  return {before, after};
}

async function javascriptTable(browser: Browser, origin: string): Promise<void> {
  console.log('\nJavaScript loaded (script responses; gzip -9 of each body)');
  const header = ['page', 'simulator', 'before (files, raw / gzip)', 'after it is interactive'];
  const rows: string[][] = [];
  for (const {path, label} of weightPages) {
    const {before, after} = await pageWeight(browser, origin, path);
    const cell = (t: Totals): string => `${t.files}, ${kib(t.raw)} / ${kib(t.gzip)}`;
    rows.push([
      `${label} ${path}`,
      after ? 'yes' : 'no',
      cell(before),
      after
        ? `${cell(after)} (+${kib(after.raw - before.raw)} / +${kib(after.gzip - before.gzip)})`
        : '—',
    ]);
  }
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const site = await serveBuild(port);
  try {
    const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
    try {
      await stepLatency(browser, site.origin);
      await javascriptTable(browser, site.origin);
    } finally {
      await browser.close();
    }
  } finally {
    site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
