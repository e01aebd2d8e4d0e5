import {
  createDefaultDraft,
  defaultCallId,
  generateCurl,
  quoteUserText,
  shellQuote,
  type VoipPushDraft,
} from '../../simulator/src/tools';
import {utf8ByteLength} from '../../simulator/src/data';
import {test, expect, openPage, seriousAxeFindings, type ColorMode} from './fixtures';
import {phoneOf, simulatorTestOptions, stepToScreen, traceEntries} from './simulatorHelpers';
import type {Page} from '@playwright/test';

test.use(simulatorTestOptions);

// The VoIP push composer (/tools/voip-push): live checks and generated code as the reader types,
// named messages for bad input with the rest still working, hostile text shown as text, and
// "Deliver to the simulator" playing the push on the phone.

const path = '/tools/voip-push';

async function openComposer(page: Page, mode: ColorMode = 'light'): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  await openPage(page, path);
  await expect(page.getByTestId('voip-push-composer')).toBeVisible();
}

function messageWithCode(page: Page, code: string) {
  return page
    .getByTestId('vp-messages')
    .locator(`[data-testid="tool-message"][data-code="${code}"]`);
}

test('the page hydrates with the default push: no problem, its size, the JWT and both commands', async ({
  page,
}) => {
  await openComposer(page);
  await expect(page).toHaveTitle(/VoIP push composer/);
  await expect(page.getByRole('heading', {level: 1, name: 'VoIP push composer'})).toBeVisible();
  await expect(page.getByTestId('vp-messages').getByTestId('tool-message')).toHaveCount(0);
  await expect(page.getByTestId('vp-messages')).toContainText('No problems found');
  const draft = createDefaultDraft();
  const body = JSON.stringify(JSON.parse(draft.payload));
  await expect(page.getByTestId('vp-payload-size')).toContainText(
    `${utf8ByteLength(body)} bytes as sent`,
  );
  await expect(page.getByTestId('vp-jwt')).toContainText('{"alg":"ES256","kid":"FGHIJ67890"}');
  await expect(page.getByTestId('vp-jwt')).toContainText(/\{"iss":"ABCDE12345","iat":\d{10}\}/);
  await expect(page.getByTestId('vp-curl')).toContainText(`--data ${shellQuote(body)}`);
  await expect(page.getByTestId('vp-curl')).toContainText('apns-topic: com.example.app.voip');
  await expect(page.getByTestId('vp-node')).toContainText("dsaEncoding: 'ieee-p1363'");
  await expect(page.getByText('Nothing is sent from this page.')).toBeVisible();
});

test('editing fields updates the curl and Node.js output as the reader types', async ({page}) => {
  await openComposer(page);
  const curl = page.getByTestId('vp-curl');
  const node = page.getByTestId('vp-node');

  await page.getByTestId('vp-bundle-id').fill('org.test.phone');
  await expect(page.getByTestId('vp-topic')).toHaveValue('org.test.phone.voip');
  await expect(curl).toContainText("--header 'apns-topic: org.test.phone.voip'");
  await expect(node).toContainText('"apns-topic": "org.test.phone.voip"');

  await page.getByTestId('vp-environment').selectOption('production');
  await expect(curl).toContainText('https://api.push.apple.com/3/device/');
  await expect(node).toContainText('const host = "api.push.apple.com";');

  await page.getByTestId('vp-expiration-mode').selectOption('inSeconds');
  await page.getByTestId('vp-expiration-value').fill('10');
  await expect(curl).toContainText('apns-expiration: $(( $(date +%s) + 10 ))');
  await expect(node).toContainText('String(Math.floor(Date.now() / 1000) + 10)');

  await page.getByTestId('vp-team-id').fill('TEAM000001');
  await expect(curl).toContainText("TEAM_ID='TEAM000001'");
  await expect(page.getByTestId('vp-jwt')).toContainText('"iss":"TEAM000001"');

  await page.getByTestId('vp-auth-certificate').check();
  await expect(page.getByTestId('vp-jwt')).toHaveCount(0);
  await expect(page.getByTestId('vp-certificate-file')).toHaveValue('voip-services.p12');
  await expect(curl).toContainText(`--cert-type P12 --cert 'voip-services.p12':"$P12_PASSWORD"`);
  await expect(curl).not.toContainText('authorization');
  await expect(node).toContainText('pfx: readFileSync("voip-services.p12")');
  await page.getByTestId('vp-certificate-file').fill('voip.pem');
  await expect(curl).toContainText("--cert 'voip.pem'");
  await expect(node).toContainText('{cert: pem, key: pem}');

  // Back to token auth: what was typed there is still there.
  await page.getByTestId('vp-auth-token').check();
  await expect(page.getByTestId('vp-team-id')).toHaveValue('TEAM000001');
  await expect(curl).toContainText('authorization: bearer $JWT');

  await page.getByTestId('vp-apns-id').fill('123e4567-e89b-12d3-a456-426614174000');
  await expect(curl).toContainText("--header 'apns-id: 123e4567-e89b-12d3-a456-426614174000'");
});

