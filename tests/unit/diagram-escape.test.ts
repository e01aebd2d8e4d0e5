/**
 * Label safety: reader-written text (handles, caller names, titles) must reach a diagram as inert,
 * entity-encoded text. Diagrams with hostile text must parse, must hold no raw `<`, `>`, `%%` or
 * line break inside a label, must show the exact text once decoded, and must keep it out of ids.
 */
import assert from 'node:assert/strict';
import {after, describe, test} from 'node:test';

import {
  escapeMermaidText,
  lanes,
  mermaidId,
  runScenario,
  traceToSequenceDiagram,
  type ScenarioInput,
} from '../../simulator/src';
import {closeMermaidDom, decodeMermaidEntities, parseMermaid} from './support/mermaid';

after(closeMermaidDom);

const hostile = [
  '<img src=x onerror=alert(1)>',
  '%%{init: {"securityLevel":"loose"}}%%',
  'a;b:c#d',
  '"quoted"',
  'line\nbreak',
  '`back`ticks`',
  'end',
  '#60;script#62; style:#f00;',
  'ﬂ°lt¶ß',
];

/** What a label shows: line breaks become one space. */
const shown = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

function hostileScenario(text: string): ScenarioInput {
  return {
    steps: [
      {
        at: 0,
        event: 'server.voipPush',
        payload: {uuid: 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F', handle: text, callerName: text},
      },
      {at: 1000, event: 'user.answer'},
      {at: 2000, event: 'user.startCall', handle: text},
      {at: 9000, event: 'remote.hangUp'},
    ],
  };
}

const statement =
  /^(?:sequenceDiagram|title .+|accTitle: .+|accDescr: .+|autonumber|participant [a-z]+ as .+|[a-z]+-{1,2}>>[a-z]+: .+|Note (?:over|right of) [a-z]+: .+|rect rgba\([\d., ]+\)|break .+|end)$/;

const ends =
  /^(?:participant ([a-z]+) as |Note (?:over|right of) ([a-z]+): |([a-z]+)-{1,2}>>([a-z]+): )/;
const labelPart =
  /^(?:title |accTitle: |accDescr: |break |participant [a-z]+ as |Note (?:over|right of) [a-z]+: |[a-z]+-{1,2}>>[a-z]+: )(.*)$/;

/** Checks the shape of every statement of a sequence diagram and returns its labels. */
function sequenceLabels(diagram: string): string[] {
  const labels: string[] = [];
  for (const raw of diagram.trimEnd().split('\n')) {
    const line = raw.trim();
    assert.match(line, statement);
    for (const id of ends.exec(line)?.slice(1) ?? []) {
      if (id !== undefined)
        assert.ok((lanes as readonly string[]).includes(id), `id ${id}: ${line}`);
    }
    const label = labelPart.exec(line)?.[1];
    if (label !== undefined) labels.push(label);
  }
  return labels;
}

describe('escapeMermaidText', () => {
  test('encodes every risky character as a Mermaid entity code', () => {
    assert.equal(
      escapeMermaidText('#<>"&;:{}%[]\\|`(),=\''),
      '#35;#60;#62;#34;#38;#59;#58;#123;#125;#37;#91;#93;#92;#124;#96;#40;#41;#44;#61;#39;',
    );
    assert.equal(escapeMermaidText('Ada +1 555-0100 · ✗ café'), 'Ada +1 555-0100 · ✗ café');
  });

  test('leaves no line break and no directive', () => {
    const text = escapeMermaidText('%%{init: {"theme":"dark"}}%%\r\nnext\u2028line\tend\u0000');
    assert.ok(![...text].some((char) => (char.codePointAt(0) ?? 0) < 32 || char === '\u2028'));
    assert.ok(!text.includes('%%'));
    assert.equal(decodeMermaidEntities(text), '%%{init: {"theme":"dark"}}%% next line end');
  });

  test('Mermaid’s own entity markers are encoded too', () => {
    assert.equal(escapeMermaidText('ﬂ°°60¶ß'), '#64258;#176;#176;60#182;#223;');
  });

  test('round-trips through decoding', () => {
    for (const text of hostile) {
      assert.equal(decodeMermaidEntities(escapeMermaidText(text)), shown(text));
    }
  });
});

describe('mermaidId', () => {
  test('is [A-Za-z0-9_] only, stable, and keeps plain names readable', () => {
    assert.equal(mermaidId(['call', 'connected', 'held']), 'call__connected__held');
    for (const text of hostile) {
      const id = mermaidId(['m', text]);
      assert.match(id, /^[A-Za-z0-9_]+$/);
      assert.equal(id, mermaidId(['m', text]));
    }
    assert.notEqual(mermaidId(['a b']), mermaidId(['a_b']));
    assert.equal(mermaidId([]), '_');
  });
});

describe('hostile text through a scenario', () => {
  for (const text of hostile) {
    test(JSON.stringify(text), async () => {
      const {trace} = runScenario(hostileScenario(text));
      const diagram = traceToSequenceDiagram(trace, {title: text, highlightSeq: 3});
      assert.equal(await parseMermaid(diagram), 'sequence');

      const labels = sequenceLabels(diagram);
      for (const label of labels) {
        assert.ok(!/[<>\n\r`"]/.test(label), `raw character in label: ${label}`);
        assert.ok(!label.includes('%%'), `%% in label: ${label}`);
      }
      const decoded = labels.map(decodeMermaidEntities);
      assert.ok(decoded.includes(shown(text)), 'the title shows the exact text');
      assert.ok(
        decoded.includes(`user.startCall · ${shown(text)}`),
        'the Call tap shows the handle',
      );
      assert.ok(
        decoded.includes(
          `CXProvider.reportNewIncomingCall(with:update:completion:) · ${shown(text)}`,
        ),
        'the report shows the caller name',
      );
    });
  }

  test('a long caller name is shortened, after which it is still escaped', async () => {
    const text = '<script>'.repeat(10);
    const diagram = traceToSequenceDiagram(runScenario(hostileScenario(text)).trace);
    const line = decodeMermaidEntities(
      diagram.split('\n').find((l) => l.includes('user.startCall')) ?? '',
    );
    assert.match(line, /user\.startCall · (<script>){4}<script…$/);
    assert.equal(await parseMermaid(diagram), 'sequence');
  });
});
