/**
 * Every guide (every page under /docs/ but the reference) contains a working simulator: its first
 * `<CallSimulator>` loads when scrolled into view, Step adds a trace entry and changes the status
 * line. Every build-time `<SequenceDiagram>` on those pages draws its SVG once it is scrolled into
 * view. The console must stay clean (fixtures.ts). Pages come from the built sitemap, so a new
 * guide is checked without touching this file; crawl.spec.ts covers status, hydration and axe.
 */
import {test, expect, openPage} from './fixtures';
import {button, simulatorTestOptions} from './simulatorHelpers';
import {sitemapPaths} from './sitemap';

const guidePaths = sitemapPaths().filter(
  (pagePath) => pagePath.startsWith('/docs/') && !/^\/docs\/reference(\/|$)/.test(pagePath),
);

test.use(simulatorTestOptions);

test('the sitemap lists guides', () => {
  expect(guidePaths.length, 'guide pages in the sitemap').toBeGreaterThan(0);
});

for (const pagePath of guidePaths) {
  test(`${pagePath} has a working simulator and draws its sequence diagrams`, async ({page}) => {
    await openPage(page, pagePath);

    const simulator = page.getByTestId('call-simulator').first();
    await expect(simulator, 'the guide embeds a <CallSimulator>').toBeAttached();
    // Not scrollIntoViewIfNeeded: the static fallback may be swapped for the loading widget between
    // finding and scrolling; evaluate() finds and scrolls in one go.
    await simulator.evaluate((element) => element.scrollIntoView({block: 'center'}));
    await expect(simulator).toHaveAttribute('data-ready', 'true');
    const status = simulator.getByTestId('sim-status');
    const before = (await status.textContent()) ?? '';
    await button(simulator, 'Step').click();
    await expect(simulator.getByTestId('trace-entry').first()).toBeVisible();
    await expect(status).not.toHaveText(before);

    const diagrams = page.getByTestId('sequence-diagram');
    const count = await diagrams.count();
    for (let index = 0; index < count; index++) {
      const diagram = diagrams.nth(index);
      await diagram.evaluate((element) => element.scrollIntoView({block: 'start'}));
      await expect(diagram).toHaveAttribute('data-ready', 'true');
      await expect(diagram.locator('svg[aria-labelledby]')).toHaveCount(1);
    }
  });
}
