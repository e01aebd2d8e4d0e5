import type {Locator, Page} from '@playwright/test';

import {whatIfToggles, whatIfValues, type WhatIfToggle} from '../../simulator/src';
import {test, expect, seriousAxeFindings, useColorMode} from './fixtures';
import {
  activeStatesByChart,
  builtin,
  button,
  chartState,
  describeMatch,
  detailTexts,
  expectedRun,
  firstCallChart,
  fixturePath,
  matchingEntries,
  openFixture,
  openPlayground,
  phoneOf,
  positionOf,
  shownTrace,
  simulatorIn,
  simulatorTestOptions,
  step,
  stepToScreen,
  traceEntries,
  waitForCharts,
} from './simulatorHelpers';

test.use(simulatorTestOptions);

// The simulator widget against the built site. What the widget should show at each step comes
// from the engine itself, run here in Node: the widget must add nothing and lose nothing.

const canonical = 'locked-push-answer';

test.describe('the canonical flow (locked phone, VoIP push, answer)', () => {
  test('every Step shows what the engine says: phone screen, active states, trace', async ({
    page,
  }) => {
    const moments = expectedRun(builtin(canonical));
    // Sanity: the flow this test is about.
    expect(moments.map((moment) => moment.screen)).toContain('lockScreenIncoming');
    expect(moments[moments.length - 1]?.screen).toBe('ended');

    const widget = await openPlayground(page, `?scenario=${canonical}`);
    await expect(widget).toHaveAttribute('data-scenario', canonical);
    await waitForCharts(widget);
    const phone = phoneOf(widget);

    for (const moment of moments) {
      if (moment.position > 0) await step(widget);
      const at = `position ${moment.position}`;
      await expect(widget, at).toHaveAttribute('data-position', String(moment.position));
      await expect(phone, at).toHaveAttribute('data-screen', moment.screen);
      await expect(widget, at).toHaveAttribute('data-finished', String(moment.finished));
      await expect.poll(() => activeStatesByChart(widget), {message: at}).toEqual(moment.charts);

      const shown = await shownTrace(widget);
      expect(
        shown.map(({text: _text, ...attributes}) => attributes),
        at,
      ).toEqual(
        moment.trace.map((entry) => ({
          seq: entry.seq,
          api: entry.api,
          kind: entry.kind,
          action: entry.action ?? null,
          error: entry.error?.name ?? null,
          latest: moment.position > 0 && entry.seq >= moment.latestFrom,
        })),
      );
      for (const entry of moment.trace.slice(moment.latestFrom)) {
        const text = shown.find((item) => item.seq === entry.seq)?.text ?? '';
        for (const detail of detailTexts(entry))
          expect(text, `${at}, #${entry.seq}`).toContain(detail);
      }
      if (moment.position > 0) {
        await expect(widget.getByTestId('sim-status'), at).toContainText(
          `Step ${moment.position},`,
        );
      }
    }

    // The moments the guides talk about, spelled out rather than derived.
    const call = firstCallChart(widget);
    await expect(chartState(call, 'call__ended')).toHaveAttribute('data-active', 'true');
    await expect(widget.getByTestId('sim-status')).toContainText('The run is over.');
    await expect(button(widget, 'Step')).toBeDisabled();
  });

  test('the highlighted states follow the call: ringing, answer, audio, in call', async ({
    page,
  }) => {
    const widget = await openPlayground(page, `?scenario=${canonical}`);
    await waitForCharts(widget);
    const phone = phoneOf(widget);
    const call = firstCallChart(widget);
    const isActive = (id: string) => chartState(widget, id).first();

    await stepToScreen(widget, 'lockScreenIncoming');
    await expect(chartState(call, 'call__ringing')).toHaveAttribute('data-active', 'true');
    await expect(isActive('callKit__ui__incoming__lockScreen')).toHaveAttribute(
      'data-active',
      'true',
    );
    await expect(phone).toContainText('Ada');
    await expect(
      traceEntries(widget).and(widget.locator('[data-api="system.showIncomingCallUI"]')),
    ).toContainText('presentation=lockScreen');

    await step(widget);
    await expect(phone).toHaveAttribute('data-screen', 'connecting');
    await expect(chartState(call, 'call__answering')).toHaveAttribute('data-active', 'true');
    await expect(chartState(call, 'call__ringing')).not.toHaveAttribute('data-active', 'true');

    await step(widget);
    await expect(phone).toHaveAttribute('data-screen', 'inCall');
    await expect(isActive('audioSession__activeBySystem')).toHaveAttribute('data-active', 'true');
    await expect(isActive('callKit__ui__inCall')).toHaveAttribute('data-active', 'true');
    await expect(chartState(call, 'call__connected__active')).toHaveAttribute(
      'data-active',
      'true',
    );
    const latest = widget.locator('[data-testid="trace-entry"][data-latest="true"]');
    await expect(latest.and(widget.locator('[data-api="CXAction.fulfill()"]'))).toHaveAttribute(
      'data-action',
      'CXAnswerCallAction',
    );
    await expect(
      latest.and(widget.locator('[data-api="CXProviderDelegate.provider(_:didActivate:)"]')),
    ).toHaveCount(1);
  });

  test('Slide to answer answers the ringing call before the script does', async ({page}) => {
    const widget = await openPlayground(page, `?scenario=${canonical}`);
    const phone = phoneOf(widget);
    await stepToScreen(widget, 'lockScreenIncoming');
    const position = await positionOf(widget);

    await button(phone, 'Slide to answer').click();
    await expect(widget).toHaveAttribute('data-position', String(position + 1));
    await expect(phone).toHaveAttribute('data-screen', 'connecting');
    const latest = widget.locator('[data-testid="trace-entry"][data-latest="true"]');
    await expect(latest.first()).toHaveAttribute('data-api', 'user.answer');
    await expect(
      latest.and(widget.locator('[data-api="CXProviderDelegate.provider(_:perform:)"]')),
    ).toHaveAttribute('data-action', 'CXAnswerCallAction');
    // The reader answered at once: virtual time did not move on to the scripted answer (2 s).
    await expect(latest.first()).toContainText('0.000 s');

    await step(widget);
    await expect(phone).toHaveAttribute('data-screen', 'inCall');
    await waitForCharts(widget);
    await expect(chartState(widget, 'audioSession__activeBySystem')).toHaveAttribute(
      'data-active',
      'true',
    );
    await expect(button(phone, 'Mute')).toHaveAttribute('aria-pressed', 'false');
    await button(phone, 'Mute').click();
    await expect(button(phone, 'Mute')).toHaveAttribute('aria-pressed', 'true');
    await expect(button(phone, 'Hold')).toHaveAttribute('aria-pressed', 'false');
    await expect(button(phone, 'Keypad')).toBeVisible();
    await expect(button(phone, 'End call')).toBeVisible();
  });
});

