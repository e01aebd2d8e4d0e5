/**
 * Mermaid, loaded on first use and only in the browser: `import('mermaid')` runs inside an effect,
 * so the library (and its D3 and dagre dependencies) stays out of the server bundle and out of
 * every page that draws no chart. The import is memoised, so every chart on a page shares it.
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

/** The options of every state chart; the same as the site's `themeConfig.mermaid`. */
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
  };
}

export type RenderOutcome =
  | {ok: true; svg: string; bindFunctions?: (element: Element) => void}
  | {ok: false; message: string};

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
    return {ok: true, svg, bindFunctions};
  } catch (error) {
    // On a parse error Mermaid leaves its temporary container (and an error SVG) in the body.
    document.getElementById(`d${svgId}`)?.remove();
    return {ok: false, message: errorMessage(error)};
  }
}

/**
 * Renders `source` to an SVG string whose root element has the id `svgId` (every id inside the SVG
 * starts with it too). Never throws: a parse error, or a failure to load Mermaid, comes back as a
 * message. The charts of a page are drawn one after the other, yielding to the browser in between
 * (Mermaid's own queue would draw them all in one long task), and a render whose `signal` was
 * aborted before its turn is skipped.
 */
export function renderStateChart(
  svgId: string,
  source: string,
  isDark: boolean,
  signal?: AbortSignal,
): Promise<RenderOutcome> {
  const run = queue
    .then(yieldToMain)
    .then(() =>
      signal?.aborted
        ? {ok: false as const, message: 'Cancelled'}
        : renderNow(svgId, source, isDark),
    );
  queue = run.catch(() => undefined);
  return run;
}
