import {describe, test} from 'node:test';
import assert from 'node:assert/strict';

import {appleApi, systemEvent} from '../../simulator/src/trace/apiNames';
import {
  formatTraceEntry,
  formatTraceError,
  formatTraceText,
} from '../../simulator/src/trace/formatText';
import type {TraceEntry} from '../../simulator/src/trace/types';
import {
  requestTransactionErrorByName,
  requestTransactionErrorDomain,
} from '../../simulator/src/vocabulary';

const UUID = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';

const answer: TraceEntry = {
  seq: 7,
  at: 2000,
  kind: 'callback',
  from: 'callkit',
  to: 'app',
  api: appleApi.perform,
  action: 'CXAnswerCallAction',
  callUUID: UUID,
  note: 'The system asks the app to answer.',
};

function unknownCallUUIDError(): TraceEntry['error'] {
  const known = requestTransactionErrorByName('unknownCallUUID');
  assert.ok(known !== undefined);
  return {
    domain: requestTransactionErrorDomain.swiftName,
    code: known.rawValue,
    name: known.swiftName,
  };
}

const failedRequest: TraceEntry = {
  seq: 12,
  at: 12_345,
  kind: 'completion',
  from: 'callkit',
  to: 'app',
  api: appleApi.request,
  action: 'CXEndCallAction',
  callUUID: UUID,
  error: unknownCallUUIDError(),
  note: 'The request fails: no call has this UUID.',
};

const launch: TraceEntry = {
  seq: 0,
  at: 0,
  kind: 'event',
  from: 'pushkit',
  to: 'app',
  api: systemEvent.launchApp,
  detail: {reason: 'voipPush', pushTypes: ['voIP'], cold: true, attempt: 1, extra: null},
  note: 'iOS launches the app in the background to deliver the push.',
};

describe('formatTraceEntry', () => {
  test('matches the documented layout', () => {
    assert.equal(
      formatTraceEntry(answer),
      '   2000  #7  callkit → app      callback    CXProviderDelegate.provider(_:perform:) [CXAnswerCallAction] call=E621E1F8…  — The system asks the app to answer.',
    );
  });

  test('shows an error as ✗ Domain.name (code)', () => {
    const line = formatTraceEntry(failedRequest);
    assert.ok(line.includes(' ✗ CXErrorCodeRequestTransactionError.unknownCallUUID (4)  — '), line);
    assert.equal(
      formatTraceError({
        domain: 'CXErrorCodeIncomingCallError',
        code: 3,
        name: 'filteredByDoNotDisturb',
      }),
      '✗ CXErrorCodeIncomingCallError.filteredByDoNotDisturb (3)',
    );
  });

  test('shows details as key=value pairs, quoting what needs it', () => {
    const line = formatTraceEntry(launch);
    assert.ok(
      line.includes(
        'system.launchApp {reason=voipPush pushTypes=[voIP] cold=true attempt=1 extra=null}',
      ),
      line,
    );
    const spaced = formatTraceEntry({...launch, detail: {title: 'two words', list: ['a b', 'c']}});
    assert.ok(spaced.includes('{title="two words" list=["a b",c]}'), spaced);
  });

  test('leaves out what an entry does not have', () => {
    const line = formatTraceEntry({
      seq: 1,
      at: 5,
      kind: 'call',
      from: 'app',
      to: 'callkit',
      api: appleApi.providerInit,
      note: 'The app creates its provider.',
    });
    assert.equal(
      line,
      '      5  #1  app     → callkit  call        CXProvider.init(configuration:)  — The app creates its provider.',
    );
  });

  test('keeps one entry on one line', () => {
    const line = formatTraceEntry({...answer, note: 'first\nsecond\r\nthird'});
    assert.ok(!line.includes('\n') && !line.includes('\r'), line);
    assert.ok(line.endsWith('— first second third'), line);
  });

  test('a short call UUID is shown whole', () => {
    assert.ok(formatTraceEntry({...answer, callUUID: 'ABC'}).includes(' call=ABC  — '));
  });
});

describe('formatTraceText', () => {
  const trace: TraceEntry[] = [launch, answer, failedRequest];

  test('gives one newline-terminated line per entry', () => {
    const text = formatTraceText(trace);
    assert.ok(text.endsWith('\n'));
    const lines = text.split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, trace.length);
    assert.equal(formatTraceText([]), '');
  });

  test('aligns the columns across entries', () => {
    const lines = formatTraceText(trace).trimEnd().split('\n');
    const arrows = lines.map((line) => line.indexOf(' → '));
    assert.equal(new Set(arrows).size, 1, lines.join('\n'));
    const kinds = lines.map((line, i) => line.indexOf(trace[i]?.kind ?? '?'));
    assert.equal(new Set(kinds).size, 1, lines.join('\n'));
    const apis = lines.map((line, i) => line.indexOf(trace[i]?.api ?? '?'));
    assert.equal(new Set(apis).size, 1, lines.join('\n'));
    // Times are right-aligned; sequence numbers share one width.
    assert.equal(lines[0]?.slice(0, 21), '      0  #0   pushkit');
    assert.equal(lines[2]?.slice(0, 21), '  12345  #12  callkit');
  });

  test('widens the time column for long runs', () => {
    const late = {...answer, at: 123_456_789};
    const lines = formatTraceText([answer, late]).trimEnd().split('\n');
    assert.ok(lines[0]?.startsWith('     2000  #7'), lines[0]);
    assert.ok(lines[1]?.startsWith('123456789  #7'), lines[1]);
  });

  test('is deterministic and agrees with formatTraceEntry for a lone entry', () => {
    assert.equal(formatTraceText(trace), formatTraceText(trace.map((entry) => ({...entry}))));
    assert.equal(formatTraceText([answer]), `${formatTraceEntry(answer)}\n`);
  });
});