test('Back, rewinding to a trace entry, Play and Pause at 4×, and Reset', async ({page}) => {
  const moments = expectedRun(builtin(canonical));
  const ringing = moments.findIndex((moment) => moment.screen === 'lockScreenIncoming');
  expect(ringing).toBeGreaterThan(1);
  const widget = await openPlayground(page, `?scenario=${canonical}`);
  const phone = phoneOf(widget);
  const entries = traceEntries(widget);

  for (let position = 1; position <= ringing; position++) await step(widget);
  await expect(entries).toHaveCount(moments[ringing]?.trace.length ?? -1);

  // Back: the previous screen and trace come back.
  await button(widget, 'Back').click();
  await expect(widget).toHaveAttribute('data-position', String(ringing - 1));
  await expect(phone).toHaveAttribute('data-screen', moments[ringing - 1]?.screen ?? '');
  await expect(entries).toHaveCount(moments[ringing - 1]?.trace.length ?? -1);
  // …and Step replays the same move.
  await step(widget);
  await expect(phone).toHaveAttribute('data-screen', 'lockScreenIncoming');

  // Rewind: choose an entry written at position 2; the run goes back to position 2.
  const target = moments[2]?.trace[moments[2].trace.length - 1];
  if (!target) throw new Error('position 2 wrote no entry');
  await entries
    .and(widget.locator(`[data-seq="${target.seq}"]`))
    .getByRole('button')
    .click();
  await expect(widget).toHaveAttribute('data-position', '2');
  await expect(entries).toHaveCount(moments[2]?.trace.length ?? -1);
  await expect(
    widget.locator(`[data-testid="trace-entry"][data-seq="${target.seq + 1}"]`),
  ).toHaveCount(0);
  await expect(phone).toHaveAttribute('data-screen', moments[2]?.screen ?? '');

  // Play at 4× (one step every 250 ms), then Pause: the position stops moving. Play starts from
  // the beginning so that the run (8 steps, 2 s at 4×) cannot end before Pause is pressed.
  await button(widget, 'Reset').click();
  await expect(widget).toHaveAttribute('data-position', '0');
  await widget.getByRole('combobox', {name: 'Speed'}).selectOption('4');
  await button(widget, 'Play').click();
  await expect(button(widget, 'Pause')).toBeVisible();
  await expect.poll(() => positionOf(widget), {intervals: [25]}).toBeGreaterThanOrEqual(1);
  await button(widget, 'Pause').click();
  await expect(button(widget, 'Play')).toBeVisible();
  const paused = await positionOf(widget);
  expect(paused).toBeLessThan(moments.length - 1);
  await page.waitForTimeout(400);
  expect(await positionOf(widget)).toBe(paused);
  // Play again runs to the end by itself, then shows Play (disabled) again.
  await button(widget, 'Play').click();
  await expect(widget).toHaveAttribute('data-finished', 'true', {timeout: 5_000});
  await expect(button(widget, 'Play')).toBeDisabled();

  // Reset: back to the start, nothing in the trace, Reset and Back disabled.
  await button(widget, 'Reset').click();
  await expect(widget).toHaveAttribute('data-position', '0');
  await expect(entries).toHaveCount(0);
  await expect(phone).toHaveAttribute('data-screen', moments[0]?.screen ?? '');
  await expect(button(widget, 'Reset')).toBeDisabled();
  await expect(button(widget, 'Back')).toBeDisabled();
  await expect(widget.getByTestId('sim-status')).toContainText('Press Step or Play to start.');
});

