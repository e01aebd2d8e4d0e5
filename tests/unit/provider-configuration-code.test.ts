/**
 * The builder's Swift and Objective-C (simulator/src/tools/providerConfiguration/code.ts): the
 * output parses with the guides' tree-sitter check for the default, every combination of the
 * switches and handle types, and hostile strings (fast-check); key lines are exactly right; reader
 * text never leaves its string literal.
 */
import assert from 'node:assert/strict';
import {before, describe, test} from 'node:test';

import fc from 'fast-check';

import {loadCodeChecker, type CodeChecker} from '../../scripts/lib/codeBlocks';
import {
  defaultProviderConfigurationDraft,
  objectiveCStringLiteral,
  providerConfigurationObjectiveC,
  providerConfigurationSwift,
  swiftStringLiteral,
  validateProviderConfigurationDraft,
  type BuilderConfiguration,
  type ProviderConfigurationDraft,
} from '../../simulator/src/tools';

let checker: CodeChecker;

before(async () => {
  checker = await loadCodeChecker();
});

function configurationOf(edit: Partial<ProviderConfigurationDraft> = {}): BuilderConfiguration {
  return validateProviderConfigurationDraft({...defaultProviderConfigurationDraft(), ...edit})
    .configuration;
}

function assertParses(configuration: BuilderConfiguration, where: string): void {
  const swift = providerConfigurationSwift(configuration);
  const objectiveC = providerConfigurationObjectiveC(configuration);
  assert.deepEqual(checker.check('swift', swift), [], `${where}\n${swift}`);
  assert.deepEqual(checker.check('objectivec', objectiveC), [], `${where}\n${objectiveC}`);
}

/** What a literal means: the literal decoded the way the compiler would. */
function decodeSwift(literal: string): string {
  assert.ok(literal.startsWith('"') && literal.endsWith('"'), literal);
  return literal
    .slice(1, -1)
    .replace(/\\(u\{([0-9A-F]+)\}|.)/g, (_, escape: string, hex: string | undefined) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      return {n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\', '"': '"'}[escape] ?? `?${escape}`;
    });
}

function decodeObjectiveC(literal: string): string {
  assert.ok(literal.startsWith('@"') && literal.endsWith('"'), literal);
  return literal.slice(2, -1).replace(/\\([0-7]{3}|.)/g, (_, escape: string) => {
    if (/^[0-7]{3}$/.test(escape)) return String.fromCharCode(Number.parseInt(escape, 8));
    return {n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', '?': '?'}[escape] ?? `?${escape}`;
  });
}

const hostile = [
  '<img src=x onerror=alert(1)>"\\',
  'a"b',
  'back\\slash',
  'line\nbreak\r\n',
  'tab\there',
  '\u0000\u0001\u001f\u007f\u0085\u2028\u2029',
  '\\(interpolation)',
  '"""',
  '#"raw"#',
  '??/ trigraph ??=',
  '*/ /* comment',
  '\\x01a',
  '📞 ünïcödé',
  '\uD800 lone',
  '%@ %d',
];

describe('generated code parses', () => {
  test('the default configuration', () => {
    assertParses(configurationOf(), 'default');
  });

  test('every combination of switches and handle types, both limits 1 and large', () => {
    const typeSets = [
      [],
      ['generic'],
      ['phoneNumber', 'emailAddress'],
      ['generic', 'phoneNumber', 'emailAddress'],
    ] as const;
    for (const types of typeSets) {
      for (const recents of [true, false]) {
        for (const video of [true, false]) {
          for (const translation of [true, false]) {
            for (const [ringtone, asset] of [
              ['', ''],
              ['Ringtone.caf', 'CallKitIcon'],
            ] as const) {
              assertParses(
                configurationOf({
                  supportedHandleTypes: [...types],
                  includesCallsInRecents: recents,
                  supportsVideo: video,
                  supportsAudioTranslation: translation,
                  ringtoneSound: ringtone,
                  iconTemplateImageData: asset,
                  maximumCallGroups: video ? '1' : '1000',
                }),
                JSON.stringify({types, recents, video, translation, ringtone}),
              );
            }
          }
        }
      }
    }
  });

  test('hostile ringtone and asset names stay inside their literals', () => {
    for (const text of hostile) {
      const configuration = configurationOf({ringtoneSound: text, iconTemplateImageData: text});
      assertParses(configuration, JSON.stringify(text));
      const swift = providerConfigurationSwift(configuration);
      const objectiveC = providerConfigurationObjectiveC(configuration);
      assert.ok(swift.includes(`configuration.ringtoneSound = ${swiftStringLiteral(text)}\n`));
      assert.ok(
        objectiveC.includes(`configuration.ringtoneSound = ${objectiveCStringLiteral(text)};\n`),
      );
      // Same number of lines as for a plain name: nothing broke out onto a line of its own.
      const plain = configurationOf({ringtoneSound: 'x.caf', iconTemplateImageData: 'x'});
      assert.equal(swift.split('\n').length, providerConfigurationSwift(plain).split('\n').length);
      assert.equal(
        objectiveC.split('\n').length,
        providerConfigurationObjectiveC(plain).split('\n').length,
      );
    }
  });

  test('random strings (property): parse, and the literal decodes back to the text', () => {
    const codePoint = fc
      .integer({min: 0, max: 0x10ffff})
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCodePoint(code));
    const text = fc.oneof(
      fc.string({maxLength: 40}),
      fc.string({unit: codePoint, maxLength: 20}),
      fc
        .array(
          fc.constantFrom(
            '"',
            '\\',
            '\n',
            '\r',
            '?',
            '(',
            ')',
            '#',
            '/',
            '*',
            '\u0000',
            'x',
            '1',
            '%',
          ),
          {maxLength: 20},
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, text, (ringtone, asset) => {
        assertParses(
          configurationOf({ringtoneSound: ringtone, iconTemplateImageData: asset}),
          JSON.stringify([ringtone, asset]),
        );
        assert.equal(decodeSwift(swiftStringLiteral(ringtone)), ringtone);
        assert.equal(decodeObjectiveC(objectiveCStringLiteral(ringtone)), ringtone);
      }),
      {numRuns: 150, seed: 20_260_703},
    );
  });
});

