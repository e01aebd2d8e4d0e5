/**
 * The provider-configuration builder's form and checks (simulator/src/tools/providerConfiguration):
 * the form is generated from the property table, every message code is reachable (one test each)
 * and the declared set equals the produced set, hold-and-accept-hidden agrees with the player's
 * phoneModel and the engine, and nothing throws whatever is typed.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import fc from 'fast-check';

import {
  configurationPreview,
  providerConfigurationProperties,
  validateScenario,
} from '../../simulator/src';
import {
  defaultProviderConfigurationDraft,
  describePreviewScreen,
  holdAndAcceptHiddenBecause,
  iconFindings,
  notOfferedProperties,
  providerConfigurationFields,
  providerConfigurationMessageCodes,
  readPngInfo,
  sketchPreviewScreen,
  toScenarioConfiguration,
  validateProviderConfigurationDraft,
  type ProviderConfigurationDraft,
  type ToolMessage,
} from '../../simulator/src/tools';
import {emptyIcon, makePng, opaqueIcon, ringIcon} from '../support/png';

const produced = new Set<string>();

function check(edit: Partial<Record<keyof ProviderConfigurationDraft, unknown>> = {}) {
  const draft = {...defaultProviderConfigurationDraft(), ...edit} as ProviderConfigurationDraft;
  const result = validateProviderConfigurationDraft(draft);
  for (const message of result.messages) produced.add(message.code);
  return result;
}

function codes(messages: readonly ToolMessage[]): string[] {
  return messages.map((message) => message.code);
}

function one(messages: readonly ToolMessage[], code: string): ToolMessage {
  const found = messages.filter((message) => message.code === code);
  assert.equal(found.length, 1, `${code} once in ${codes(messages).join(', ')}`);
  const [message] = found;
  assert.ok(message);
  return message;
}

function icon(bytes: Uint8Array, alpha: Parameters<typeof iconFindings>[1] = null): ToolMessage[] {
  const read = readPngInfo(bytes);
  if (!read.ok) {
    produced.add(read.message.code);
    return [read.message];
  }
  const messages = iconFindings(read.info, alpha);
  for (const message of messages) produced.add(message.code);
  return messages;
}

describe('the form comes from the property table', () => {
  test('one field per property except the deprecated localizedName', () => {
    const names = providerConfigurationFields.map((field) => field.name);
    assert.deepEqual(
      names,
      providerConfigurationProperties
        .filter((property) => property.name !== 'localizedName')
        .map((property) => property.name),
    );
    assert.deepEqual(
      notOfferedProperties.map((property) => property.name),
      ['localizedName'],
    );
    const kinds = Object.fromEntries(providerConfigurationFields.map((f) => [f.name, f.kind]));
    assert.deepEqual(kinds, {
      ringtoneSound: 'text',
      iconTemplateImageData: 'image',
      maximumCallGroups: 'integer',
      maximumCallsPerCallGroup: 'integer',
      includesCallsInRecents: 'boolean',
      supportsVideo: 'boolean',
      supportedHandleTypes: 'handleTypes',
      supportsAudioTranslation: 'boolean',
    });
  });

  test('the default draft holds the table defaults (numbers as text) and validates to them', () => {
    const draft = defaultProviderConfigurationDraft();
    assert.equal(draft.maximumCallGroups, '2');
    assert.equal(draft.maximumCallsPerCallGroup, '5');
    const {configuration, messages} = check();
    assert.equal(configuration.maximumCallGroups, 2);
    assert.equal(configuration.maximumCallsPerCallGroup, 5);
    assert.equal(configuration.includesCallsInRecents, true);
    assert.equal(configuration.supportsVideo, false);
    assert.equal(configuration.ringtoneSound, null);
    assert.deepEqual(configuration.iconTemplateImageData, {assetName: 'CallKitIcon'});
    assert.ok(messages.every((message) => message.severity !== 'error'));
    // The modelled part passes the scenario validator unchanged.
    const result = validateScenario({
      configuration: toScenarioConfiguration(configuration),
      steps: [],
    });
    assert.ok(result.ok);
  });

  test('every message has a code from the declared list, a field and one-line text', () => {
    const {messages} = check({ringtoneSound: 'a/b', maximumCallGroups: 'x'});
    for (const message of messages) {
      assert.ok((providerConfigurationMessageCodes as readonly string[]).includes(message.code));
      assert.ok(message.field === null || typeof message.field === 'string');
      assert.ok(message.text.length > 0 && !message.text.includes('\n'), message.text);
    }
  });
});

describe('every message code, one test each', () => {
  test('limit-not-integer: "abc", "1.5", "" keep the default and name the value', () => {
    for (const typed of ['abc', '1.5', '', ' ', '1e3', '0x10']) {
      const {configuration, messages} = check({maximumCallGroups: typed});
      const message = one(messages, 'limit-not-integer');
      assert.equal(message.field, 'maximumCallGroups');
      assert.equal(message.severity, 'error');
      assert.ok(message.text.includes(JSON.stringify(typed)), message.text);
      assert.equal(configuration.maximumCallGroups, 2);
    }
    const perGroup = check({maximumCallsPerCallGroup: 'abc'});
    assert.equal(one(perGroup.messages, 'limit-not-integer').field, 'maximumCallsPerCallGroup');
    assert.equal(perGroup.configuration.maximumCallsPerCallGroup, 5);
  });

  test('limit-below-one: 0 and negatives', () => {
    for (const typed of ['0', '-1', ' 0 ']) {
      const {configuration, messages} = check({maximumCallsPerCallGroup: typed});
      assert.equal(one(messages, 'limit-below-one').field, 'maximumCallsPerCallGroup');
      assert.equal(configuration.maximumCallsPerCallGroup, 5);
    }
  });

  test('limit-too-large: beyond what a safe integer holds', () => {
    const {configuration, messages} = check({maximumCallGroups: '9'.repeat(30)});
    assert.equal(one(messages, 'limit-too-large').severity, 'error');
    assert.equal(configuration.maximumCallGroups, 2);
  });

  test('limit-large: allowed, with a note', () => {
    const {configuration, messages} = check({
      maximumCallGroups: '500',
      maximumCallsPerCallGroup: '21',
    });
    assert.equal(configuration.maximumCallGroups, 500);
    assert.equal(messages.filter((m) => m.code === 'limit-large').length, 2);
    assert.ok(messages.every((m) => m.code !== 'limit-large' || m.severity === 'info'));
    assert.deepEqual(
      codes(check({maximumCallGroups: '20'}).messages).includes('limit-large'),
      false,
    );
  });

  test('hold-and-accept-hidden: both limits 1, worded as observed, the player footnote in it', () => {
    const {messages} = check({maximumCallGroups: '1', maximumCallsPerCallGroup: '1'});
    const message = one(messages, 'hold-and-accept-hidden');
    assert.equal(message.confidence, 'OBS');
    assert.match(message.text, /^Observed: /);
    for (const [groups, perGroup] of [
      ['1', '2'],
      ['2', '1'],
      ['2', '5'],
    ] as const) {
      const other = check({maximumCallGroups: groups, maximumCallsPerCallGroup: perGroup});
      assert.ok(!codes(other.messages).includes('hold-and-accept-hidden'), `${groups}/${perGroup}`);
    }
  });

  test('merging-off: one call per group', () => {
    const message = one(check({maximumCallsPerCallGroup: '1'}).messages, 'merging-off');
    assert.equal(message.field, 'maximumCallsPerCallGroup');
    assert.equal(message.confidence, 'DOC');
  });

  test('second-call-rejected: one call group, error 7, incoming at the limit unconfirmed', () => {
    const message = one(check({maximumCallGroups: '1'}).messages, 'second-call-rejected');
    assert.match(message.text, /maximumCallGroupsReached \(7\)/);
    assert.match(message.text, /not documented/);
  });

  test('no-handle-types: the empty set, naming the types to declare', () => {
    const message = one(check({supportedHandleTypes: []}).messages, 'no-handle-types');
    assert.equal(message.confidence, 'UNCONFIRMED');
    assert.match(message.text, /\.generic, \.phoneNumber, \.emailAddress/);
    assert.ok(
      !codes(check({supportedHandleTypes: ['generic']}).messages).includes('no-handle-types'),
    );
    // Unknown names are dropped.
    const odd = check({supportedHandleTypes: ['fax', 'generic', 'generic']});
    assert.deepEqual(odd.configuration.supportedHandleTypes, ['generic']);
  });

  test('ringtone-no-extension', () => {
    const message = one(check({ringtoneSound: 'Ringtone'}).messages, 'ringtone-no-extension');
    assert.ok(message.text.startsWith('"Ringtone"'));
    for (const fine of ['Ringtone.caf', 'my tone.aiff', 'a.b.wav']) {
      assert.ok(!codes(check({ringtoneSound: fine}).messages).includes('ringtone-no-extension'));
    }
  });

  test('ringtone-has-path: a slash or backslash', () => {
    for (const typed of ['Sounds/Ringtone.caf', 'C:\\Ringtone.caf', '/var/Ringtone.caf']) {
      const {configuration, messages} = check({ringtoneSound: typed});
      assert.equal(one(messages, 'ringtone-has-path').field, 'ringtoneSound');
      assert.ok(!codes(messages).includes('ringtone-no-extension'), typed);
      assert.equal(configuration.ringtoneSound, typed, 'kept as typed');
    }
  });

  test('ringtone-default: empty means nil, unconfirmed', () => {
    const {configuration, messages} = check({ringtoneSound: ''});
    assert.equal(configuration.ringtoneSound, null);
    assert.equal(one(messages, 'ringtone-default').confidence, 'UNCONFIRMED');
    assert.ok(!codes(check({ringtoneSound: 'Ringtone.caf'}).messages).includes('ringtone-default'));
  });

  test('recents-intent: only when calls go to Recents', () => {
    assert.equal(one(check().messages, 'recents-intent').confidence, 'DOC');
    assert.ok(!codes(check({includesCallsInRecents: false}).messages).includes('recents-intent'));
  });

  test('video-off: only without video, unconfirmed', () => {
    assert.equal(one(check().messages, 'video-off').confidence, 'UNCONFIRMED');
    assert.ok(!codes(check({supportsVideo: true}).messages).includes('video-off'));
  });

  test('translation-ios26: only when turned on', () => {
    assert.match(
      one(check({supportsAudioTranslation: true}).messages, 'translation-ios26').text,
      /iOS 26/,
    );
    assert.ok(!codes(check().messages).includes('translation-ios26'));
  });

  test('icon-not-png: any other file, and an empty one', () => {
    for (const bytes of [new Uint8Array(0), Buffer.from('GIF89a……'), Buffer.from('<svg/>')]) {
      const [message] = icon(bytes);
      assert.equal(message?.code, 'icon-not-png');
      assert.equal(message?.field, 'iconTemplateImageData');
    }
  });

  test('icon-damaged: a cut-off header, a wrong first chunk, impossible values, no image data', () => {
    const good = ringIcon(40);
    const broken: Uint8Array[] = [
      good.subarray(0, 20),
      Buffer.concat([good.subarray(0, 12), Buffer.from('IHDX'), good.subarray(16)]),
      (() => {
        const copy = Buffer.from(good);
        copy.writeUInt32BE(0, 16); // width 0
        return copy;
      })(),
      (() => {
        const copy = Buffer.from(good);
        copy[25] = 5; // colour type 5 does not exist
        return copy;
      })(),
      (() => {
        const copy = Buffer.from(good);
        copy[24] = 3; // bit depth 3
        return copy;
      })(),
      good.subarray(0, 33),
    ];
    for (const bytes of broken) {
      const [message] = icon(bytes);
      assert.equal(message?.code, 'icon-damaged');
    }
  });

  test('icon-not-square', () => {
    const messages = icon(emptyIcon(60, 40), {transparent: 10, partial: 0, opaque: 5});
    assert.match(one(messages, 'icon-not-square').text, /60 × 40 px/);
  });

  test('icon-no-alpha: no alpha channel (RGB, grey), or every pixel opaque', () => {
    assert.ok(codes(icon(opaqueIcon(40))).includes('icon-no-alpha'));
    const grey = makePng({width: 40, height: 40, colourType: 0, pixel: () => [9, 9, 9, 255]});
    assert.ok(codes(icon(grey)).includes('icon-no-alpha'));
    const allOpaque = icon(ringIcon(40), {transparent: 0, partial: 0, opaque: 1600});
    assert.match(one(allOpaque, 'icon-no-alpha').text, /solid white square/);
    // A tRNS chunk gives RGB and indexed images transparency.
    for (const colourType of [2, 3] as const) {
      const withChunk = makePng({
        width: 40,
        height: 40,
        colourType,
        transparencyChunk: true,
        pixel: (x) => [0, 0, 0, x < 20 ? 0 : 255],
      });
      const read = readPngInfo(withChunk);
      assert.ok(read.ok && read.info.hasTransparencyChunk);
      assert.ok(!codes(icon(withChunk)).includes('icon-no-alpha'));
    }
  });

  test('icon-empty: every pixel transparent', () => {
    const messages = icon(emptyIcon(40), {transparent: 1600, partial: 0, opaque: 0});
    assert.equal(one(messages, 'icon-empty').severity, 'warning');
  });

  test('icon-size: square sizes other than 40, 80, 120 px', () => {
    assert.match(
      one(icon(ringIcon(64), {transparent: 1, partial: 1, opaque: 1}), 'icon-size').text,
      /64 × 64/,
    );
    for (const size of [40, 80, 120]) {
      assert.deepEqual(
        icon(ringIcon(size), {transparent: 5, partial: 5, opaque: 5}),
        [],
        `${size}`,
      );
    }
  });

  test('readPngInfo reads the header', () => {
    const read = readPngInfo(ringIcon(80));
    assert.ok(read.ok);
    assert.deepEqual(read.info, {
      width: 80,
      height: 80,
      bitDepth: 8,
      colourType: 'rgba',
      hasAlphaChannel: true,
      hasTransparencyChunk: false,
    });
  });

  test('the declared codes are exactly the produced ones', () => {
    assert.deepEqual([...produced].sort(), [...providerConfigurationMessageCodes].sort());
  });
});

describe('the preview screens agree with the player and the engine', () => {
  const limits = [1, 2, 3];
  test('hold-and-accept-hidden ⇔ no Hold & Accept on the engine-run call-waiting screen', () => {
    for (const groups of limits) {
      for (const perGroup of limits) {
        const {configuration, messages} = check({
          maximumCallGroups: String(groups),
          maximumCallsPerCallGroup: String(perGroup),
        });
        const modelled = toScenarioConfiguration(configuration);
        const preview = configurationPreview(modelled);
        const waiting = preview.screens.find((screen) => screen.id === 'callWaiting');
        assert.ok(waiting?.model, 'the run reaches call waiting');
        const offered = waiting.model.controls.some((control) => control.id === 'holdAndAccept');
        const hidden = holdAndAcceptHiddenBecause(modelled);
        assert.equal(offered, hidden === null, `${groups}/${perGroup}`);
        assert.equal(codes(messages).includes('hold-and-accept-hidden'), !offered);
        if (hidden !== null) assert.equal(waiting.model.footnote, hidden);
      }
    }
  });

  test('the engine and the sketch give the same caption for every screen and handle type', () => {
    for (const types of [[], ['generic'], ['emailAddress'], ['phoneNumber', 'generic']] as const) {
      for (const [groups, perGroup] of [
        ['2', '5'],
        ['1', '1'],
      ] as const) {
        const {configuration} = check({
          supportedHandleTypes: [...types],
          maximumCallGroups: groups,
          maximumCallsPerCallGroup: perGroup,
        });
        const modelled = toScenarioConfiguration(configuration);
        for (const screen of configurationPreview(modelled).screens) {
          assert.ok(screen.model, screen.id);
          assert.equal(
            screen.caption,
            describePreviewScreen(screen.id, sketchPreviewScreen(screen.id, modelled)),
            `${screen.id} ${types.join('+')} ${groups}/${perGroup}`,
          );
        }
      }
    }
  });

  test('the callers use a handle type the configuration supports', () => {
    const {configuration} = check({supportedHandleTypes: ['emailAddress']});
    const preview = configurationPreview(toScenarioConfiguration(configuration));
    const lock = preview.screens.find((screen) => screen.id === 'lockScreen');
    assert.equal(lock?.model?.lines[0]?.caller, 'ada@example.com');
    const inCall = preview.screens.find((screen) => screen.id === 'inCall');
    assert.ok(
      inCall?.model?.controls.some((control) => control.id === 'openApp'),
      'app button',
    );
  });
});

describe('never throws', () => {
  test('any typed values, of any type (property)', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.string(), {maxLength: 4}),
    );
    const names = providerConfigurationFields.map((field) => field.name);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), anyValue), (edit) => {
        const result = check(edit as Partial<Record<keyof ProviderConfigurationDraft, unknown>>);
        const modelled = toScenarioConfiguration(result.configuration);
        assert.ok(validateScenario({configuration: modelled, steps: []}).ok);
      }),
      {numRuns: 300, seed: 20_260_701},
    );
  });

  test('readPngInfo on random bytes and on mutated PNGs', () => {
    const base = ringIcon(16);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({maxLength: 80}),
          fc
            .array(fc.tuple(fc.nat({max: base.length - 1}), fc.nat({max: 255})), {maxLength: 6})
            .map((edits) => {
              const copy = Uint8Array.from(base);
              for (const [at, value] of edits) copy[at] = value;
              return copy;
            }),
        ),
        (bytes) => {
          const read = readPngInfo(bytes);
          if (read.ok) iconFindings(read.info, null);
          else assert.ok(['icon-not-png', 'icon-damaged'].includes(read.message.code));
        },
      ),
      {numRuns: 400, seed: 20_260_702},
    );
  });
});