// One page per demo scenario: each toggle is set, its consequence checked, and set back.
test.describe('every what-if toggle shows its documented consequence', () => {
  const byScenario = new Map<string, WhatIfToggle[]>();
  for (const toggle of whatIfToggles) {
    const id = toggle.consequence.demoScenario;
    byScenario.set(id, [...(byScenario.get(id) ?? []), toggle]);
  }
  for (const [scenarioId, toggles] of byScenario) {
    test(`in ${scenarioId}: ${toggles.map((toggle) => toggle.id).join(', ')}`, async ({page}) => {
      const own = whatIfValues(builtin(scenarioId));
      const widget = await openPlayground(page, `?scenario=${scenarioId}`);
      for (const toggle of toggles) {
        const {consequence} = toggle;
        await test.step(`${toggle.id} → ${String(consequence.value)}`, async () => {
          const control = widget.locator(`[data-toggle="${toggle.id}"]`);
          const original = own[toggle.id];
          if (original === undefined) throw new Error(`no value for ${toggle.id}`);
          expect(original, 'the demo value differs from the scenario’s own').not.toBe(
            consequence.value,
          );
          await setToggle(control, toggle, consequence.value);
          await expect(control).toHaveClass(/toggleChanged/);
          // A change replays the run; in manual mode it stops at the first choice: let time pass.
          if (toggle.id === 'youAreTheApp') await letTimePass(widget);
          await expect(widget).toHaveAttribute('data-finished', 'true');
          for (const match of consequence.appears) {
            await expect
              .soft(matchingEntries(widget, match).first(), `appears: ${describeMatch(match)}`)
              .toBeAttached();
          }
          for (const match of consequence.disappears) {
            await expect
              .soft(matchingEntries(widget, match), `disappears: ${describeMatch(match)}`)
              .toHaveCount(0);
          }
          // Back to the scenario's own value: the toggle no longer counts as changed.
          await setToggle(control, toggle, original);
          await expect(control).not.toHaveClass(/toggleChanged/);
        });
      }
    });
  }
});

/** Presses "Let time pass" (or Step) until the run is over. */
async function letTimePass(widget: Locator): Promise<void> {
  const wait = button(widget, 'Let time pass');
  for (let count = 0; count < 30; count++) {
    if ((await widget.getAttribute('data-finished')) === 'true') return;
    const position = await positionOf(widget);
    if (await wait.isVisible()) await wait.click();
    else await button(widget, 'Step').click();
    await expect(widget).toHaveAttribute('data-position', String(position + 1));
  }
}

async function setToggle(
  control: Locator,
  toggle: WhatIfToggle,
  value: boolean | string,
): Promise<void> {
  if (toggle.kind === 'switch') {
    const input = control.getByRole('switch', {name: toggle.label});
    await expect(input).toBeChecked({checked: value !== true});
    await input.setChecked(value === true);
    await expect(input).toBeChecked({checked: value === true});
  } else {
    const select = control.getByRole('combobox', {name: toggle.label});
    await select.selectOption(String(value));
    await expect(select).toHaveValue(String(value));
  }
}

