/**
 * Prints the JavaScript (and total bytes) a page of the built site makes the browser fetch, raw
 * and as gzip -9 would send it (the local server does not compress). A measuring script, not a
 * test: it prints figures and asserts nothing.
 *
 *   npm run build && npm run bench:pages -- / /docs/intro /docs/reference/errors
 */
import {chromium} from '@playwright/test';

import {chromiumArgs, findChromium, gzipSize, kib, serveBuild} from './lib/builtSite';

const port = Number(process.env.E2E_PORT ?? 39218);

async function main(): Promise<void> {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/docs/intro'];
  const site = await serveBuild(port);
  try {
    const browser = await chromium.launch({executablePath: findChromium(), args: chromiumArgs});
    for (const pagePath of paths) {
      const page = await browser.newPage();
      const bodies: {url: string; type: string; bytes: Buffer}[] = [];
      page.on('response', (response) => {
        void response
          .body()
          .then((body) =>
            bodies.push({
              url: response.url(),
              type: response.request().resourceType(),
              bytes: body,
            }),
          )
          .catch(() => undefined);
      });
      await page.goto(site.origin + pagePath, {waitUntil: 'networkidle'});
      await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      await page.waitForTimeout(500);
      const scripts = bodies.filter((b) => b.type === 'script');
      const sum = (list: typeof bodies, gz: boolean) =>
        list.reduce((total, b) => total + (gz ? gzipSize(b.bytes) : b.bytes.length), 0);
      console.log(
        `${pagePath}: JS ${scripts.length} files, ${kib(sum(scripts, false))} raw / ${kib(sum(scripts, true))} gzip; ` +
          `all ${bodies.length} responses ${kib(sum(bodies, false))} raw / ${kib(sum(bodies, true))} gzip`,
      );
      await page.close();
    }
    await browser.close();
  } finally {
    site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
