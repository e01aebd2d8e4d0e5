import {readFileSync} from 'node:fs';
import path from 'node:path';

import {builtSiteDir} from '../../scripts/lib/builtSite';

/**
 * The paths of every page in the build's sitemap.xml (build/, or `BUILD_DIR`). The sitemap carries
 * the production origin, so only the path is kept and the tests request it from the local server.
 */
export function sitemapPaths(
  buildDir = path.resolve(__dirname, '../..', builtSiteDir()),
): string[] {
  const xml = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const url = new URL(match[1] ?? '');
    return url.pathname;
  });
  if (paths.length === 0) {
    throw new Error(`${path.join(buildDir, 'sitemap.xml')} lists no pages: was the site built?`);
  }
  return [...new Set(paths)].sort();
}
