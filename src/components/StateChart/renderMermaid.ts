/**
 * Mermaid, loaded on first use and only in the browser: `import('mermaid')` runs inside an effect,
 * so the library (and its D3 and dagre dependencies) stays out of the server bundle and out of
 * every page that draws no chart. The import is memoised, so every chart on a page shares it.
 *
 * Shared by the state charts (StateChart) and the sequence diagrams (SequenceDiagram): one
 * configuration, one render queue and one cache for every diagram on the page.
 */
import type {Mermaid, MermaidConfig} from 'mermaid';

let mermaidPromise: Promise<Mermaid> | null = null;

function loadMermaid(): Promise<Mermaid> {
  mermaidPromise ??= import('mermaid').then(
    (module) => module.default,
    (error: unknown) => {
      // A failed chunk load (offline, new deploy) must not poison every later attempt.
      mermaidPromise = null;
      throw error;
    },
  );
  return mermaidPromise;
}

/**
 * The options of every diagram; the same as the site's `themeConfig.mermaid`. Mermaid keeps its
 * configuration between renders, so each diagram type's section is set here, for every render.
 */
function chartConfig(isDark: boolean): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: isDark ? 'dark' : 'default',
    layout: 'dagre',
    look: 'classic',
    state: {
      // `width="100%"` plus an inline `max-width` of the natural width: the chart shrinks to fit
      // its panel but never grows past its natural size.
      useMaxWidth: true,
    },
    sequence: {
      // The natural size: a sequence diagram shrunk to fit makes its labels unreadable, so a wide
      // one scrolls sideways instead (see SequenceDiagram/styles.module.css).
      useMaxWidth: false,
    },
  };
}

export type RenderOutcome =
  | {ok: true; svg: string; bindFunctions?: (element: Element) => void}
  | {ok: false; message: string};

/** Puts a drawn diagram into its host; returns its SVG, or null when Mermaid produced none. */
export function insertSvg(
  host: HTMLElement,
  drawn: Extract<RenderOutcome, {ok: true}>,
): SVGSVGElement | null {
  host.innerHTML = drawn.svg;
  drawn.bindFunctions?.(host);
  return host.querySelector('svg');
}

function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Unknown error';
}

/**
 * Waits until the browser has painted a frame and handled pending input: each render is one long
 * task, so a step that mounts a chart shows its text first, and the page stays responsive between
 * charts. (In a hidden tab, frames and therefore renders wait until the tab is shown.)
 */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Drawn charts by colour mode and source. Every call chart of a run has the same source, and
 * Back/Reset unmount and remount them, so a chart is drawn by Mermaid once per colour mode and
 * later copies only rename its ids: no long task in the middle of a step.
 */
const drawn = new Map<string, {svgId: string; svg: string}>();

const cacheKey = (source: string, isDark: boolean): string =>
  `${isDark ? 'dark' : 'light'}\n${source}`;

function fromCache(svgId: string, source: string, isDark: boolean): RenderOutcome | null {
  const hit = drawn.get(cacheKey(source, isDark));
  // Every id inside a Mermaid SVG starts with the SVG's own id, which is unique on the page.
  return hit ? {ok: true, svg: hit.svg.split(hit.svgId).join(svgId)} : null;
}

async function renderNow(svgId: string, source: string, isDark: boolean): Promise<RenderOutcome> {
  let mermaid: Mermaid;
  try {
    mermaid = await loadMermaid();
  } catch (error) {
    return {ok: false, message: `Mermaid could not be loaded: ${errorMessage(error)}`};
  }
  // Mermaid is a mutable singleton: set the configuration right before this render.
  mermaid.initialize(chartConfig(isDark));
  try {
    const {svg, bindFunctions} = await mermaid.render(svgId, source);
    drawn.set(cacheKey(source, isDark), {svgId, svg});
    return {ok: true, svg, bindFunctions};
  } catch (error) {
    // On a parse error Mermaid leaves its temporary container (and an error SVG) in the body.
    document.getElementById(`d${svgId}`)?.remove();
    return {ok: false, message: errorMessage(error)};
  }
}

/**
 * Renders `source` (a state chart or a sequence diagram) to an SVG string whose root element has
 * the id `svgId` (every id inside the SVG starts with it too). Never throws: a parse error, or a
 * failure to load Mermaid, comes back as a message. The diagrams of a page are drawn one after the
 * other, yielding to the browser in between (Mermaid's own queue would draw them all in one long
 * task), and a render whose `signal` was aborted before its turn is skipped.
 */
export function renderMermaid(
  svgId: string,
  source: string,
  isDark: boolean,
  signal?: AbortSignal,
): Promise<RenderOutcome> {
  const cached = fromCache(svgId, source, isDark);
  if (cached) return Promise.resolve(cached);
  const run = queue
    .then(yieldToMain)
    .then(
      () =>
        fromCache(svgId, source, isDark) ??
        (signal?.aborted
          ? {ok: false as const, message: 'Cancelled'}
          : renderNow(svgId, source, isDark)),
    );
  queue = run.catch(() => undefined);
  return run;
}

let warmUps = 0;

/**
 * Draws a chart ahead of time, so the first time it appears (the first call of a run) costs no
 * Mermaid render in the middle of a step. Runs in the same queue, after the visible charts.
 */
export function prewarmStateChart(source: string, isDark: boolean): void {
  if (drawn.has(cacheKey(source, isDark))) return;
  warmUps += 1;
  void renderMermaid(`ckf-chart-warm-${warmUps}`, source, isDark).then((outcome) => {
    // Mermaid leaves nothing behind for a successful render; drop the error container otherwise.
    if (!outcome.ok) document.getElementById(`dckf-chart-warm-${warmUps}`)?.remove();
  });
}
