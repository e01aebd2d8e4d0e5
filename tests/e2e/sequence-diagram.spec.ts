/**
 * The build-time `<SequenceDiagram>` on its fixture page (src/pages/e2e/sequence-diagram.mdx, two
 * diagrams below the fold): the static list before it is drawn and without JavaScript, the lazy
 * drawing, the accessible SVG, the keyboard-scrollable region, the colour mode.
 */
import {test, expect, openPage, seriousAxeFindings, useColorMode} from './fixtures';

const fixturePath = '/e2e/sequence-diagram';
const first = '[data-testid="sequence-diagram"][data-scenario="locked-push-answer"]';

test('nothing is drawn until the diagram scrolls into view; then the SVG replaces the list', async ({
  page,
}) => {
  await openPage(page, fixturePath);
  const diagram = page.locator(first);
  await expect(diagram).toHaveAttribute('data-ready', 'false');
  await expect(diagram.locator('svg')).toHaveCount(0);
  await expect(diagram.getByText('The diagram is drawn when it scrolls into view.')).toBeAttached();
  await expect(diagram.locator('figcaption')).toContainText('The app forgets to fulfil the answer');
  await expect(diagram.locator('figcaption')).toContainText(
    'What if: Forget to fulfil actions: on',
  );

  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-ready', 'true');
  const svg = diagram.locator('svg');
  await expect(svg).toHaveCount(1);

  // Named by the diagram's accTitle and described by its accDescr.
  const titleId = await svg.getAttribute('aria-labelledby');
  const descId = await svg.getAttribute('aria-describedby');
  expect(titleId).toBeTruthy();
  await expect(page.locator(`[id="${titleId}"]`)).toHaveText(
    'Locked phone, app killed, VoIP push, user answers',
  );
  await expect(page.locator(`[id="${descId}"]`)).toContainText('Sequence diagram: ');

  // The list stays available, folded.
  const details = diagram.locator('details');
  await expect(details).not.toHaveAttribute('open');
  await details.locator('summary').click();
  const items = details.locator('li');
  await expect(items.nth(2)).toContainText('App → CallKit (callservicesd)');
  await expect(items.nth(2)).toContainText('CXProvider.init(configuration:)');
  expect(await seriousAxeFindings(page, first)).toEqual([]);
});

test('a wide diagram scrolls sideways in a labelled region the keyboard reaches', async ({
  page,
}) => {
  await openPage(page, fixturePath);
  const diagram = page.locator(first);
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-ready', 'true');
  const region = diagram.getByRole('region', {name: /sequence diagram/});
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});

test('notes are listed without a number; arrows are numbered like the diagram', async ({page}) => {
  await openPage(page, fixturePath);
  const diagram = page.locator(
    '[data-testid="sequence-diagram"][data-scenario="provider-reset-during-call"]',
  );
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-ready', 'true');
  const numbers = await diagram.locator('svg .sequenceNumber').allTextContents();
  const listed = await diagram.locator('li > span:first-child').allTextContents();
  const numbered = listed.filter((text) => text !== 'note');
  expect(listed.length).toBeGreaterThan(numbered.length);
  expect(numbered).toEqual(numbers.map((number) => `${number}.`));
});

test('the diagram is drawn again in the other colour mode', async ({page}) => {
  await useColorMode(page, 'light');
  await openPage(page, fixturePath);
  const diagram = page.locator(first);
  await diagram.scrollIntoViewIfNeeded();
  await expect(diagram).toHaveAttribute('data-ready', 'true');
  const lightId = await diagram.locator('svg').getAttribute('id');
  await useColorMode(page, 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(diagram.locator('svg')).not.toHaveAttribute('id', lightId ?? '');
  await expect(diagram).toHaveAttribute('data-ready', 'true');
  expect(await seriousAxeFindings(page, first)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('readers get the caption and the steps as an open list', async ({page}) => {
    const response = await page.goto(fixturePath);
    expect(response?.status()).toBe(200);
    const diagram = page.locator(first);
    await expect(diagram.locator('figcaption')).toContainText(
      'The app forgets to fulfil the answer',
    );
    await expect(diagram.locator('details')).toHaveAttribute('open');
    await expect(diagram.locator('li').first()).toContainText('App server → PushKit (APNs)');
    await expect(diagram.locator('li').first()).toBeVisible();
    await expect(diagram.locator('svg')).toHaveCount(0);
  });
});
