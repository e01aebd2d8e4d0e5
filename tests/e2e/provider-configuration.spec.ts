import type {Locator, Page} from '@playwright/test';

import {
  defaultProviderConfigurationDraft,
  providerConfigurationSwift,
  validateProviderConfigurationDraft,
} from '../../simulator/src/tools';
import {makePng, opaqueIcon, ringIcon} from '../support/png';
import {expect, openPage, seriousAxeFindings, test} from './fixtures';
import {simulatorIn, simulatorTestOptions, step} from './simulatorHelpers';

test.use(simulatorTestOptions);

// The provider-configuration builder (/tools/provider-configuration): every field changes the
// code and the preview, bad input shows its named message, hostile text stays text, icons are
// checked, and "Try it" opens the playground with the configuration applied.

const path = '/tools/provider-configuration';

async function openBuilder(page: Page): Promise<Locator> {
  await openPage(page, path);
  const builder = page.getByTestId('provider-configuration-builder');
  await expect(builder).toBeVisible();
  // The preview swaps its text fallback for the drawn one once in view: scroll to its heading.
  await builder.getByRole('heading', {name: 'Preview', exact: true}).scrollIntoViewIfNeeded();
  await expect(builder.getByTestId('pc-preview')).toHaveAttribute('data-engine', 'true');
  return builder;
}

function swiftOf(builder: Locator): Locator {
  return builder.getByTestId('pc-code-swift');
}

function objectiveCOf(builder: Locator): Locator {
  return builder.getByTestId('pc-code-objectivec');
}

function message(builder: Locator, code: string): Locator {
  return builder.getByTestId('pc-messages').locator(`[data-code="${code}"]`);
}

function field(builder: Locator, name: string): Locator {
  return builder.getByTestId(`pc-field-${name}`);
}

async function expectCode(builder: Locator, swift: string, objectiveC: string): Promise<void> {
  await expect(swiftOf(builder)).toContainText(swift);
  await expect(objectiveCOf(builder)).toContainText(objectiveC);
}

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the form with defaults, the code for the defaults and the preview as text', async ({
    page,
  }) => {
    await page.goto(path);
    const builder = page.getByTestId('provider-configuration-builder');
    await expect(builder).toBeVisible();
    await expect(field(builder, 'maximumCallGroups')).toHaveValue('2');
    await expect(field(builder, 'includesCallsInRecents')).toBeChecked();
    // The default code, as the generator writes it (prism splits it into tokens: compare text).
    const expected = providerConfigurationSwift(
      validateProviderConfigurationDraft(defaultProviderConfigurationDraft()).configuration,
    );
    // The server render may lay the lines out without newline characters: compare without spaces.
    const squeeze = (text: string | null): string => (text ?? '').replace(/\s+/g, '');
    expect(squeeze(await swiftOf(builder).textContent())).toBe(squeeze(expected));
    const preview = builder.getByTestId('pc-preview');
    await expect(preview).toHaveAttribute('data-engine', 'false');
    await expect(builder.getByTestId('pc-preview-callWaiting')).toContainText(
      'Buttons: End & Accept, Hold & Accept, Decline.',
    );
    await expect(message(builder, 'recents-intent')).toBeVisible();
  });
});

test('every field updates the Swift and Objective-C code', async ({page}) => {
  const builder = await openBuilder(page);
  await field(builder, 'ringtoneSound').fill('Ringtone.caf');
  await expectCode(
    builder,
    'configuration.ringtoneSound = "Ringtone.caf"',
    'configuration.ringtoneSound = @"Ringtone.caf";',
  );
  await field(builder, 'iconAssetName').fill('PhoneGlyph');
  await expectCode(
    builder,
    'UIImage(named: "PhoneGlyph")?.pngData()',
    '[UIImage imageNamed:@"PhoneGlyph"]',
  );
  await field(builder, 'maximumCallGroups').fill('3');
  await expectCode(
    builder,
    'configuration.maximumCallGroups = 3',
    'configuration.maximumCallGroups = 3;',
  );
  await field(builder, 'maximumCallsPerCallGroup').fill('4');
  await expectCode(
    builder,
    'configuration.maximumCallsPerCallGroup = 4',
    'configuration.maximumCallsPerCallGroup = 4;',
  );
  await field(builder, 'includesCallsInRecents').uncheck();
  await expectCode(
    builder,
    'configuration.includesCallsInRecents = false',
    'configuration.includesCallsInRecents = NO;',
  );
  await expect(message(builder, 'recents-intent')).toHaveCount(0);
  await field(builder, 'supportsVideo').check();
  await expectCode(
    builder,
    'configuration.supportsVideo = true',
    'configuration.supportsVideo = YES;',
  );
  await field(builder, 'supportedHandleTypes-generic').check();
  await field(builder, 'supportedHandleTypes-emailAddress').check();
  await expectCode(
    builder,
    'configuration.supportedHandleTypes = [.generic, .emailAddress]',
    '[NSSet setWithObjects:@(CXHandleTypeGeneric), @(CXHandleTypeEmailAddress), nil]',
  );
  // The preview's callers switch to a handle type the configuration supports.
  await expect(builder.getByTestId('pc-preview-lockScreen')).toContainText('ada.lovelace');
  await field(builder, 'supportsAudioTranslation').check();
  await expectCode(
    builder,
    'configuration.supportsAudioTranslation = true',
    'configuration.supportsAudioTranslation = YES;',
  );
  await expect(message(builder, 'translation-ios26')).toBeVisible();
  await field(builder, 'iconAssetName').fill('');
  await expect(swiftOf(builder)).not.toContainText('iconTemplateImageData');
  await expect(objectiveCOf(builder)).not.toContainText('iconTemplateImageData');
});

