/**
 * Shared by the measuring scripts (page weight, simulator benchmark): serve the production build
 * on a port of our own, find the Chromium the tests use, and size response bodies as a
 * compressing server would send them (`docusaurus serve` does not compress).
 */
import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {gzipSync} from 'node:zlib';

/** Chromium flags for headless runs on this kind of machine (also used by playwright.config.ts). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const found = spawnSync('bash', ['scripts/find-chromium.sh'], {encoding: 'utf8'});
  if (found.status !== 0) throw new Error('no Chromium found (see scripts/find-chromium.sh)');
  return found.stdout.trim();
}

/**
 * The folder of the production build: `build/`, or `BUILD_DIR` (relative to the project root) for a
 * build made elsewhere, e.g. `docusaurus build --out-dir .scratch/build-x`.
 */
export function builtSiteDir(): string {
  return process.env.BUILD_DIR || 'build';
}

export interface BuiltSite {
  origin: string;
  stop(): void;
}

/** Serves the build ({@link builtSiteDir}) on 127.0.0.1:`port` and resolves once it answers. */
export async function serveBuild(port: number): Promise<BuiltSite> {
  const origin = `http://127.0.0.1:${port}`;
  const server: ChildProcess = spawn(
    'npx',
    [
      'docusaurus',
      'serve',
      '--dir',
      builtSiteDir(),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {stdio: 'ignore', detached: true},
  );
  const stop = (): void => {
    if (server.pid) process.kill(-server.pid);
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(origin);
      if (response.ok) return {origin, stop};
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`the server on ${origin} did not start`);
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The size of a body as gzip -9 would send it. */
export const gzipSize = (body: Buffer): number => gzipSync(body, {level: 9}).length;
