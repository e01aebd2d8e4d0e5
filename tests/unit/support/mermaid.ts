/**
 * Mermaid's own parser, in Node, for the diagram tests.
 *
 * Mermaid needs a DOM even to parse: it registers DOMPurify hooks when it loads, and in bare Node
 * `mermaid.parse()` fails with `DOMPurify.addHook is not a function`. So this module creates a
 * happy-dom `Window`, publishes `window` and `document` as globals, and only then imports Mermaid
 * (dynamically: a static import would run before the globals exist). Parsing needs no layout, so
 * happy-dom is enough; rendering (which measures text) is left to the browser tests.
 *
 * `parseMermaid` rejects when Mermaid rejects the text: it never passes `suppressErrors`.
 */
import {Window} from 'happy-dom';
import type {Mermaid} from 'mermaid';

type MermaidParser = Pick<Mermaid, 'initialize' | 'parse'>;

let loading: Promise<MermaidParser> | undefined;
let domWindow: Window | undefined;

async function load(): Promise<MermaidParser> {
  const globals = globalThis as Record<string, unknown>;
  if (globals['window'] === undefined) {
    domWindow = new Window({url: 'http://localhost/'});
    globals['window'] = domWindow;
    globals['document'] = domWindow.document;
  }
  const {default: mermaid} = await import('mermaid');
  mermaid.initialize({startOnLoad: false, securityLevel: 'strict'});
  return mermaid;
}

/** Mermaid, loaded once per test process. */
export function mermaidParser(): Promise<MermaidParser> {
  loading ??= load();
  return loading;
}

/** Resolves with the diagram type when Mermaid accepts `text`; rejects with Mermaid's error. */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await mermaidParser();
  // Without `suppressErrors`, Mermaid throws on a diagram it rejects: that is the check.
  const result = await mermaid.parse(text);
  return result.diagramType;
}

/** Closes the DOM this module opened (call from an `after` hook so the process can exit). */
export async function closeMermaidDom(): Promise<void> {
  await domWindow?.happyDOM.close();
}

/** Undoes `#<code>;` entity codes the way Mermaid does when it renders a label. */
export function decodeMermaidEntities(text: string): string {
  return text.replace(/#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)));
}