test('limits: both 1 removes Hold & Accept from the preview; one per group turns merging off', async ({
  page,
}) => {
  const builder = await openBuilder(page);
  const waiting = builder.getByTestId('pc-preview-callWaiting');
  await expect(waiting.locator('[data-control="holdAndAccept"]')).toHaveCount(1);
  await expect(waiting.getByTestId('pc-preview-caption')).toContainText('Hold & Accept');

  await field(builder, 'maximumCallsPerCallGroup').fill('1');
  await expect(message(builder, 'merging-off')).toBeVisible();
  await expect(message(builder, 'hold-and-accept-hidden')).toHaveCount(0);
  await field(builder, 'maximumCallGroups').fill('1');
  await expect(message(builder, 'hold-and-accept-hidden')).toBeVisible();
  await expect(message(builder, 'hold-and-accept-hidden')).toContainText('Observed');
  await expect(message(builder, 'second-call-rejected')).toBeVisible();
  await expect(waiting.locator('[data-control="holdAndAccept"]')).toHaveCount(0);
  await expect(waiting.locator('[data-control="endAndAccept"]')).toHaveCount(1);
  const caption = waiting.getByTestId('pc-preview-caption');
  await expect(caption).toContainText('Buttons: End & Accept, Decline.');
  await expect(caption).toContainText('Observed: with both call limits set to 1');
  // The messages are linked to the field that causes them.
  const describedBy =
    (await field(builder, 'maximumCallGroups').getAttribute('aria-describedby')) ?? '';
  const linkedId = describedBy.split(' ').find((id) => id.includes('hold-and-accept-hidden'));
  expect(linkedId).toBeTruthy();
});

test('bad input shows its named message and the rest keeps working', async ({page}) => {
  const builder = await openBuilder(page);
  const groups = field(builder, 'maximumCallGroups');
  await groups.fill('abc');
  await expect(message(builder, 'limit-not-integer')).toContainText('"abc"');
  await expect(groups).toHaveAttribute('aria-invalid', 'true');
  await expect(groups).toHaveValue('abc');
  await expectCode(
    builder,
    'configuration.maximumCallGroups = 2',
    'configuration.maximumCallGroups = 2;',
  );
  await field(builder, 'maximumCallsPerCallGroup').fill('0');
  await expect(message(builder, 'limit-below-one')).toBeVisible();
  await expect(message(builder, 'limit-not-integer')).toBeVisible();
  // Everything else still updates.
  await field(builder, 'supportsVideo').check();
  await expectCode(
    builder,
    'configuration.supportsVideo = true',
    'configuration.supportsVideo = YES;',
  );
  await expect(builder.getByTestId('pc-preview-inCall').getByTestId('phone')).toBeVisible();
  await groups.fill('2');
  await expect(message(builder, 'limit-not-integer')).toHaveCount(0);
  await expect(groups).not.toHaveAttribute('aria-invalid', 'true');
});

test('a hostile ringtone name is shown as text and stays inside its string literal', async ({
  page,
}) => {
  const builder = await openBuilder(page);
  const hostile = '<img src=x onerror=alert(1)>"\\';
  await field(builder, 'ringtoneSound').fill(hostile);
  await expect(message(builder, 'ringtone-has-path')).toContainText(JSON.stringify(hostile));
  await expect(builder.locator('img')).toHaveCount(0);
  await expectCode(
    builder,
    'configuration.ringtoneSound = "<img src=x onerror=alert(1)>\\"\\\\"',
    'configuration.ringtoneSound = @"<img src=x onerror=alert(1)>\\"\\\\";',
  );
  await expect(field(builder, 'ringtoneSound')).toHaveValue(hostile);
});