test('invalid JSON shows invalid-json with its position, the rest keeps working, and fixing it clears it', async ({
  page,
}) => {
  await openComposer(page);
  const payload = page.getByTestId('vp-payload');
  await payload.fill('{\n  "uuid": "x",\n}');
  const message = messageWithCode(page, 'invalid-json');
  await expect(message).toBeVisible();
  await expect(message).toContainText('line 3, column 1');
  await expect(message).toHaveAttribute('data-severity', 'error');
  await expect(payload).toHaveAttribute('aria-invalid', 'true');
  const described = (await payload.getAttribute('aria-describedby')) ?? '';
  const messageId = (await message.getAttribute('id')) ?? 'none';
  expect(described.split(' ')).toContain(messageId);
  await expect(page.getByTestId('vp-payload-size')).toContainText('Not valid JSON yet');

  // Other fields still update the outputs.
  await page.getByTestId('vp-bundle-id').fill('org.still.works');
  await expect(page.getByTestId('vp-curl')).toContainText('apns-topic: org.still.works.voip');

  await payload.fill(`{"uuid": "${defaultCallId}", "handle": "+15551234567"}`);
  await expect(page.getByTestId('vp-messages').getByTestId('tool-message')).toHaveCount(0);
  await expect(payload).not.toHaveAttribute('aria-invalid', 'true');
});

test('an oversize payload shows payload-too-large with its size', async ({page}) => {
  await openComposer(page);
  const base = {uuid: defaultCallId, handle: '+15551234567', avatar: ''};
  const overhead = utf8ByteLength(JSON.stringify(base));
  const big = {...base, avatar: 'x'.repeat(5301 - overhead)};
  await page.getByTestId('vp-payload').fill(JSON.stringify(big));
  const message = messageWithCode(page, 'payload-too-large');
  await expect(message).toContainText('5,301 bytes; the VoIP limit is 5,120 bytes');
  await expect(page.getByTestId('vp-payload-size')).toHaveAttribute('data-over', 'true');
  await expect(page.getByTestId('vp-payload-size')).toContainText('5,301 bytes as sent');
});

test('push type and topic errors, and the topic following the bundle id again', async ({page}) => {
  await openComposer(page);
  await page.getByTestId('vp-push-type').fill('alert');
  await expect(messageWithCode(page, 'push-type-not-voip')).toContainText('"alert"');
  await page.getByTestId('vp-push-type').fill('voip');
  await expect(messageWithCode(page, 'push-type-not-voip')).toHaveCount(0);

  await page.getByTestId('vp-topic').fill('com.example.app');
  await expect(messageWithCode(page, 'topic-without-voip-suffix')).toBeVisible();
  await expect(page.getByTestId('vp-topic')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('vp-topic').fill('com.other.app.voip');
  await expect(messageWithCode(page, 'topic-not-bundle-id')).toHaveAttribute(
    'data-severity',
    'warning',
  );
  await page.getByRole('button', {name: 'Use the bundle id + .voip again'}).click();
  await expect(page.getByTestId('vp-topic')).toHaveValue('com.example.app.voip');
  await expect(page.getByTestId('vp-messages').getByTestId('tool-message')).toHaveCount(0);
});

test('a hostile bundle id is literal text in the outputs: no dialog, nothing injected', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openComposer(page);
  const hostile = `<img src=x onerror=alert(1)>"'$(x)`;
  await page.getByTestId('vp-bundle-id').fill(hostile);
  const draft: VoipPushDraft = {...createDefaultDraft(), bundleId: hostile};
  const curl = generateCurl(draft);
  const topicLine = curl.split('\n').find((line) => line.includes('apns-topic')) ?? '';
  expect(topicLine).toContain(`'\\''`);
  await expect(page.getByTestId('vp-curl')).toContainText(topicLine.trim().replace(/ \\$/, ''));
  await expect(page.getByTestId('vp-node')).toContainText(
    `"apns-topic": ${JSON.stringify(`${hostile}.voip`)}`,
  );
  await expect(messageWithCode(page, 'bundle-id-invalid')).toContainText(quoteUserText(hostile));
  await expect(page.getByTestId('vp-topic')).toHaveValue(`${hostile}.voip`);
  // Deliver too: the simulator takes the push (the bundle id is not the phone's business).
  await page.getByTestId('vp-deliver').click();
  await expect(page.getByTestId('vp-delivery').getByTestId('call-simulator')).toHaveAttribute(
    'data-ready',
    'true',
  );

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.getByTestId('voip-push-composer').locator('img').count()).toBe(0);
  expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
  expect(dialogs).toBe(0);
});

