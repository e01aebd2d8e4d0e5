/**
 * The trace → Mermaid sequence diagram exporter: structure, markings, and that Mermaid's own
 * parser (run Node-side under happy-dom, see support/mermaid.ts) accepts every diagram.
 */
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';

import {
  appleApi,
  builtinScenario,
  builtinScenarios,
  lanes,
  runScenario,
  systemEvent,
  traceToSequenceDiagram,
  type TraceEntry,
} from '../../simulator/src';
import {closeMermaidDom, decodeMermaidEntities, parseMermaid} from './support/mermaid';

after(closeMermaidDom);

function builtinTrace(id: string): TraceEntry[] {
  const found = builtinScenario(id);
  assert.ok(found, `built-in ${id}`);
  return runScenario(found.scenario).trace;
}

/** The diagram's statements, without the header line and the indentation. */
function statements(diagram: string): string[] {
  const [header, ...rest] = diagram.trimEnd().split('\n');
  assert.equal(header, 'sequenceDiagram');
  return rest.map((line) => line.trim());
}

const messagePattern = /^([a-z]+)(->>|-->>)([a-z]+): (.+)$/;

function messages(diagram: string): {from: string; arrow: string; to: string; label: string}[] {
  return statements(diagram).flatMap((line) => {
    const match = messagePattern.exec(line);
    return match
      ? [{from: match[1] ?? '', arrow: match[2] ?? '', to: match[3] ?? '', label: match[4] ?? ''}]
      : [];
  });
}

const entry = (overrides: Partial<TraceEntry>): TraceEntry => ({
  seq: 0,
  at: 0,
  kind: 'event',
  from: 'user',
  to: 'app',
  api: 'user.openApp',
  note: 'The user opens the app.',
  ...overrides,
});

