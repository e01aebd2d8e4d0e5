/**
 * The provider-configuration builder, for its page (/tools/provider-configuration) and for MDX
 * (`<ProviderConfigurationBuilder />`, safe to use more than once on a page). A form generated
 * from the property table, the messages next to it, a preview of the screens the configuration
 * gives (engine-backed, loaded when in view; a text fallback otherwise), the Swift and
 * Objective-C code, and a "Try it" link into the playground. All logic lives in simulator/.
 */
import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CodeBlock from '@theme/CodeBlock';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

import {
  defaultProviderConfigurationDraft,
  defaultTryItScenarioId,
  isTryItScenarioId,
  notOfferedProperties,
  providerConfigurationFields,
  providerConfigurationObjectiveC,
  providerConfigurationSwift,
  toScenarioConfiguration,
  tryItQuery,
  tryItScenarios,
  validateProviderConfigurationDraft,
  type ProviderConfigurationDraft,
  type ToolMessage,
} from '@site/simulator/src/tools';

import {useInView} from '../../CallSimulator/useInView';
import ToolMessages from '../ToolMessages';
import Fields from './Fields';
import {readIcon, type IconReading} from './readIcon';
import StaticPreview from './StaticPreview';
import styles from './styles.module.css';

const EnginePreview = lazy(() => import('./EnginePreview'));

export interface ProviderConfigurationBuilderProps {
  /** The built-in scenario "Try it" opens first (one of the offered ones). */
  scenario?: string;
}

interface IconState extends IconReading {
  /** Object URL of the file, when it reads as a PNG. */
  url: string | null;
}

function LocalizedNameNote(): ReactNode {
  if (notOfferedProperties.length === 0) return null;
  return (
    <details className={styles.notOffered}>
      <summary>
        Not offered:{' '}
        {notOfferedProperties.map((property) => (
          <code key={property.name}>{property.name}</code>
        ))}
      </summary>
      <p>
        <code>localizedName</code> was the name the system call screen showed for your calls, set
        with <code>CXProviderConfiguration(localizedName:)</code>. Both are deprecated since iOS 14,
        and Apple marks them “no longer supported”, so the code here uses{' '}
        <code>CXProviderConfiguration()</code>. From iOS 14 on, the belief is that iOS labels calls
        with your app’s name; the exact label is unconfirmed.
      </p>
    </details>
  );
}

export default function ProviderConfigurationBuilder({
  scenario,
}: ProviderConfigurationBuilderProps): ReactNode {
  const baseId = useId();
  const idPrefix = `pc${baseId.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const messagePrefix = `${idPrefix}-message`;
  const isBrowser = useIsBrowser();
  const [previewRef, inView] = useInView<HTMLDivElement>();
  const [draft, setDraft] = useState<ProviderConfigurationDraft>(defaultProviderConfigurationDraft);
  const [icon, setIcon] = useState<IconState | null>(null);
  const [tryScenario, setTryScenario] = useState<string>(
    scenario !== undefined && isTryItScenarioId(scenario) ? scenario : defaultTryItScenarioId,
  );
  const readToken = useRef(0);
  const urlRef = useRef<string | null>(null);

  const check = useMemo(() => validateProviderConfigurationDraft(draft), [draft]);
  const configuration = check.configuration;
  const scenarioConfiguration = useMemo(
    () => toScenarioConfiguration(configuration),
    [configuration],
  );
  const deferredConfiguration = useDeferredValue(scenarioConfiguration);
  const messages: ToolMessage[] = useMemo(
    () => [...check.messages, ...(icon?.messages ?? [])],
    [check.messages, icon],
  );
  const swift = useMemo(() => providerConfigurationSwift(configuration), [configuration]);
  const objectiveC = useMemo(() => providerConfigurationObjectiveC(configuration), [configuration]);
  const scenarios = useMemo(() => tryItScenarios(), []);

  useEffect(
    () => () => {
      if (urlRef.current !== null) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );

  const change = (name: string, value: unknown): void => {
    setDraft((previous) => ({...previous, [name]: value}));
  };

  const chooseFile = (file: File | null): void => {
    readToken.current += 1;
    const token = readToken.current;
    if (urlRef.current !== null) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
    if (file === null) {
      setIcon(null);
      return;
    }
    void readIcon(file).then((reading) => {
      if (token !== readToken.current) return;
      const url = reading.info !== null ? URL.createObjectURL(file) : null;
      urlRef.current = url;
      setIcon({...reading, url});
    });
  };

  const previewNote = isBrowser
    ? 'The drawn preview loads when it scrolls into view. What each screen shows:'
    : 'The drawn preview needs JavaScript. What each screen shows:';

  return (
    <section
      className={styles.builder}
      data-testid="provider-configuration-builder"
      aria-label="Provider configuration builder">
      <div className={styles.formColumn}>
        <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <Fields
            idPrefix={idPrefix}
            messagePrefix={messagePrefix}
            fields={providerConfigurationFields}
            draft={draft}
            messages={messages}
            onChange={change}
            icon={{
              iconUrl: icon?.url ?? null,
              fileName: icon?.fileName ?? null,
              onFile: chooseFile,
            }}
          />
        </form>
        <LocalizedNameNote />
      </div>
      <div className={styles.messagesColumn}>
        <h3 className={styles.columnTitle}>What this configuration does</h3>
        <ToolMessages
          idPrefix={messagePrefix}
          messages={messages}
          emptyText="Nothing to report."
          testId="pc-messages"
        />
      </div>
      <div className={styles.previewColumn} ref={previewRef}>
        <h3 className={styles.columnTitle}>Preview</h3>
        {isBrowser && inView ? (
          <ErrorBoundary
            fallback={() => (
              <StaticPreview
                configuration={scenarioConfiguration}
                note="The drawn preview stopped. What each screen shows:"
              />
            )}>
            <Suspense
              fallback={
                <StaticPreview
                  configuration={scenarioConfiguration}
                  note="Loading the drawn preview… What each screen shows:"
                />
              }>
              <EnginePreview configuration={deferredConfiguration} iconUrl={icon?.url ?? null} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <StaticPreview configuration={scenarioConfiguration} note={previewNote} />
        )}
      </div>
      <div className={styles.codeColumn}>
        <h3 className={styles.columnTitle}>Code</h3>
        <Tabs groupId="language">
          <TabItem value="swift" label="Swift">
            <div data-testid="pc-code-swift">
              <CodeBlock language="swift">{swift}</CodeBlock>
            </div>
          </TabItem>
          <TabItem value="objc" label="Objective-C">
            <div data-testid="pc-code-objectivec">
              <CodeBlock language="objectivec">{objectiveC}</CodeBlock>
            </div>
          </TabItem>
        </Tabs>
        <div className={styles.tryIt}>
          <label htmlFor={`${idPrefix}-try`} className={styles.subLabel}>
            Scenario to try
          </label>
          <select
            id={`${idPrefix}-try`}
            value={tryScenario}
            data-testid="pc-try-scenario"
            onChange={(event) => setTryScenario(event.target.value)}>
            {scenarios.map((option) => (
              <option key={option.id} value={option.id}>
                {option.title}
              </option>
            ))}
          </select>
          <Link
            className="button button--primary button--sm"
            to={`/playground${tryItQuery(tryScenario, configuration)}`}
            data-testid="pc-try-it">
            Try it in the playground
          </Link>
          <p className={styles.muted}>
            The playground runs the scenario with this configuration. The icon and{' '}
            <code>supportsAudioTranslation</code> are not part of the simulation.
          </p>
        </div>
      </div>
    </section>
  );
}
