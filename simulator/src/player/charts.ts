/**
 * The state-chart panels of the simulator: which machines are drawn, their generated Mermaid
 * source (made once per machine), and which chart states are active in a snapshot, as the ids the
 * generated diagram uses (`call__connected__held`).
 */
import type {SimulationSnapshot} from '../engine/snapshot';
import {
  machineCharts,
  machineToStateDiagram,
  stateIdFor,
  type MachineChartName,
} from '../diagram/stateChart';

export interface ChartPanel {
  /** Unique per panel: the machine name, or `call:<uuid>` for each call. */
  key: string;
  machine: MachineChartName;
  title: string;
}

const fixedPanels: readonly ChartPanel[] = [
  {key: 'device', machine: 'device', title: 'Device'},
  {key: 'callKit', machine: 'callKit', title: 'CallKit (callservicesd and the call UI)'},
  {key: 'pushRegistry', machine: 'pushRegistry', title: 'PushKit registry'},
  {key: 'audioSession', machine: 'audioSession', title: 'Audio session'},
];

/** The panels for a snapshot: the fixed machines, then one per call the run has seen. */
export function chartPanels(snapshot: SimulationSnapshot): ChartPanel[] {
  const calls = snapshot.calls.map((call, index) => ({
    key: `call:${call.uuid}`,
    machine: 'call' as const,
    title: `Call ${index + 1} (${call.direction})`,
  }));
  return [...fixedPanels, ...calls];
}

const sources = new Map<MachineChartName, string>();

/** The Mermaid source of a machine's chart; generated once and reused. */
export function chartSource(machine: MachineChartName): string {
  let source = sources.get(machine);
  if (source === undefined) {
    source = machineToStateDiagram(machineCharts[machine]);
    sources.set(machine, source);
  }
  return source;
}

/** The chart ids of the states active in this panel (empty when the machine is not running). */
export function activeStateIds(snapshot: SimulationSnapshot, panel: ChartPanel): string[] {
  const paths = snapshot.machines[panel.key];
  if (!paths) return [];
  const machineId = machineCharts[panel.machine].id;
  const ids = paths.map((path) => stateIdFor(machineId, path.split('.')));
  // A parallel root is drawn as one outer state named after the machine; it is always active.
  if (machineCharts[panel.machine].root.type === 'parallel') ids.unshift(stateIdFor(machineId, []));
  return ids;
}
