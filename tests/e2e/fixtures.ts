import {test as base, expect, type Page} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Console messages we know come from third-party code and say nothing about our pages.
 * Each entry says why it is tolerated; keep the list short and specific.
 */
const allowedConsoleErrors: readonly {pattern: RegExp; why: string}[] = [
  {
    pattern: /Do not assign mappings to elements without corresponding data/,
    why: 'Mermaid/D3 noise, also allow-listed by Docusaurus itself (mermaid-js/mermaid#6031)',
  },
];

function isAllowed(text: string): boolean {
  return allowedConsoleErrors.some(({pattern}) => pattern.test(text));
}

export interface ConsoleWatch {
  errors: string[];
}

/** Every test fails if the page logged an error or threw, unless the message is allow-listed. */
export const test = base.extend<{consoleWatch: ConsoleWatch}>({
  consoleWatch: [
    async ({page}, use) => {
      const watch: ConsoleWatch = {errors: []};
      page.on('console', (message) => {
        if (message.type() === 'error' && !isAllowed(message.text())) {
          watch.errors.push(`console.error: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => {
        if (!isAllowed(error.message)) watch.errors.push(`uncaught: ${error.message}`);
      });
      await use(watch);
      expect(watch.errors, 'the page logged errors').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Clicks on server-rendered markup before hydration are lost, so every test waits for it. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}

export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await waitForHydration(page);
}

export type ColorMode = 'light' | 'dark';

/** The site follows the system preference until the reader picks a mode, so emulate the system's. */
export async function useColorMode(page: Page, mode: ColorMode): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe with the WCAG 2 A and AA rules and returns the serious and critical findings. */
/**
 * Waits until nothing is still loading or drawing: simulators and sequence diagrams within the
 * 200 px margin their lazy loading uses, and every state chart on the page. axe snapshots the
 * page when it starts, so a chart that finishes drawing during the analysis would look
 * scrollable (measured live) but not focusable (its attributes read from the snapshot).
 */
async function drawingsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const margin = 200;
      const near = (element: Element): boolean => {
        const box = element.getBoundingClientRect();
        return box.bottom > -margin && box.top < window.innerHeight + margin;
      };
      const lazy = [
        ...document.querySelectorAll('[data-testid="call-simulator"][data-ready="false"]'),
        ...document.querySelectorAll('[data-testid="sequence-diagram"][data-status="waiting"]'),
      ];
      // A state chart draws as soon as its simulator mounts, wherever it is on the page, so every
      // one must be finished, not only those near the viewport.
      const drawing = document.querySelectorAll(
        '[data-testid="state-chart"][data-status="loading"]',
      );
      return drawing.length === 0 && !lazy.some(near);
    },
    undefined,
    {timeout: 20_000},
  );
}

export async function seriousAxeFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  await drawingsSettled(page);
  let builder = new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}
