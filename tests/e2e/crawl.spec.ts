import {test, expect, openPage, seriousAxeFindings, useColorMode} from './fixtures';
import {sitemapPaths} from './sitemap';

// Every page the site publishes: it answers 200, hydrates, logs no error and has no serious or
// critical axe finding, in both colour modes.
for (const mode of ['light', 'dark'] as const) {
  test.describe(`every page in the sitemap (${mode} mode)`, () => {
    for (const pagePath of sitemapPaths()) {
      test(`${pagePath} loads cleanly and passes axe`, async ({page}) => {
        await useColorMode(page, mode);
        await openPage(page, pagePath);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);
        await expect(page.locator('#__docusaurus_skipToContent_fallback')).toBeVisible();
        expect(await seriousAxeFindings(page)).toEqual([]);
      });
    }
  });
}
