import type {Locator, Page} from '@playwright/test';

import {
  troubleshootingEntries,
  whatIfToggle,
  type TraceMatch,
  type TroubleshootingEntry,
} from '../../simulator/src';
import {expect, openPage, seriousAxeFindings, test} from './fixtures';
import {
  button,
  describeMatch,
  matchingEntries,
  simulatorIn,
  simulatorTestOptions,
  stepToEnd,
} from './simulatorHelpers';

test.use(simulatorTestOptions);

// Every troubleshooting entry on its page: the <Reproduction> widget starts with its what-if switch
// at the failure value; played to the end, the trace shows the failure. Flipping the switch replays
// the run (to its end) and the trace shows the fix. The expected entries come from the catalog
// (simulator/src/troubleshooting), which the unit tests check against the engine.

/** The reproduction of one entry on a page that may hold several. */
function reproductionOf(page: Page, id: string): Locator {
  return page.locator(`[data-testid="reproduction"][data-entry="${id}"]`);
}

/** Scrolls the widget into view (it loads only then) and waits until it is interactive. */
async function bringIntoView(reproduction: Locator, scenario: string): Promise<Locator> {
  await expect(reproduction).toHaveCount(1);
  // Scroll the wrapper: the widget's static fallback is replaced once it is in view.
  await reproduction.scrollIntoViewIfNeeded();
  const widget = reproduction.getByTestId('call-simulator');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(widget).toHaveAttribute('data-scenario', scenario);
  return widget;
}

/**
 * Plays the run to its end with Step, press by press: what a reader does, and faster than Play,
 * whose ticks wait a quarter of a second even at 4×.
 */
async function stepThroughToEnd(widget: Locator): Promise<void> {
  await stepToEnd(widget);
  await expect(button(widget, 'Step')).toBeDisabled();
}

/** Plays the run at the fastest speed until it is over. */
async function playToEnd(widget: Locator): Promise<void> {
  await widget.getByRole('combobox', {name: /^Speed/}).selectOption('4');
  await button(widget, 'Play').click();
  await expect(widget).toHaveAttribute('data-finished', 'true', {timeout: 15_000});
  await expect(button(widget, 'Play')).toBeDisabled();
}

async function expectShown(widget: Locator, matches: readonly TraceMatch[], what: string) {
  for (const match of matches) {
    await expect
      .soft(matchingEntries(widget, match).first(), `${what} shows ${describeMatch(match)}`)
      .toBeAttached();
  }
}

async function expectNotShown(widget: Locator, matches: readonly TraceMatch[], what: string) {
  for (const match of matches) {
    await expect
      .soft(matchingEntries(widget, match), `${what} does not show ${describeMatch(match)}`)
      .toHaveCount(0);
  }
}

function switchOf(widget: Locator, entry: TroubleshootingEntry): Locator {
  const toggle = whatIfToggle(entry.toggle);
  if (!toggle) throw new Error(`no toggle ${entry.toggle}`);
  return widget
    .locator(`[data-toggle="${entry.toggle}"]`)
    .getByRole('switch', {name: toggle.label});
}

test.describe('every troubleshooting entry reproduces its failure and shows the fix', () => {
  for (const entry of troubleshootingEntries) {
    test(`${entry.page}#${entry.id}`, async ({page}) => {
      await openPage(page, `/docs/troubleshooting/${entry.page}`);
      const reproduction = reproductionOf(page, entry.id);
      const widget = await bringIntoView(reproduction, entry.scenario);

      await test.step('the caption names the switch and what to watch', async () => {
        const label = whatIfToggle(entry.toggle)?.label ?? entry.toggle;
        await expect(reproduction.locator('strong').first()).toHaveText(label);
        await expect(reproduction).toContainText(entry.watch);
      });

      const control = switchOf(widget, entry);
      await test.step('the failure: switch at its failure value, played to the end', async () => {
        // The "What if…" panel is open from the start, with the switch at the failure value.
        await expect(control).toBeVisible();
        await expect(control).toBeChecked({checked: entry.failureValue});
        await expect(widget).toHaveAttribute('data-position', '0');
        await stepThroughToEnd(widget);
        await expectShown(widget, entry.failureShows, 'the failing run');
        await expectNotShown(widget, entry.fixShows, 'the failing run');
      });

      await test.step('the fix: switch flipped, the run replays to its end', async () => {
        await control.setChecked(!entry.failureValue);
        await expect(control).toBeChecked({checked: !entry.failureValue});
        await expect(widget).toHaveAttribute('data-finished', 'true');
        await expectShown(widget, entry.fixShows, 'the fixed run');
        await expectNotShown(widget, entry.failureShows, 'the fixed run');
      });
    });
  }
});

test.describe('the <Reproduction> component', () => {
  test('an unknown entry shows a specific message and no simulator', async ({page}) => {
    await openPage(page, '/e2e/reproduction?entry=no-such-entry');
    const reproduction = page.getByTestId('reproduction');
    await expect(reproduction).toHaveAttribute('data-entry', 'no-such-entry');
    await expect(reproduction).toHaveAttribute('role', 'alert');
    await expect(reproduction).toContainText(
      'There is no troubleshooting entry called “no-such-entry”',
    );
    await expect(reproduction).toContainText(troubleshootingEntries[0]?.id ?? '');
    await expect(simulatorIn(page)).toHaveCount(0);
  });

  test('a known entry is labelled by its title and starts with the What if… panel open', async ({
    page,
  }) => {
    const entry = troubleshootingEntries.find((candidate) => candidate.id === 'mute-out-of-sync');
    if (!entry) throw new Error('no entry mute-out-of-sync');
    await openPage(page, `/e2e/reproduction?entry=${entry.id}`);
    const reproduction = page.getByRole('group', {name: `Reproduction: ${entry.title}`});
    await expect(reproduction).toHaveAttribute('data-entry', entry.id);
    const widget = await bringIntoView(reproduction, entry.scenario);
    await expect(widget.locator('details:has([data-toggle])')).toHaveAttribute('open', '');
    // Play (not Step) reaches the end too, and the failure shows.
    await playToEnd(widget);
    for (const match of entry.failureShows) {
      await expect(matchingEntries(widget, match).first()).toBeAttached();
    }
    expect(await seriousAxeFindings(page, '[data-testid="reproduction"] > :first-child')).toEqual(
      [],
    );
  });
});