test.describe('icon upload', () => {
  test('a square transparent PNG: no icon warning, the template preview shows', async ({page}) => {
    const builder = await openBuilder(page);
    await builder
      .getByTestId('pc-icon-upload')
      .setInputFiles({name: 'glyph.png', mimeType: 'image/png', buffer: ringIcon(80)});
    await expect(builder.getByTestId('pc-icon-preview')).toBeVisible();
    await expect(builder.getByTestId('pc-icon-preview')).toContainText('glyph.png');
    const iconMessages = builder
      .getByTestId('pc-messages')
      .locator('[data-code^="icon-"]:not([data-severity="info"])');
    await expect(iconMessages).toHaveCount(0);
    // The in-call preview draws the app button with the uploaded template.
    await expect(
      builder.getByTestId('pc-preview-inCall').getByTestId('phone-app-icon'),
    ).toHaveCount(1);
    expect(
      await seriousAxeFindings(page, '[data-testid="provider-configuration-builder"]'),
    ).toEqual([]);
  });

  test('not square, opaque and not PNG each get their message', async ({page}) => {
    const builder = await openBuilder(page);
    const upload = builder.getByTestId('pc-icon-upload');
    const wide = makePng({
      width: 60,
      height: 40,
      colourType: 6,
      pixel: (x) => [255, 255, 255, x > 20 && x < 40 ? 255 : 0],
    });
    await upload.setInputFiles({name: 'wide.png', mimeType: 'image/png', buffer: wide});
    await expect(message(builder, 'icon-not-square')).toContainText('60 × 40 px');
    await upload.setInputFiles({
      name: 'app-icon.png',
      mimeType: 'image/png',
      buffer: opaqueIcon(120),
    });
    await expect(message(builder, 'icon-no-alpha')).toBeVisible();
    await expect(message(builder, 'icon-not-square')).toHaveCount(0);
    await upload.setInputFiles({
      name: 'notes.png',
      mimeType: 'image/png',
      buffer: Buffer.from('this is not an image'),
    });
    await expect(message(builder, 'icon-not-png')).toBeVisible();
    await expect(builder.getByTestId('pc-icon-preview')).toHaveCount(0);
  });
});

test('Try it opens the playground with the configuration applied, and it runs', async ({page}) => {
  const builder = await openBuilder(page);
  await field(builder, 'maximumCallGroups').fill('1');
  await field(builder, 'maximumCallsPerCallGroup').fill('1');
  await field(builder, 'ringtoneSound').fill('Bell "x".caf');
  await builder.getByTestId('pc-try-scenario').selectOption('merge-calls');
  await builder.getByTestId('pc-try-it').click();
  await expect(page).toHaveURL(/\/playground\?scenario=merge-calls&configuration=/);
  const notice = page.getByTestId('link-configuration');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('maximumCallGroups = 1');
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  const editor = page.getByTestId('scenario-editor');
  await expect(editor).toHaveValue(/"maximumCallGroups": 1,/);
  await expect(editor).toHaveValue(/"maximumCallsPerCallGroup": 1,/);
  await expect(editor).toHaveValue(/"ringtoneSound": "Bell \\"x\\".caf"/);
  const widget = simulatorIn(page);
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await step(widget);
  await step(widget);
});

test('two builders on one page keep their own ids', async ({page}) => {
  // The guide may embed it; on its own page there is one, with unique ids throughout.
  await openBuilder(page);
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) {
      seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    }
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
});

for (const mode of ['light', 'dark'] as const) {
  test(`axe finds nothing serious with the drawn preview and messages (${mode})`, async ({
    page,
  }) => {
    await page.emulateMedia({colorScheme: mode});
    const builder = await openBuilder(page);
    await field(builder, 'maximumCallGroups').fill('abc');
    await expect(message(builder, 'limit-not-integer')).toBeVisible();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });
}

test('the builder embedded in the provider guide works like the page', async ({page}) => {
  await openPage(page, '/docs/callkit/provider');
  const builder = page.getByTestId('provider-configuration-builder');
  await expect(builder).toHaveCount(1);
  await builder.scrollIntoViewIfNeeded();
  await field(builder, 'maximumCallsPerCallGroup').fill('1');
  await field(builder, 'maximumCallGroups').fill('1');
  await expect(message(builder, 'hold-and-accept-hidden')).toBeVisible();
  await expect(message(builder, 'merging-off')).toBeVisible();
  await expect(swiftOf(builder)).toContainText('configuration.maximumCallGroups = 1');
  await builder.getByRole('heading', {name: 'Preview', exact: true}).scrollIntoViewIfNeeded();
  const waiting = builder.getByTestId('pc-preview-callWaiting');
  await expect(builder.getByTestId('pc-preview')).toHaveAttribute('data-engine', 'true');
  await expect(waiting.locator('[data-control="endAndAccept"]')).toHaveCount(1);
  await expect(waiting.locator('[data-control="holdAndAccept"]')).toHaveCount(0);
  expect(await seriousAxeFindings(page)).toEqual([]);
});
