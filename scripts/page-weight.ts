/**
 * Prints the JavaScript (and total bytes) a page of the built site makes the browser fetch, raw
 * and as gzip -9 would send it (the local server does not compress). A measuring script, not a
 * test: it prints figures and asserts nothing.
 *
 *   npm run build && npm run bench:pages -- / /docs/intro /docs/reference/errors
 */
import {spawn, spawnSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';

import {chromium} from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 39218);
const origin = `http://127.0.0.1:${port}`;

function findChromium(): string {
  const found = spawnSync('bash', ['scripts/find-chromium.sh'], {encoding: 'utf8'});
  if (found.status !== 0) throw new Error('no Chromium found (see scripts/find-chromium.sh)');
  return found.stdout.trim();
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server on ${origin} did not start`);
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/docs/intro'];
  const server = spawn(
    'npx',
    [
      'docusaurus',
      'serve',
      '--dir',
      'build',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
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
      await page.goto(origin + pagePath, {waitUntil: 'networkidle'});
      await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      await page.waitForTimeout(500);
      const scripts = bodies.filter((b) => b.type === 'script');
      const sum = (list: typeof bodies, gz: boolean) =>
        list.reduce(
          (total, b) => total + (gz ? gzipSync(b.bytes, {level: 9}).length : b.bytes.length),
          0,
        );
      console.log(
        `${pagePath}: JS ${scripts.length} files, ${kib(sum(scripts, false))} raw / ${kib(sum(scripts, true))} gzip; ` +
          `all ${bodies.length} responses ${kib(sum(bodies, false))} raw / ${kib(sum(bodies, true))} gzip`,
      );
      await page.close();
    }
    await browser.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
