/**
 * The machine → Mermaid state diagram exporter: ids, structure, guards, the id mapping the UI uses
 * to highlight snapshot states, and that Mermaid's own parser accepts every chart.
 */
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';
import {createMachine, type AnyStateMachine} from 'xstate';

import {
  builtinScenarios,
  isMachineChartName,
  machineChartNames,
  machineCharts,
  machineToStateDiagram,
  runScenario,
  stateIdFor,
} from '../../simulator/src';
import {closeMermaidDom, decodeMermaidEntities, parseMermaid} from './support/mermaid';

after(closeMermaidDom);

type StateNode = AnyStateMachine['root'];

/** Every state path of a machine (the root's is []), by walking its nodes. */
function statePaths(node: StateNode): string[][] {
  return Object.values(node.states).flatMap((child) => [child.path, ...statePaths(child)]);
}

const idPattern = /^[A-Za-z0-9_]+$/;

/** Parses the chart's statements and returns the ids it declares and the ids its edges use. */
function chartIds(chart: string): {declared: Set<string>; used: Set<string>} {
  const declared = new Set<string>();
  const used = new Set<string>();
  const [header, ...lines] = chart.trimEnd().split('\n');
  assert.equal(header, 'stateDiagram-v2');
  for (const raw of lines) {
    const line = raw.trim();
    let match: RegExpExecArray | null;
    if ((match = /^state "([^"]*)" as (\S+)$/.exec(line))) {
      declared.add(match[2] ?? '');
    } else if ((match = /^state (\S+) \{$/.exec(line))) {
      used.add(match[1] ?? '');
    } else if ((match = /^(\S+) --> (\S+)(?: : (.+))?$/.exec(line))) {
      for (const end of [match[1], match[2]]) if (end && end !== '[*]') used.add(end);
      assert.ok(!/["<>\n]|%%/.test(match[3] ?? ''), `raw markup in a label: ${line}`);
    } else if ((match = /^class (\S+) anyState$/.exec(line))) {
      for (const id of (match[1] ?? '').split(',')) used.add(id);
    } else {
      assert.ok(
        line === '}' ||
          line === '--' ||
          line.startsWith('accTitle: ') ||
          line.startsWith('accDescr: ') ||
          line.startsWith('classDef anyState '),
        `unexpected statement: ${line}`,
      );
    }
  }
  return {declared, used};
}

describe('machineToStateDiagram', () => {
  for (const name of machineChartNames) {
    const machine = machineCharts[name];

    test(`${name}: Mermaid parses it`, async () => {
      assert.equal(await parseMermaid(machineToStateDiagram(machine)), 'stateDiagram');
    });

    test(`${name}: ids are [A-Za-z0-9_] and every state path has its id`, () => {
      const {declared, used} = chartIds(machineToStateDiagram(machine));
      for (const id of [...declared, ...used]) assert.match(id, idPattern);
      for (const id of used) assert.ok(declared.has(id), `${id} is used but never declared`);
      for (const path of statePaths(machine.root)) {
        const id = stateIdFor(machine.id, path);
        assert.ok(declared.has(id), `${path.join('.')} → ${id} is not in the chart`);
      }
    });
  }

  test('the call machine: compound states, initial and final markers, any-state transitions', () => {
    const chart = machineToStateDiagram(machineCharts.call);
    const lines = chart.split('\n').map((line) => line.trim());
    assert.ok(lines.includes('state call__connected {'));
    assert.ok(lines.includes('[*] --> call__idle'));
    assert.ok(lines.includes('[*] --> call__connected__active'));
    assert.ok(lines.includes('state "held" as call__connected__held'));
    assert.ok(lines.includes('call__connected__active --> call__connected__held : HOLD_FULFILLED'));
    assert.ok(lines.includes('call__connected --> call__ending : END_DELIVERED'));
    assert.ok(lines.includes('call__ended --> [*]'));
    assert.ok(lines.includes('state "any state" as call___any'));
    assert.ok(lines.includes('call___any --> call__ended : APP_TERMINATED'));
  });

  test('the device machine: parallel regions separated by --, guards in brackets', () => {
    const chart = machineToStateDiagram(machineCharts.device);
    const lines = chart.split('\n').map((line) => line.trim());
    assert.ok(lines.includes('state device {'));
    assert.equal(lines.filter((line) => line === '--').length, 2);
    for (const region of ['screen', 'app', 'cellular']) {
      assert.ok(lines.includes(`state device__${region} {`), region);
    }
    const decoded = lines.map(decodeMermaidEntities);
    assert.ok(
      decoded.includes('device__screen__choose --> device__screen__locked : always [startsLocked]'),
    );
    assert.ok(decoded.includes('device__screen__choose --> device__screen__unlocked : always'));
    assert.ok(
      decoded.includes(
        'device__app__choose --> device__app__foreground : always [startsIn(foreground)]',
      ),
    );
  });

  test('the callKit machine: a nested compound state and parameterised guards', () => {
    const chart = machineToStateDiagram(machineCharts.callKit);
    const lines = chart.split('\n').map((line) => decodeMermaidEntities(line.trim()));
    assert.ok(lines.includes('state callKit__ui__incoming {'));
    assert.ok(
      lines.includes(
        'callKit__ui___any --> callKit__ui__incoming__banner : SHOW_INCOMING [presentedAs(banner)]',
      ),
    );
    // Only [*] arrows sit inside a block: an edge there would re-parent its ends in Mermaid.
    let depth = 0;
    for (const line of lines) {
      if (line.endsWith('{')) depth += 1;
      else if (line === '}') depth -= 1;
      else if (depth > 0 && line.includes('-->')) assert.ok(line.includes('[*]'), line);
    }
  });

  test('stateIdFor maps snapshot paths to chart ids', () => {
    assert.equal(stateIdFor('call', ['connected', 'held']), 'call__connected__held');
    assert.equal(stateIdFor('call', 'connected.held'.split('.')), 'call__connected__held');
    assert.equal(stateIdFor('device', []), 'device');
    assert.equal(stateIdFor('x', ['a b', 'c-d', 'e_f']), 'x__a_20_b__c_2d_d__e_5f_f');
  });

  test('every state a built-in run ends in has an id in its machine chart', () => {
    const charts = new Map(
      machineChartNames.map((name) => [name, chartIds(machineToStateDiagram(machineCharts[name]))]),
    );
    for (const builtin of builtinScenarios()) {
      const {final} = runScenario(builtin.scenario);
      for (const [key, paths] of Object.entries(final.machines)) {
        const name = key.startsWith('call:') ? 'call' : key;
        assert.ok(isMachineChartName(name), `${builtin.id}: no chart for machine ${key}`);
        const declared = charts.get(name)?.declared;
        for (const statePath of paths) {
          const id = stateIdFor(machineCharts[name].id, statePath.split('.'));
          assert.ok(declared?.has(id), `${builtin.id}: ${key} ${statePath} → ${id}`);
        }
      }
    }
  });

  test('odd state names and a hostile title still give safe ids and a chart Mermaid parses', async () => {
    const machine = createMachine({
      id: 'odd machine',
      initial: 'with space',
      states: {
        'with space': {on: {'GO:NOW;': 'end', '%%{init}%%': 'state'}},
        end: {after: {500: 'ünï-code'}},
        state: {on: {'<b>': {target: 'end', guard: 'a"b'}}},
        'ünï-code': {type: 'final'},
      },
    });
    const chart = machineToStateDiagram(machine, {
      title: '%%{init: {"securityLevel":"loose"}}%%\n<img src=x onerror=alert(1)>',
    });
    const {declared, used} = chartIds(chart);
    for (const id of [...declared, ...used]) assert.match(id, idPattern);
    assert.ok(declared.has('odd_20_machine__with_20_space'));
    assert.ok(!chart.includes('%%'));
    const decoded = decodeMermaidEntities(chart);
    assert.ok(decoded.includes(': after 500ms'));
    assert.ok(decoded.includes(': <b> [a"b]'));
    assert.equal(await parseMermaid(chart), 'stateDiagram');
  });

  test('the output is deterministic', () => {
    for (const name of machineChartNames) {
      assert.equal(
        machineToStateDiagram(machineCharts[name]),
        machineToStateDiagram(machineCharts[name]),
      );
    }
  });
});
