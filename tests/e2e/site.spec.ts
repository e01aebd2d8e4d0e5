import {test, expect, openPage} from './fixtures';

test('the landing page says what CallKit Flow is and links to the guides', async ({page}) => {
  await openPage(page, '/');
  await expect(page.getByRole('heading', {level: 1, name: 'CallKit Flow'})).toBeVisible();
  await expect(page.getByRole('heading', {name: 'Who it is for'})).toBeVisible();
  await page.getByRole('link', {name: 'Start the guides'}).click();
  await expect(page).toHaveURL(/\/docs\/intro$/);
  await expect(page.getByRole('heading', {level: 1, name: 'How CallKit works'})).toBeVisible();
});

test('the landing page links each common failure to its troubleshooting entry', async ({page}) => {
  await openPage(page, '/');
  await page.getByRole('link', {name: /Killing app because it never posted/}).click();
  await expect(page).toHaveURL(
    /\/docs\/troubleshooting\/voip-pushes#app-killed-push-not-reported$/,
  );
  await expect(page.locator('#app-killed-push-not-reported')).toBeVisible();
});

test('offline search finds the introduction without any external service', async ({page}) => {
  const externalRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1') externalRequests.push(request.url());
  });
  await openPage(page, '/');
  // The box turns from a textbox into a combobox once it has focus, so type through the keyboard.
  await page.getByRole('textbox', {name: 'Search'}).click();
  await page.keyboard.type('kills apps');
  const firstSuggestion = page.getByRole('option').first();
  await expect(firstSuggestion).toBeVisible();
  await expect(firstSuggestion).toContainText('The rule that kills apps');
  await firstSuggestion.click();
  await expect(page).toHaveURL(/\/docs\/intro(\?[^#]*)?#the-rule-that-kills-apps$/);
  expect(externalRequests).toEqual([]);
});

test('the colour mode switch toggles dark mode', async ({page}) => {
  await openPage(page, '/docs/intro');
  await page.emulateMedia({colorScheme: 'light'});
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The switch cycles system → light → dark.
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  await toggle.click();
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme-choice', 'dark');
});

test('Swift code is highlighted', async ({page}) => {
  await openPage(page, '/docs/intro');
  const swiftBlock = page.locator('div.language-swift pre code');
  await expect(swiftBlock).toContainText('CXStartCallAction(call: UUID(), handle: handle)');
  // Prism splits highlighted code into token spans; plain text would have none.
  expect(await swiftBlock.locator('span.token').count()).toBeGreaterThan(5);
});

test('the navbar leads to the tools page, which links to both tools', async ({page}) => {
  await openPage(page, '/');
  await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Tools'}).click();
  await expect(page).toHaveURL(/\/tools\/?$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Tools'})).toBeVisible();
  const main = page.locator('main');
  await expect(main.getByRole('link', {name: 'Provider configuration builder'})).toHaveAttribute(
    'href',
    /\/tools\/provider-configuration$/,
  );
  await expect(main.getByRole('link', {name: 'VoIP push composer'})).toHaveAttribute(
    'href',
    /\/tools\/voip-push$/,
  );
});
