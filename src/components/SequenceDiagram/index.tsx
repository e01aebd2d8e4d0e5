/**
 * `<SequenceDiagram scenario="locked-push-answer" whatIf="…" caption="…" />` for MDX guides
 * (registered globally in src/theme/MDXComponents.tsx). The diagram is generated at build time:
 * the remark plugin src/remark/sequenceDiagram.ts runs the scenario and adds `title`, `source`
 * (Mermaid) and `steps` (the messages as JSON) to the element, so the reader's browser never runs
 * the simulator for it.
 *
 * The server build, and readers without JavaScript, get the caption and the messages as an ordered
 * list. In the browser, Mermaid (loaded on first use, shared with the state charts) draws the
 * diagram once it scrolls into view, and again when the colour mode changes; the list stays
 * available under "Steps as text".
 */
import {useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {useInView} from '../CallSimulator/useInView';
import {formatSeconds} from '../reference/format';
import {useScrollRegion} from '../ScrollRegion/useScrollRegion';
import {insertSvg, renderMermaid} from '../StateChart/renderMermaid';
import {parseSteps, type SequenceStep} from './steps';
import styles from './styles.module.css';

export interface SequenceDiagramProps {
  /** The id of a built-in scenario. */
  scenario: string;
  /** Optional what-if settings, in share-link form: `forgetToFulfil:on,locked:off`. */
  whatIf?: string;
  /** Shown above the diagram; the scenario's title when left out. */
  caption?: string;
  /** Written by the remark plugin: the scenario's title. */
  title?: string;
  /** Written by the remark plugin: the Mermaid `sequenceDiagram` text. */
  source?: string;
  /** Written by the remark plugin: the messages in order, JSON of `SequenceStep[]`. */
  steps?: string;
  /** Written by the remark plugin: the what-if settings in words, or empty. */
  whatIfSummary?: string;
}

type Drawing = {kind: 'waiting'} | {kind: 'ready'} | {kind: 'error'; message: string};

let drawCount = 0;

/** A fresh SVG id per drawing: Mermaid removes any element that already has the id it renders. */
function nextSvgId(): string {
  drawCount += 1;
  return `ckf-sequence-${drawCount}`;
}

/**
 * Mermaid labels the SVG from the diagram's `accTitle`/`accDescr` (`aria-labelledby` and
 * `aria-describedby` pointing at its `<title>` and `<desc>`); if that ever goes missing, the SVG
 * still gets a role and a name.
 */
function ensureAccessibleName(svg: SVGSVGElement, name: string): void {
  const labelledBy = svg.getAttribute('aria-labelledby');
  const labelled = labelledBy !== null && svg.ownerDocument.getElementById(labelledBy) !== null;
  if (!labelled && !svg.hasAttribute('aria-label')) svg.setAttribute('aria-label', name);
  if (!svg.hasAttribute('role')) svg.setAttribute('role', 'img');
}

/** Room kept for the diagram while it is drawn, so the page does not jump much when it appears. */
function estimatedHeight(steps: readonly SequenceStep[]): string {
  return `${Math.round(120 + 52 * steps.length)}px`;
}

function StepList({steps}: {steps: readonly SequenceStep[]}): ReactNode {
  return (
    // list-style is off (the numbers are written out to match the diagram's), so the role keeps
    // the list semantics in browsers that drop them with it.
    <ol className={styles.steps} role="list">
      {steps.map((step, index) => (
        // Steps have no identity of their own; their order is fixed.
        <li key={index} className={step.error ? styles.stepError : undefined}>
          <span className={styles.number}>{step.n === null ? 'note' : `${step.n}.`}</span>{' '}
          <span className={styles.time}>{formatSeconds(step.at)}</span>{' '}
          <span className={styles.lanes}>
            {step.from === step.to ? `over ${step.from}` : `${step.from} → ${step.to}`}
          </span>
          {step.kind === 'completion' ? <span className={styles.kind}> (completion)</span> : null}
          {': '}
          <code className={styles.label}>{step.text}</code>
          {step.note ? <span className={styles.note}> — {step.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

function NotGenerated({scenario}: {scenario: string}): ReactNode {
  return (
    <figure
      className={styles.figure}
      data-testid="sequence-diagram"
      data-scenario={scenario}
      data-ready="false">
      <p role="alert" className={styles.error}>
        The sequence diagram of “{scenario}” was not generated: the build-time plugin
        (src/remark/sequenceDiagram.ts) only runs on MDX pages under docs/ and src/pages/.
      </p>
    </figure>
  );
}

export default function SequenceDiagram({
  scenario,
  caption,
  title,
  source,
  steps: stepsJson,
  whatIfSummary,
}: SequenceDiagramProps): ReactNode {
  const steps = useMemo(() => parseSteps(stepsJson), [stepsJson]);
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const isDark = colorMode === 'dark';
  const [figureRef, inView] = useInView<HTMLElement>();
  const hostRef = useRef<HTMLDivElement>(null);
  const [drawing, setDrawing] = useState<Drawing>({kind: 'waiting'});
  const heading = caption?.trim() || title || scenario;
  const {
    ref: regionRef,
    props: regionProps,
    markNow,
  } = useScrollRegion<HTMLDivElement>(`${heading}: sequence diagram`);

  // Draw once in view; draw again only when the source or the colour mode changes.
  useEffect(() => {
    const host = hostRef.current;
    if (!inView || !host || source === undefined) return undefined;
    const controller = new AbortController();
    const svgId = nextSvgId();
    void renderMermaid(svgId, source, isDark, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        host.replaceChildren();
        setDrawing({kind: 'error', message: result.message});
        return;
      }
      const svg = insertSvg(host, result);
      markNow();
      if (!svg) {
        setDrawing({kind: 'error', message: 'Mermaid returned no SVG.'});
        return;
      }
      ensureAccessibleName(svg, `Sequence diagram: ${title ?? scenario}`);
      setDrawing({kind: 'ready'});
    });
    return () => controller.abort();
  }, [inView, source, isDark, title, scenario, markNow]);

  if (source === undefined || steps === null) return <NotGenerated scenario={String(scenario)} />;

  const ready = drawing.kind === 'ready';
  // Without JavaScript (and in the server build) the list is the content, so it starts open. In
  // the browser it folds away once the page is interactive: the diagram takes its place.
  const listOpen = !isBrowser || drawing.kind === 'error';
  const placeholder: CSSProperties | undefined =
    isBrowser && drawing.kind === 'waiting'
      ? ({'--ckf-sequence-estimate': estimatedHeight(steps)} as CSSProperties)
      : undefined;

  return (
    <figure
      ref={figureRef}
      className={styles.figure}
      data-testid="sequence-diagram"
      data-scenario={scenario}
      data-ready={String(ready)}
      data-status={drawing.kind}>
      <figcaption className={styles.caption}>
        <span className={styles.kicker}>Sequence diagram</span>
        <span className={styles.heading}>{heading}</span>
        {whatIfSummary ? <span className={styles.whatIf}>What if: {whatIfSummary}</span> : null}
      </figcaption>
      {drawing.kind === 'error' ? (
        <div className={styles.error} role="alert">
          <p>The diagram could not be drawn; its steps are listed below.</p>
          <pre>{drawing.message}</pre>
        </div>
      ) : null}
      <div ref={regionRef} className={styles.viewport} {...(ready ? regionProps : {})}>
        {placeholder ? (
          <p className={styles.placeholder} style={placeholder}>
            {inView
              ? 'Drawing the sequence diagram…'
              : 'The diagram is drawn when it scrolls into view.'}
          </p>
        ) : null}
        <div ref={hostRef} className={styles.diagram} data-testid="sequence-diagram-svg" />
      </div>
      <details className={styles.details} open={listOpen}>
        <summary>Steps as text</summary>
        <StepList steps={steps} />
      </details>
    </figure>
  );
}
