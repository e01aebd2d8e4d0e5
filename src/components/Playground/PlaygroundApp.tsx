/**
 * The full-page playground: a scenario picker (every built-in, grouped), a JSON editor with the
 * validator's messages, and the simulator. The URL (`?scenario=<id>&set=…` or `?json=…`) picks
 * what opens; a bad link shows what is wrong and the default scenario. A `configuration=` from the
 * provider-configuration builder is applied over the scenario's configuration, with a notice.
 */
import {useId, useMemo, useRef, useState, type ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Link from '@docusaurus/Link';
import {useHistory, useLocation} from '@docusaurus/router';

import {
  applyConfiguration,
  builtinScenario,
  builtinScenarios,
  decodeShareLink,
  encodeShareLink,
  formatScenarioError,
  parseScenarioJson,
  type Scenario,
  type ScenarioError,
  type WhatIfOverrides,
} from '@site/simulator/src';

import Simulator from '../CallSimulator/Simulator';
import SimulatorStopped from '../CallSimulator/SimulatorStopped';
import {groupScenarios} from '../reference/scenarioGroups';
import styles from './styles.module.css';

export const defaultScenarioId = 'locked-push-answer';

interface Loaded {
  scenarioId: string | null;
  scenario: Scenario;
  overrides: WhatIfOverrides;
  /** Changes whenever a new scenario is loaded, to start a fresh simulator. */
  generation: number;
}

function defaultScenario(): Scenario {
  const builtin = builtinScenario(defaultScenarioId);
  if (!builtin) throw new Error(`the default scenario ${defaultScenarioId} is missing`);
  return builtin.scenario;
}

function toJson(scenario: Scenario): string {
  return JSON.stringify(scenario, null, 2);
}

/** `maximumCallGroups = 1, supportsVideo = false, …`: the values a link's configuration sets. */
function describeConfiguration(configuration: Readonly<Record<string, unknown>>): string {
  return Object.entries(configuration)
    .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
    .join(', ');
}

interface EditorError {
  text: string;
  /** Where a JSON syntax error is, when the validator could say. */
  position?: ScenarioError['position'];
}

/** Puts the caret on the problem (selecting the character there) and brings it into view. */
function showInEditor(editor: HTMLTextAreaElement | null, position: EditorError['position']): void {
  if (!editor || !position) return;
  editor.focus();
  // setSelectionRange clamps both ends to the text: at its very end this selects nothing.
  editor.setSelectionRange(position.offset, position.offset + 1);
  // Scroll the textarea so the caret's line shows, two lines from the top. Its lines do not wrap
  // (the JSON is indented, one value per line), so the average line height is exact enough.
  const lines = editor.value.split('\n').length;
  const lineHeight = editor.scrollHeight / Math.max(lines, 1);
  editor.scrollTop = Math.max(0, (position.line - 3) * lineHeight);
}

export default function PlaygroundApp(): ReactNode {
  const location = useLocation();
  const history = useHistory();
  const decoded = useMemo(() => decodeShareLink(location.search), [location.search]);
  const linkConfiguration = decoded.configuration;
  const [loaded, setLoaded] = useState<Loaded>(() => {
    const base = decoded.shared?.scenario ?? defaultScenario();
    return {
      // With a configuration applied the scenario is no longer the built-in one, so the
      // simulator's own share link carries it whole (as json=).
      scenarioId:
        linkConfiguration !== undefined
          ? null
          : decoded.shared
            ? decoded.shared.scenarioId
            : defaultScenarioId,
      scenario:
        linkConfiguration !== undefined && !decoded.shared
          ? applyConfiguration(base, linkConfiguration)
          : base,
      overrides: decoded.overrides,
      generation: 0,
    };
  });
  const baseScenarioTitle = decoded.shared?.scenario.title ?? defaultScenario().title;
  const [draft, setDraft] = useState(() => toJson(loaded.scenario));
  const [editorError, setEditorError] = useState<EditorError | null>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const groups = useMemo(() => groupScenarios(builtinScenarios()), []);
  const pickerId = useId();
  const editorId = useId();
  const errorId = useId();

  const load = (next: Omit<Loaded, 'generation'>, query: string): void => {
    setLoaded((previous) => ({...next, generation: previous.generation + 1}));
    setDraft(toJson(next.scenario));
    setEditorError(null);
    history.replace({search: query});
  };

  const pick = (id: string): void => {
    const builtin = builtinScenario(id);
    if (!builtin) return;
    load(
      {scenarioId: builtin.id, scenario: builtin.scenario, overrides: {}},
      encodeShareLink({scenarioId: builtin.id}, {}),
    );
  };

  const runDraft = (): void => {
    const result = parseScenarioJson(draft);
    if (!result.ok) {
      setEditorError({text: formatScenarioError(result.error), position: result.error.position});
      return;
    }
    const builtin = result.scenario.id ? builtinScenario(result.scenario.id) : undefined;
    const unchanged = builtin !== undefined && toJson(builtin.scenario) === toJson(result.scenario);
    load(
      {
        scenarioId: unchanged ? builtin.id : null,
        scenario: result.scenario,
        overrides: {},
      },
      unchanged
        ? encodeShareLink({scenarioId: builtin.id}, {})
        : encodeShareLink({scenario: result.scenario}, {}),
    );
  };

  return (
    <div className={styles.playground}>
      {decoded.problems.length > 0 ? (
        <div className={styles.problems} role="alert" data-testid="link-problems">
          <p>
            <strong>This link could not be opened as it is.</strong>{' '}
            {decoded.shared
              ? 'The rest of it was applied.'
              : 'Showing the default scenario instead.'}
          </p>
          <ul>
            {decoded.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {linkConfiguration !== undefined ? (
        <div className={styles.configurationNotice} role="status" data-testid="link-configuration">
          <p>
            <strong>A provider configuration from the builder is applied</strong> to “
            {baseScenarioTitle}”: {describeConfiguration(linkConfiguration)}. The scenario JSON
            below shows it under <code>configuration</code>.{' '}
            <Link to="/tools/provider-configuration">Back to the builder</Link>
          </p>
        </div>
      ) : null}
      <div className={styles.toolbar}>
        <label htmlFor={pickerId} className={styles.label}>
          Scenario
        </label>
        <select
          id={pickerId}
          value={loaded.scenarioId ?? ''}
          onChange={(event) => pick(event.target.value)}
          data-testid="scenario-picker">
          {loaded.scenarioId === null ? <option value="">Your own scenario</option> : null}
          {groups.map(({group, scenarios}) => (
            <optgroup key={group.id} label={group.title}>
              {scenarios.map((builtin) => (
                <option key={builtin.id} value={builtin.id}>
                  {builtin.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <ErrorBoundary
        fallback={({error, tryAgain}) => <SimulatorStopped error={error} tryAgain={tryAgain} />}>
        <Simulator
          key={loaded.generation}
          scenarioId={loaded.scenarioId}
          scenario={loaded.scenario}
          overrides={loaded.overrides}
          variant="playground"
        />
      </ErrorBoundary>
      <details className={styles.editor} open>
        <summary>Edit the scenario JSON</summary>
        <p className={styles.hint}>
          Change any field (device, app behaviour, steps…) and run it. Every scenario in the{' '}
          <Link to="/docs/reference/scenarios">scenario catalog</Link> is a complete example, and
          the validator says exactly which field is wrong.
        </p>
        <label htmlFor={editorId} className={styles.label}>
          Scenario JSON
        </label>
        <textarea
          id={editorId}
          className={styles.textarea}
          value={draft}
          spellCheck={false}
          rows={18}
          ref={editorRef}
          aria-invalid={editorError !== null}
          aria-describedby={editorError !== null ? errorId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          data-testid="scenario-editor"
        />
        {editorError !== null ? (
          <div className={styles.problems}>
            <p id={errorId} role="alert" data-testid="editor-error">
              {editorError.text}
            </p>
            {editorError.position ? (
              <button
                type="button"
                className="button button--sm button--outline button--secondary"
                onClick={() => showInEditor(editorRef.current, editorError.position)}
                data-testid="editor-error-go">
                Show line {editorError.position.line}, column {editorError.position.column} in the
                editor
              </button>
            ) : null}
          </div>
        ) : null}
        <div className={styles.toolbar}>
          <button type="button" className="button button--primary" onClick={runDraft}>
            Run this scenario
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(toJson(loaded.scenario));
              setEditorError(null);
            }}>
            Undo my edits
          </button>
        </div>
      </details>
    </div>
  );
}
