/**
 * The settings a scenario changes from the defaults, as `path: value` pairs in the scenario's own
 * JSON spelling, so the catalog can say what makes each scenario different.
 */
import {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultConfiguration,
  defaultDevice,
  type Scenario,
} from '@site/simulator/src/data';

import {formatJsonValue} from './format';

export interface SettingChange {
  readonly path: string;
  readonly value: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diff(path: string, value: unknown, base: unknown, out: SettingChange[]): void {
  if (isPlainObject(value) && isPlainObject(base)) {
    for (const key of Object.keys(value)) diff(`${path}.${key}`, value[key], base[key], out);
    return;
  }
  if (JSON.stringify(value) !== JSON.stringify(base)) {
    out.push({path, value: formatJsonValue(value)});
  }
}

export function settingChanges(scenario: Scenario): SettingChange[] {
  const out: SettingChange[] = [];
  diff('device', scenario.device, defaultDevice, out);
  diff('capabilities', scenario.capabilities, defaultCapabilities, out);
  diff('configuration', scenario.configuration, defaultConfiguration, out);
  diff('app', scenario.app, defaultAppProfile, out);
  diff('assumptions', scenario.assumptions, defaultAssumptions, out);
  return out;
}