describe('key lines', () => {
  test('Swift for the defaults', () => {
    const swift = providerConfigurationSwift(configurationOf());
    for (const line of [
      'import CallKit',
      '    let configuration = CXProviderConfiguration()',
      '    configuration.iconTemplateImageData = UIImage(named: "CallKitIcon")?.pngData()',
      '    configuration.maximumCallGroups = 2',
      '    configuration.maximumCallsPerCallGroup = 5',
      '    configuration.includesCallsInRecents = true',
      '    configuration.supportsVideo = false',
      '    configuration.supportedHandleTypes = []',
      '    if #available(iOS 26.0, *) {',
      '        configuration.supportsAudioTranslation = false',
      '// let provider = CXProvider(configuration: makeProviderConfiguration())',
      '// provider.setDelegate(callDelegate, queue: .main)',
    ]) {
      assert.ok(swift.split('\n').includes(line), `missing: ${line}\n${swift}`);
    }
    assert.ok(!swift.includes('ringtoneSound'), 'nil ringtone is not written');
    assert.ok(!swift.includes('localizedName'));
  });

  test('Objective-C for the defaults', () => {
    const objectiveC = providerConfigurationObjectiveC(configurationOf());
    for (const line of [
      '@import CallKit;',
      '    CXProviderConfiguration *configuration = [[CXProviderConfiguration alloc] init];',
      '    UIImage *icon = [UIImage imageNamed:@"CallKitIcon"];',
      '        configuration.iconTemplateImageData = UIImagePNGRepresentation(icon);',
      '    configuration.maximumCallGroups = 2;',
      '    configuration.includesCallsInRecents = YES;',
      '    configuration.supportsVideo = NO;',
      '    configuration.supportedHandleTypes = [NSSet set];',
      '    if (@available(iOS 26.0, *)) {',
      '        configuration.supportsAudioTranslation = NO;',
      '// [provider setDelegate:callDelegate queue:dispatch_get_main_queue()];',
    ]) {
      assert.ok(objectiveC.split('\n').includes(line), `missing: ${line}\n${objectiveC}`);
    }
    assert.ok(!objectiveC.includes('ringtoneSound'));
  });

  test('handle types, ringtone, no icon, and the switches turned over', () => {
    const configuration = configurationOf({
      supportedHandleTypes: ['phoneNumber', 'generic'],
      ringtoneSound: 'Ringtone.caf',
      iconTemplateImageData: '  ',
      includesCallsInRecents: false,
      supportsVideo: true,
      supportsAudioTranslation: true,
      maximumCallGroups: '1',
      maximumCallsPerCallGroup: '1',
    });
    const swift = providerConfigurationSwift(configuration);
    const objectiveC = providerConfigurationObjectiveC(configuration);
    assert.ok(
      swift.includes('    configuration.supportedHandleTypes = [.generic, .phoneNumber]\n'),
    );
    assert.ok(swift.includes('    configuration.ringtoneSound = "Ringtone.caf"\n'));
    assert.ok(swift.includes('    configuration.maximumCallGroups = 1\n'));
    assert.ok(swift.includes('        configuration.supportsAudioTranslation = true\n'));
    assert.ok(!swift.includes('iconTemplateImageData'), 'an empty asset name means no icon');
    assert.ok(
      objectiveC.includes(
        '    configuration.supportedHandleTypes = [NSSet setWithObjects:@(CXHandleTypeGeneric), @(CXHandleTypePhoneNumber), nil];\n',
      ),
    );
    assert.ok(objectiveC.includes('    configuration.ringtoneSound = @"Ringtone.caf";\n'));
    assert.ok(objectiveC.includes('    configuration.includesCallsInRecents = NO;\n'));
    assert.ok(objectiveC.includes('    configuration.supportsVideo = YES;\n'));
    assert.ok(!objectiveC.includes('UIImage'));
  });

  test('string literal escapes', () => {
    assert.equal(swiftStringLiteral('a"b\\c\n\t\0\u0001'), '"a\\"b\\\\c\\n\\t\\0\\u{1}"');
    assert.equal(objectiveCStringLiteral('a"b\\c\n\t\u0001x'), '@"a\\"b\\\\c\\n\\t\\001x"');
    assert.equal(objectiveCStringLiteral('??/'), '@"?\\?/"');
    assert.equal(swiftStringLiteral('\uD800'), '"\uFFFD"');
    assert.equal(swiftStringLiteral('\\(x)'), '"\\\\(x)"');
  });
});
