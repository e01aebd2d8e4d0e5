/**
 * "The other party" under the drawn phone: what the remote side experiences, from the engine's
 * trace. The two failures only the other side notices (a decline never passed on, a mute only one
 * side knows about) are named there and in the status line; a correct run never is.
 */
import {test, expect, seriousAxeFindings} from './fixtures';
import {button, openFixture, stepToEnd, stepUntil} from './simulatorHelpers';

test('a correct incoming call: no call yet, the caller hears ringback, in the call, hung up', async ({
  page,
}) => {
  const widget = await openFixture(page, 'locked-push-answer');
  const remote = widget.getByTestId('remote-party');
  await expect(remote.getByRole('heading', {name: 'The other party'})).toBeVisible();
  await expect(remote).toContainText('No call yet.');
  const line = remote.getByTestId('remote-line');
  await stepUntil(widget, async () => (await line.count()) > 0, 'the reported call');
  await expect(line).toHaveAttribute('data-status', 'calling');
  await expect(line).toContainText('Ada');
  await expect(line).toContainText('they hear ringback');
  await stepUntil(
    widget,
    async () => (await line.getAttribute('data-hears')) === 'true',
    'the other side hearing the user',
    40,
  );
  await expect(line).toHaveAttribute('data-status', 'inCall');
  await expect(line).toContainText('In the call: they hear you.');
  await stepToEnd(widget);
  await expect(line).toHaveAttribute('data-status', 'hungUp');
  await expect(remote.getByTestId('remote-problem')).toHaveCount(0);
  await expect(widget.getByTestId('sim-status')).not.toContainText('out of step');
});

test('forgetToSignalEnd: after the decline the caller still hears ringback, and the page says so', async ({
  page,
}) => {
  const widget = await openFixture(page, 'fullscreen-declined', 'forgetToSignalEnd:on');
  await stepToEnd(widget);
  const line = widget.getByTestId('remote-line');
  await expect(line).toHaveAttribute('data-status', 'calling');
  await expect(line.getByTestId('remote-problem')).toContainText(
    'the app did not tell its server (CallKit carries no signalling): they still hear ringback.',
  );
  await expect(widget.getByTestId('sim-status')).toContainText(
    'The other party is out of step: The call ended on this phone',
  );
  expect(await seriousAxeFindings(page, '[data-testid="remote-party"]')).toEqual([]);

  // Reset: back at the start, before the call ended here, there is no problem.
  await button(widget, 'Reset').click();
  await expect(widget).toHaveAttribute('data-position', '0');
  await expect(widget.getByTestId('remote-problem')).toHaveCount(0);
});

test('muteTrackDirectly: the screen shows Muted while the other side hears the user', async ({
  page,
}) => {
  const widget = await openFixture(page, 'mute-system-and-app', 'muteTrackDirectly:on');
  const line = widget.getByTestId('remote-line');
  await stepUntil(
    widget,
    async () => (await line.count()) > 0 && (await line.getAttribute('data-problem')) === 'true',
    'the two sides out of step',
    50,
  );
  await expect(line).toHaveAttribute('data-hears', 'true');
  await expect(line.getByTestId('remote-problem')).toContainText(
    'The call screen shows Muted, but the app’s audio track is live: the other side still hears you.',
  );
  // The drawn phone still shows Mute pressed: that is the disagreement.
  await expect(widget.getByRole('button', {name: 'Mute', exact: true})).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
