import {useId, type ReactNode} from 'react';

import {isAppState, whatIfToggles, type AppState, type WhatIfToggle} from '@site/simulator/src';

import styles from './styles.module.css';

export interface WhatIfPanelProps {
  values: Readonly<Record<string, boolean | AppState>>;
  /** Toggles the reader changed from the scenario's own value. */
  changed: ReadonlySet<string>;
  onChange: (id: string, value: boolean | AppState) => void;
}

function Toggle({
  toggle,
  value,
  changed,
  onChange,
}: {
  toggle: WhatIfToggle;
  value: boolean | AppState;
  changed: boolean;
  onChange: WhatIfPanelProps['onChange'];
}): ReactNode {
  const id = useId();
  const describedBy = `${id}-about`;
  return (
    <div
      className={`${styles.toggle} ${changed ? styles.toggleChanged : ''}`}
      data-toggle={toggle.id}>
      {toggle.kind === 'switch' ? (
        <label className={styles.switchLabel}>
          <input
            type="checkbox"
            role="switch"
            checked={value === true}
            aria-describedby={describedBy}
            onChange={(event) => onChange(toggle.id, event.target.checked)}
          />
          <span>{toggle.label}</span>
        </label>
      ) : (
        <label className={styles.switchLabel}>
          <span>{toggle.label}</span>
          <select
            value={String(value)}
            aria-describedby={describedBy}
            onChange={(event) => {
              if (isAppState(event.target.value)) onChange(toggle.id, event.target.value);
            }}>
            {toggle.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
      <p id={describedBy} className={styles.toggleAbout}>
        {toggle.description} <em>What you will see:</em> {toggle.consequence.text}
      </p>
    </div>
  );
}

/** The app's behaviour profile and the device state as switches; a change replays the run. */
export default function WhatIfPanel({values, changed, onChange}: WhatIfPanelProps): ReactNode {
  const groups = [
    {id: 'app', title: 'Break the app'},
    {id: 'device', title: 'The phone'},
  ] as const;
  return (
    <div className={styles.whatIf}>
      {groups.map((group) => (
        <fieldset key={group.id} className={styles.fieldset}>
          <legend>{group.title}</legend>
          {whatIfToggles
            .filter((toggle) => toggle.group === group.id)
            .map((toggle) => {
              const value = values[toggle.id];
              return value === undefined ? null : (
                <Toggle
                  key={toggle.id}
                  toggle={toggle}
                  value={value}
                  changed={changed.has(toggle.id)}
                  onChange={onChange}
                />
              );
            })}
        </fieldset>
      ))}
    </div>
  );
}
