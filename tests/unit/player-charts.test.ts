/**
 * State-chart panels (simulator/src/player/charts.ts): which panels a snapshot has, and that every
 * state id the player highlights is a state the generated chart declares, for every snapshot of
 * every built-in run (highlighting can never point at a missing node).
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  activeStateIds,
  builtinScenario,
  builtinScenarios,
  chartPanels,
  chartSource,
  createSimulation,
  machineCharts,
  machineChartNames,
  type MachineChartName,
} from '../../simulator/src';
import {steppedPoints} from './support/player';

/** The state ids a Mermaid stateDiagram-v2 declares: `state "label" as <id>` and `state <id> {`. */
function declaredStateIds(source: string): Set<string> {
  const ids = new Set<string>();
  for (const line of source.split('\n')) {
    const labelled = /^\s*state "[^"]*" as (\S+)$/.exec(line);
    if (labelled?.[1]) ids.add(labelled[1]);
    const composite = /^\s*state (\S+) \{$/.exec(line);
    if (composite?.[1]) ids.add(composite[1]);
  }
  return ids;
}

const declared = new Map<MachineChartName, Set<string>>(
  machineChartNames.map((name) => [name, declaredStateIds(chartSource(name))]),
);

describe('panels', () => {
  test('the four fixed panels come first, then one per call, in order', () => {
    const builtin = builtinScenario('call-waiting-hold-and-accept');
    assert.ok(builtin);
    const points = steppedPoints(builtin.scenario);
    const first = points[0]?.snapshot;
    assert.ok(first);
    assert.deepEqual(
      chartPanels(first).map((panel) => [panel.key, panel.machine]),
      [
        ['device', 'device'],
        ['callKit', 'callKit'],
        ['pushRegistry', 'pushRegistry'],
        ['audioSession', 'audioSession'],
      ],
    );
    const last = points[points.length - 1]?.snapshot;
    assert.ok(last);
    assert.equal(last.calls.length, 2);
    const panels = chartPanels(last);
    assert.equal(panels.length, 6);
    assert.deepEqual(
      panels.slice(4),
      last.calls.map((call, index) => ({
        key: `call:${call.uuid}`,
        machine: 'call',
        title: `Call ${index + 1} (${call.direction})`,
      })),
    );
    for (const panel of panels) assert.ok(panel.title.length > 0);
  });

  test('every built-in snapshot: 4 + calls panels, unique keys, each with a machine in the snapshot', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const {snapshot, steps} of steppedPoints(scenario)) {
        const panels = chartPanels(snapshot);
        assert.equal(panels.length, 4 + snapshot.calls.length, `${id} @${steps}`);
        const keys = panels.map((panel) => panel.key);
        assert.equal(new Set(keys).size, keys.length, `${id} @${steps}`);
        for (const panel of panels) {
          assert.ok(machineChartNames.includes(panel.machine));
          assert.ok(snapshot.machines[panel.key], `${id} @${steps}: ${panel.key} has states`);
        }
      }
    }
  });

  test('outgoing calls are titled as such', () => {
    const builtin = builtinScenario('outgoing-call');
    assert.ok(builtin);
    const points = steppedPoints(builtin.scenario);
    const last = points[points.length - 1]?.snapshot;
    assert.ok(last);
    assert.equal(chartPanels(last)[4]?.title, 'Call 1 (outgoing)');
  });
});

describe('chart sources', () => {
  test('one Mermaid stateDiagram-v2 per machine, generated once and reused', () => {
    for (const name of machineChartNames) {
      const source = chartSource(name);
      assert.ok(source.startsWith('stateDiagram-v2\n'), name);
      assert.equal(chartSource(name), source);
      assert.ok((declared.get(name)?.size ?? 0) > 1, name);
      // The machine itself (a parallel root's outer state) or its top states are declared.
      const root = machineCharts[name];
      for (const key of Object.keys(root.root.states)) {
        assert.ok(declared.get(name)?.has(`${root.id}__${key}`), `${name}: ${key}`);
      }
    }
  });

  test('the declared-id reader finds both forms', () => {
    const ids = declaredStateIds(
      'stateDiagram-v2\n  state "a" as m__a\n  state m__a {\n    state "b" as m__a__b\n  }\n  m__a --> m__c : go\n',
    );
    assert.deepEqual([...ids].sort(), ['m__a', 'm__a__b']);
  });
});

describe('highlighting', () => {
  test('every id activeStateIds returns, for every snapshot of every built-in, is declared in its chart', () => {
    let checked = 0;
    for (const {id, scenario} of builtinScenarios()) {
      for (const {snapshot, steps} of steppedPoints(scenario)) {
        for (const panel of chartPanels(snapshot)) {
          const ids = activeStateIds(snapshot, panel);
          assert.ok(ids.length > 0, `${id} @${steps}: ${panel.key} highlights something`);
          assert.equal(new Set(ids).size, ids.length, `${id} @${steps}: ${panel.key} unique`);
          const known = declared.get(panel.machine);
          assert.ok(known);
          for (const stateId of ids) {
            assert.ok(
              known.has(stateId),
              `${id} after ${steps} steps: ${panel.key} highlights ${stateId}, which ${panel.machine}'s chart does not declare`,
            );
            checked += 1;
          }
        }
      }
    }
    assert.ok(checked > 1000, `${checked} highlights checked`);
  });

  test('a parallel machine highlights its outer state first; the ids follow the snapshot paths', () => {
    const builtin = builtinScenario('locked-push-answer');
    assert.ok(builtin);
    const simulation = createSimulation(builtin.scenario);
    simulation.step();
    const snapshot = simulation.getSnapshot();
    simulation.stop();
    for (const panel of chartPanels(snapshot)) {
      const machine = machineCharts[panel.machine];
      const ids = activeStateIds(snapshot, panel);
      const paths = snapshot.machines[panel.key] ?? [];
      const fromPaths = paths.map((path) => [machine.id, ...path.split('.')].join('__'));
      if (machine.root.type === 'parallel') {
        assert.deepEqual(ids, [machine.id, ...fromPaths], panel.key);
      } else {
        assert.deepEqual(ids, fromPaths, panel.key);
      }
    }
  });

  test('a panel whose machine is not in the snapshot highlights nothing', () => {
    const builtin = builtinScenario('locked-push-answer');
    assert.ok(builtin);
    const simulation = createSimulation(builtin.scenario);
    const snapshot = simulation.getSnapshot();
    simulation.stop();
    assert.deepEqual(
      activeStateIds(snapshot, {
        key: 'call:00000000-0000-0000-0000-000000000000',
        machine: 'call',
        title: '',
      }),
      [],
    );
  });
});