describe('traceToSequenceDiagram', () => {
  test('every built-in scenario gives a diagram Mermaid parses, with every option', async () => {
    for (const builtin of builtinScenarios()) {
      const trace = runScenario(builtin.scenario).trace;
      for (const options of [
        {},
        {title: builtin.title, autonumber: true, highlightSeq: Math.floor(trace.length / 2)},
      ]) {
        const diagram = traceToSequenceDiagram(trace, options);
        assert.equal(await parseMermaid(diagram), 'sequence', builtin.id);
      }
    }
  });

  test('an empty trace still parses', async () => {
    assert.equal(await parseMermaid(traceToSequenceDiagram([])), 'sequence');
  });

  test('participants: only the lanes used, in the fixed lane order, with readable names', () => {
    const trace = [
      entry({seq: 0, from: 'server', to: 'pushkit', api: 'server.voipPush'}),
      entry({
        seq: 1,
        from: 'pushkit',
        to: 'app',
        kind: 'callback',
        api: appleApi.didReceiveIncomingPush,
      }),
      entry({
        seq: 2,
        from: 'app',
        to: 'callkit',
        kind: 'call',
        api: appleApi.reportNewIncomingCall,
      }),
    ];
    const participants = statements(traceToSequenceDiagram(trace)).filter((line) =>
      line.startsWith('participant '),
    );
    assert.deepEqual(participants, [
      'participant app as App',
      'participant callkit as CallKit #40;callservicesd#41;',
      'participant pushkit as PushKit #40;APNs#41;',
      'participant server as App server',
    ]);
    const ids = participants.map((line) => line.split(' ')[1] ?? '');
    assert.deepEqual(
      ids,
      lanes.filter((lane) => ids.includes(lane)),
    );
  });

  test('one message per entry: solid for calls, callbacks and events, dashed for completions', () => {
    const trace = builtinTrace('locked-push-answer');
    const diagram = traceToSequenceDiagram(trace);
    const found = messages(diagram);
    assert.equal(found.length, trace.filter((e) => e.from !== e.to).length);
    trace
      .filter((e) => e.from !== e.to)
      .forEach((e, index) => {
        const message = found[index];
        assert.ok(message);
        assert.equal(message.from, e.from);
        assert.equal(message.to, e.to);
        assert.equal(message.arrow, e.kind === 'completion' ? '-->>' : '->>', `#${e.seq}`);
        assert.ok(decodeMermaidEntities(message.label).startsWith(e.api), message.label);
      });
  });

  test('labels: the API, the action, and the caller; an entry on one lane is a note', () => {
    const trace = [
      entry({
        seq: 0,
        kind: 'callback',
        from: 'callkit',
        to: 'app',
        api: appleApi.perform,
        action: 'CXAnswerCallAction',
      }),
      entry({
        seq: 1,
        kind: 'call',
        from: 'app',
        to: 'callkit',
        api: appleApi.reportNewIncomingCall,
        detail: {handle: '+15551234567', localizedCallerName: 'Ada'},
      }),
      entry({seq: 2, from: 'app', to: 'app', api: 'app.selfCheck'}),
    ];
    const lines = statements(traceToSequenceDiagram(trace)).map(decodeMermaidEntities);
    assert.ok(
      lines.includes('callkit->>app: CXProviderDelegate.provider(_:perform:) [CXAnswerCallAction]'),
    );
    assert.ok(
      lines.includes(
        'app->>callkit: CXProvider.reportNewIncomingCall(with:update:completion:) · Ada',
      ),
    );
    assert.ok(lines.includes('Note over app: app.selfCheck'));
  });

  test('errors are marked ✗, framed in a red rect and carry their note', () => {
    const trace = builtinTrace('do-not-disturb');
    const failed = trace.find((e) => e.error !== undefined);
    assert.ok(failed?.error);
    const lines = statements(traceToSequenceDiagram(trace));
    const at = lines.findIndex((line) =>
      decodeMermaidEntities(line).includes(`✗ ${failed.error?.name} (${failed.error?.code})`),
    );
    assert.ok(at > 0);
    assert.match(lines[at - 1] ?? '', /^rect rgba\(220, 38, 38, [\d.]+\)$/);
    assert.ok(decodeMermaidEntities(lines[at] ?? '').includes(`: ✗ ${failed.api}`));
    assert.equal(
      decodeMermaidEntities(lines[at + 1] ?? ''),
      `Note right of ${failed.to}: ${failed.note}`,
    );
    assert.equal(lines[at + 2], 'end');
  });

  test('a killed app sits in a break block with the reason and the note', () => {
    const trace = builtinTrace('push-never-reported');
    const kill = trace.find((e) => e.api === systemEvent.terminateApp);
    assert.ok(kill);
    const lines = statements(traceToSequenceDiagram(trace)).map(decodeMermaidEntities);
    const at = lines.findIndex((line) => line.startsWith('break App killed: '));
    assert.ok(at > 0, 'break block');
    assert.equal(lines[at], `break App killed: ${String(kill.detail?.['reason'])}`);
    assert.equal(lines[at + 1], `${kill.from}->>${kill.to}: system.terminateApp`);
    assert.equal(lines[at + 2], `Note right of ${kill.to}: ${kill.note}`);
    assert.equal(lines[at + 3], 'end');
  });

  test('the incoming call UI carries its note; other events do not', () => {
    const trace = builtinTrace('locked-push-answer');
    const diagram = traceToSequenceDiagram(trace);
    const notes = statements(diagram).filter((line) => line.startsWith('Note '));
    const shown = trace.filter((e) => e.api === systemEvent.showIncomingCallUI);
    assert.equal(notes.length, shown.length);
    assert.equal(decodeMermaidEntities(notes[0] ?? ''), `Note right of user: ${shown[0]?.note}`);
  });

  test('highlightSeq frames exactly that entry; autonumber and the title are opt-in', async () => {
    const trace = builtinTrace('outgoing-call');
    const plain = statements(traceToSequenceDiagram(trace));
    assert.ok(!plain.includes('autonumber'));
    assert.ok(!plain.some((line) => line.startsWith('title ')));
    assert.ok(plain.includes('accTitle: CallKit Flow trace'));
    assert.ok(plain.some((line) => line.startsWith('accDescr: Sequence diagram#58; ')));

    const target = trace[5];
    assert.ok(target);
    const marked = traceToSequenceDiagram(trace, {highlightSeq: 5, autonumber: true, title: 'T'});
    const lines = statements(marked);
    assert.ok(lines.includes('autonumber'));
    assert.ok(lines.includes('title T'));
    assert.ok(lines.includes('accTitle: T'));
    const rects = lines.filter((line) => line.startsWith('rect rgba(37, 99, 235'));
    assert.equal(rects.length, 1);
    const at = lines.indexOf(rects[0] ?? '');
    assert.ok(decodeMermaidEntities(lines[at + 1] ?? '').includes(target.api));
    assert.equal(await parseMermaid(marked), 'sequence');
  });

  test('the output is deterministic', () => {
    const trace = builtinTrace('locked-push-answer');
    assert.equal(traceToSequenceDiagram(trace), traceToSequenceDiagram([...trace]));
  });
});

describe('Mermaid parse check (negative)', () => {
  test('a diagram Mermaid rejects makes parseMermaid reject', async () => {
    await assert.rejects(parseMermaid('sequenceDiagram\n  app->>: missing target'), /Parse error/);
    await assert.rejects(
      parseMermaid('stateDiagram-v2\n  a --> b : x\n  state a {'),
      /Parse error/,
    );
  });

  test('unescaped text breaks a diagram that escaped text keeps whole', async () => {
    const raw = 'line\nbreak; a:b';
    const broken = `sequenceDiagram\n  participant app as App\n  app->>app: ${raw}\n`;
    await assert.rejects(parseMermaid(broken), /Parse error/);
    const safe = traceToSequenceDiagram([entry({from: 'user', to: 'app', api: raw})]);
    assert.equal(await parseMermaid(safe), 'sequence');
  });
});