test.describe('you are the app', () => {
  const query = `?scenario=${canonical}&set=youAreTheApp:on`;

  test('reporting the call makes the lock screen ring', async ({page}) => {
    const widget = await openPlayground(page, query);
    const decisions = widget.getByTestId('app-decisions');
    await expect(decisions).toBeVisible();
    const report = button(decisions, 'Report the call');
    for (let count = 0; count < 10 && !(await report.isVisible()); count++) await step(widget);
    await report.click();
    await expect(phoneOf(widget)).toHaveAttribute('data-screen', 'lockScreenIncoming');
    await expect(button(phoneOf(widget), 'Slide to answer')).toBeVisible();
    await expect(
      widget.locator(
        '[data-testid="trace-entry"][data-latest="true"][data-api="CXProvider.reportNewIncomingCall(with:update:completion:)"]',
      ),
    ).not.toHaveCount(0);
  });

  test('returning without reporting gets the app killed', async ({page}) => {
    const widget = await openPlayground(page, query);
    const decisions = widget.getByTestId('app-decisions');
    const giveUp = button(decisions, 'Return without reporting');
    for (let count = 0; count < 10 && !(await giveUp.isVisible()); count++) await step(widget);
    await giveUp.click();
    await expect(phoneOf(widget)).toHaveAttribute('data-screen', 'appTerminated');
    await expect(
      widget.locator('[data-testid="trace-entry"][data-api="system.terminateApp"]'),
    ).toHaveCount(1);
    await expect(decisions).toContainText('The app is not running.');
  });
});