test('Deliver mounts the simulator; stepping shows the payload’s caller on the lock screen and the trace', async ({
  page,
}) => {
  await openComposer(page);
  const delivery = page.getByTestId('vp-delivery');
  await expect(delivery.getByTestId('call-simulator')).toHaveCount(0);
  await page
    .getByTestId('vp-payload')
    .fill(
      JSON.stringify({callId: defaultCallId, from: '+15550001111', callerName: 'Grace Hopper'}),
    );
  await page.getByTestId('vp-call-id-key').fill('callId');
  await page.getByTestId('vp-caller-key').fill('from');
  await expect(page.getByTestId('vp-deliver-locked')).toBeChecked();
  await expect(page.getByTestId('vp-deliver-app-state')).toHaveValue('terminated');
  await page.getByTestId('vp-deliver').click();

  const widget = delivery.getByTestId('call-simulator');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await expect(delivery).toContainText('copies your "callId" there');
  await stepToScreen(widget, 'lockScreenIncoming');
  await expect(phoneOf(widget)).toContainText('Grace Hopper');
  await expect(traceEntries(widget).first()).toHaveAttribute('data-api', 'server.voipPush');
  await expect(
    widget
      .locator(
        '[data-testid="trace-entry"][data-api="CXProvider.reportNewIncomingCall(with:update:completion:)"]',
      )
      .first(),
  ).toContainText('+15550001111');

  // A new delivery remounts the simulator from the start, here unlocked with the app running.
  await page.getByTestId('vp-deliver-locked').uncheck();
  await page.getByTestId('vp-deliver-app-state').selectOption('foreground');
  await page.getByTestId('vp-deliver').click();
  await expect(widget).toHaveAttribute('data-position', '0');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await stepToScreen(widget, 'bannerIncoming');
});

test('Play runs an app behaviour to its consequence: the late report gets the app killed', async ({
  page,
}) => {
  await openComposer(page);
  await page.getByTestId('vp-deliver-behaviour').selectOption('reportLate');
  await page.getByTestId('vp-deliver').click();
  const widget = page.getByTestId('vp-delivery').getByTestId('call-simulator');
  await expect(widget).toHaveAttribute('data-ready', 'true');
  await widget.getByRole('button', {name: 'Play', exact: true}).click();
  await expect(
    widget.locator('[data-testid="trace-entry"][data-api="system.terminateApp"]').first(),
  ).toBeVisible({
    timeout: 20_000,
  });
});

test('a push that would not reach the phone says why instead of delivering', async ({page}) => {
  await openComposer(page);
  await page.getByTestId('vp-push-type').fill('alert');
  await page.getByTestId('vp-deliver').click();
  const messages = page.getByTestId('vp-delivery-messages');
  await expect(messages.locator('[data-code="not-delivered-push-type"]')).toContainText(
    'InvalidPushType',
  );
  await expect(page.getByTestId('vp-delivery').getByTestId('call-simulator')).toHaveCount(0);
});

test('axe: no serious or critical finding, before and after a delivery', async ({page}) => {
  await openComposer(page);
  await page.getByTestId('vp-payload').fill('{"uuid": 1,');
  await page.getByTestId('vp-expiration-mode').selectOption('omit');
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.getByTestId('vp-payload').fill(createDefaultDraft().payload);
  await page.getByTestId('vp-deliver').click();
  await expect(page.getByTestId('vp-delivery').getByTestId('call-simulator')).toHaveAttribute(
    'data-ready',
    'true',
  );
  expect(await seriousAxeFindings(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('the default push, its checks and both commands are in the page; delivery says it needs JavaScript', async ({
    page,
  }) => {
    await page.goto('/tools/voip-push');
    const composer = page.getByTestId('voip-push-composer');
    await expect(composer).toBeVisible();
    await expect(composer.getByTestId('vp-curl')).toContainText('apns-push-type: voip');
    await expect(composer.getByTestId('vp-node')).toContainText('node:http2');
    await expect(composer.getByTestId('vp-messages').getByTestId('tool-message')).toHaveCount(0);
    await expect(composer).toContainText('Delivering to the simulator needs JavaScript');
  });
});
