/**
 * Figures for the two tools. A measuring script, not a test: it prints and asserts nothing.
 *
 *   npm run --silent bench:tools            # the pure functions in Node, then the pages
 *   npm run --silent bench:tools -- --node  # only the Node part (no build needed)
 *
 * Node: the median and worst time of the checks and generators the pages run on every keystroke,
 * and of the engine-backed preview. Browser (needs a build): one typed character → the generated
 * code on screen, measured from the keydown to the second animation frame after the change.
 */
import {chromium, type Page} from '@playwright/test';

import {configurationPreview} from '../simulator/src';
import {generateNodeSnippet} from '../src/components/tools/VoipPushComposer/nodeSnippet';
import {
  createDefaultDraft,
  defaultProviderConfigurationDraft,
  generateCurl,
  providerConfigurationObjectiveC,
  providerConfigurationSwift,
  toScenarioConfiguration,
  validateProviderConfigurationDraft,
  validateVoipPush,
  type VoipPushDraft,
} from '../simulator/src/tools';
import {chromiumArgs, findChromium, serveBuild} from './lib/builtSite';

const port = Number(process.env.E2E_PORT ?? 39219);
const runs = 200;
const keystrokes = 30;

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

function summary(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const max = sorted[sorted.length - 1] ?? NaN;
  return `p50 ${percentile(sorted, 50).toFixed(2)} ms   p95 ${percentile(sorted, 95).toFixed(2)} ms   max ${max.toFixed(2)} ms`;
}

function time(label: string, count: number, work: () => unknown): void {
  for (let i = 0; i < 5; i += 1) work();
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  console.log(`  ${label.padEnd(58)} ${summary(samples)}`);
}

function nodeFigures(): void {
  const nowSeconds = 1_767_225_600;
  const small = createDefaultDraft();
  const padding = 'x'.repeat(4_900);
  const large: VoipPushDraft = {
    ...small,
    payload: JSON.stringify({...JSON.parse(small.payload), note: padding}, null, 2),
  };
  console.log(`Pure functions in Node (${runs} runs each)`);
  for (const [label, draft] of [
    ['default push', small],
    ['push of about 5 KB', large],
  ] as const) {
    time(`VoIP push: validate + curl + Node.js (${label})`, runs, () => {
      validateVoipPush(draft, {nowSeconds});
      generateCurl(draft);
      generateNodeSnippet(draft);
    });
  }
  const draft = defaultProviderConfigurationDraft();
  time('provider configuration: validate + Swift + Objective-C', runs, () => {
    const {configuration} = validateProviderConfigurationDraft(draft);
    providerConfigurationSwift(configuration);
    providerConfigurationObjectiveC(configuration);
  });
  const {configuration} = validateProviderConfigurationDraft(draft);
  time('provider configuration: engine preview (four screens)', 40, () =>
    configurationPreview(toScenarioConfiguration(configuration)),
  );
}

declare global {
  interface Window {
    __benchKey?: Promise<number>;
  }
}

/**
 * Arms a one-shot measurement: keydown → the text of `target` changes → two animation frames. The
 * whole body is observed because a code block may replace its element rather than edit it. The
 * function runs in the page: it must use the page's globals only (importing `performance` from
 * node:perf_hooks in this file would make tsx rewrite the calls in here to a Node binding).
 */
async function arm(page: Page, target: string): Promise<void> {
  await page.evaluate((selector) => {
    const before = document.querySelector(selector)?.textContent ?? null;
    if (before === null) throw new Error(`nothing matches ${selector}`);
    window.__benchKey = new Promise<number>((resolve) => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      let pressedAt = 0;
      window.addEventListener(
        'keydown',
        (event) => {
          pressedAt = event.timeStamp;
        },
        {capture: true, once: true},
      );
      const observer = new MutationObserver(() => {
        if ((document.querySelector(selector)?.textContent ?? null) === before) return;
        observer.disconnect();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(performance.now() - pressedAt)),
        );
      });
      observer.observe(document.body, {childList: true, subtree: true, characterData: true});
    });
  }, target);
}

async function typingLatency(
  page: Page,
  path: string,
  input: string,
  output: string,
  label: string,
): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const field = page.locator(`[data-testid="${input}"]`).first();
  await field.click();
  await page.keyboard.press('End');
  const samples: number[] = [];
  for (let i = 0; i < keystrokes + 2; i += 1) {
    await arm(page, `[data-testid="${output}"]`);
    await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace');
    const latency = await page.evaluate(() => window.__benchKey);
    if (latency === undefined) throw new Error('the measurement was not armed');
    if (i >= 2) samples.push(latency);
  }
  console.log(`  ${label.padEnd(58)} ${summary(samples)}`);
}

async function browserFigures(): Promise<void> {
  const site = await serveBuild(port);
  try {
    const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
    const page = await browser.newPage({
      viewport: {width: 1400, height: 1000},
      baseURL: site.origin,
    });
    console.log(
      `\nTyping in the pages (${keystrokes} keystrokes; keydown → 2nd frame after the change)`,
    );
    await typingLatency(
      page,
      '/tools/voip-push',
      'vp-bundle-id',
      'vp-curl',
      'VoIP push composer: bundle id → curl',
    );
    await typingLatency(
      page,
      '/tools/provider-configuration',
      'pc-field-ringtoneSound',
      'pc-code-swift',
      'provider configuration: ringtone → Swift',
    );
    await browser.close();
  } finally {
    site.stop();
  }
}

async function main(): Promise<void> {
  nodeFigures();
  if (!process.argv.includes('--node')) await browserFigures();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