test('keyboard only: Step, Slide to answer and the what-if panel, with a visible focus', async ({
  page,
}) => {
  const widget = await openFixture(page, canonical);
  const phone = phoneOf(widget);
  /** Presses Tab (or Shift+Tab) until `target` has the focus. */
  async function tabTo(target: Locator, backwards = false): Promise<void> {
    for (let count = 0; count < 80; count++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  // From the heading above the widget (a click there only sets where Tab starts), through the
  // phone, to Step.
  await page.locator('h1').click();
  const stepButton = button(widget, 'Step');
  await tabTo(stepButton);
  await expect(stepButton).toBeFocused();
  const outline = await stepButton.evaluate((element) => {
    const style = getComputedStyle(element);
    return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
  });
  expect(outline.style, 'the focused Step button shows an outline').not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);

  await page.keyboard.press('Enter');
  await expect(widget).toHaveAttribute('data-position', '1');
  await page.keyboard.press('Space');
  await expect(widget).toHaveAttribute('data-position', '2');
  for (let position = 3; position <= 5; position++) {
    await expect(stepButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(widget).toHaveAttribute('data-position', String(position));
  }
  await expect(phone).toHaveAttribute('data-screen', 'lockScreenIncoming');

  // Back into the phone, to its slide to answer, and press it with the keyboard.
  const slide = button(phone, 'Slide to answer');
  await tabTo(slide, true);
  await expect(slide).toBeFocused();
  const slideOutline = await slide.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(slideOutline, 'the focused slide to answer shows an outline').not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(phone).toHaveAttribute('data-screen', 'connecting');
  // The pressed control is gone; focus stays in the phone instead of falling to the page.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

  // The what-if panel: a closed <details>, opened from its summary with the keyboard.
  const summary = widget.locator('summary', {hasText: 'What if…'});
  const details = widget
    .locator('details')
    .filter({has: page.locator('summary', {hasText: 'What if…'})});
  await expect(details).not.toHaveAttribute('open', '');
  await tabTo(summary);
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  const forget = widget.getByRole('switch', {name: 'Forget to fulfil actions'});
  await tabTo(forget);
  await page.keyboard.press('Space');
  await expect(forget).toBeChecked();
  await expect(widget).toHaveAttribute('data-finished', 'true');
});

test.describe('accessibility of the widget after a few steps', () => {
  for (const mode of ['light', 'dark'] as const) {
    test(`no serious axe finding in ${mode} mode`, async ({page}) => {
      await useColorMode(page, mode);
      const widget = await openFixture(page, canonical);
      await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
      await stepToScreen(widget, 'lockScreenIncoming');
      await waitForCharts(widget);
      // Open every panel so axe sees the switches and the export fields too.
      for (const summary of await widget.locator('summary').all()) await summary.click();
      await step(widget);
      await step(widget);
      await expect(phoneOf(widget)).toHaveAttribute('data-screen', 'inCall');
      // The whole fixture page: it is not in the sitemap (noindex), so the crawl does not check it.
      expect(await seriousAxeFindings(page)).toEqual([]);
    });
  }
});

test.describe('lazy loading', () => {
  /** JS bodies the page fetched, by URL; `settled()` waits for the bodies still being read. */
  function collectScripts(page: Page): {
    scripts: Map<string, string>;
    settled: () => Promise<Map<string, string>>;
  } {
    const scripts = new Map<string, string>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response
          .text()
          .then((body) => void scripts.set(response.url(), body))
          .catch(() => undefined),
      );
    });
    const settled = async (): Promise<Map<string, string>> => {
      await Promise.all(pending);
      return scripts;
    };
    return {scripts, settled};
  }
  // Strings that only the lazily loaded code contains: the player's event names, Mermaid's own.
  const engineMarker = 'REWIND_TO_ENTRY';
  const mermaidMarker = 'Syntax error in text';
  const withMarker = (scripts: Map<string, string>, marker: string): string[] =>
    [...scripts].filter(([, body]) => body.includes(marker)).map(([url]) => url);

  test('the server HTML has the static fallback; it becomes interactive in view', async ({
    page,
    request,
  }) => {
    const scenario = builtin(canonical);
    const response = await request.get(fixturePath);
    expect(response.status()).toBe(200);
    const html = await response.text();
    // The build minifies the HTML: attribute values may lose their quotes.
    const attribute = (name: string, value: string): RegExp =>
      new RegExp(`${name}=("${value}"|${value}[\\s>])`);
    const widgetHtml = /<section[^>]*data-testid="?call-simulator"?[^>]*>[\s\S]*?<\/section>/.exec(
      html,
    )?.[0];
    expect(widgetHtml, 'the server HTML has the widget').toBeDefined();
    expect(widgetHtml).toMatch(attribute('data-scenario', canonical));
    expect(widgetHtml).toMatch(attribute('data-ready', 'false'));
    expect(widgetHtml).toContain(scenario.title);
    expect((widgetHtml ?? '').match(/<li[\s>]/g)).toHaveLength(scenario.steps.length);
    expect(html).toMatch(/<meta[^>]*name="?robots"?[^>]*content="?noindex/);

    const {settled} = collectScripts(page);
    await page.goto(`${fixturePath}?scenario=${canonical}`);
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    const widget = simulatorIn(page);
    await expect(widget).toHaveAttribute('data-ready', 'false');
    await expect(widget.locator('ol > li')).toHaveCount(scenario.steps.length);
    await page.waitForLoadState('networkidle');
    // Below the fold, nothing of the engine or of Mermaid has been fetched.
    const before = await settled();
    expect(before.size).toBeGreaterThan(0);
    expect(withMarker(before, engineMarker)).toEqual([]);
    expect(withMarker(before, mermaidMarker)).toEqual([]);
    await expect(widget).toHaveAttribute('data-ready', 'false');
    // The fallback is what readers without JavaScript keep: it must be accessible too.
    expect(await seriousAxeFindings(page)).toEqual([]);

    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-ready', 'true');
    await waitForCharts(widget);
    await page.waitForLoadState('networkidle');
    const after = await settled();
    expect(withMarker(after, engineMarker)).not.toEqual([]);
    expect(withMarker(after, mermaidMarker)).not.toEqual([]);
  });

  test('a page without a simulator loads neither the engine nor Mermaid', async ({page}) => {
    const {settled} = collectScripts(page);
    // The reference index: no simulator, no diagram (checked below, so the test notices a change).
    await page.goto('/docs/reference');
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
    await expect(simulatorIn(page)).toHaveCount(0);
    await expect(page.locator('.docusaurus-mermaid-container')).toHaveCount(0);
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const scripts = await settled();
    expect(scripts.size).toBeGreaterThan(0);
    expect(withMarker(scripts, engineMarker)).toEqual([]);
    expect(withMarker(scripts, mermaidMarker)).toEqual([]);
    expect([...scripts.keys()].filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(await page.evaluate(() => 'mermaid' in window)).toBe(false);
  });
});
