import {builtinScenarios, callActions} from '../../simulator/src';
import {test, expect, openPage} from './fixtures';

// The reference pages are generated from the simulator's data at build time: these checks compare
// the built pages with that data.

test('the errors page lists unknownCallUUID (4) and links to the scenario that reproduces it', async ({
  page,
}) => {
  await openPage(page, '/docs/reference/errors');
  const table = page.getByTestId('errors-CXErrorCodeRequestTransactionError');
  const row = table.getByTestId('error-unknownCallUUID');
  await expect(row.getByRole('rowheader')).toHaveText('unknownCallUUID');
  await expect(row.locator('[data-column="raw-value"]')).toHaveText('4');

  const link = row.getByTestId('reproducing-scenario').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/docs\/reference\/scenarios#[a-z0-9-]+$/);
  const anchor = (href ?? '').split('#')[1] ?? '';
  const title = (await link.textContent()) ?? '';

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/docs/reference/scenarios#${anchor}$`));
  const heading = page.locator(`h3[id="${anchor}"]`);
  await expect(heading).toBeVisible();
  await expect(heading).toContainText(title);
  await expect(heading).toBeInViewport();
});

test('the configuration page shows maximumCallGroups with its default of 2', async ({page}) => {
  await openPage(page, '/docs/reference/provider-configuration');
  const row = page.getByTestId('provider-configuration').getByTestId('config-maximumCallGroups');
  await expect(row.getByRole('rowheader')).toHaveText('maximumCallGroups');
  await expect(row.locator('[data-column="default"] code')).toHaveText('2');
});

test('the actions page lists every concrete action class', async ({page}) => {
  await openPage(page, '/docs/reference/actions');
  const rows = page.getByTestId('actions-overview').getByTestId('action-row');
  await expect(rows).toHaveCount(callActions.length);
  await expect(page.getByTestId('action-section')).toHaveCount(callActions.length);
  for (const action of callActions) {
    await expect(rows.getByRole('rowheader', {name: action.className, exact: true})).toBeVisible();
  }
});

test('the scenario catalog has one section per built-in, each with its anchor', async ({page}) => {
  await openPage(page, '/docs/reference/scenarios');
  const builtins = builtinScenarios();
  await expect(page.getByTestId('scenario-section')).toHaveCount(builtins.length);
  for (const builtin of builtins) {
    await expect(page.locator(`h3[id="${builtin.id}"]`)).toHaveText(builtin.title);
  }
});

test('confidence badges explain themselves and the reference index links every page', async ({
  page,
}) => {
  await openPage(page, '/docs/reference');
  await expect(page.locator('abbr[title="Documented by Apple"]').first()).toHaveText('DOC');
  for (const name of [
    'Actions',
    'Errors',
    'Provider configuration',
    'Call update',
    'End reasons and other enums',
    'PushKit',
    'Scenario catalog',
  ]) {
    await expect(page.getByRole('main').getByRole('link', {name, exact: true})).toBeVisible();
  }
});
