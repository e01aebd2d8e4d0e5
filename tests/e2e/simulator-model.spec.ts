/**
 * Model-based test of the widget against the per-call state machine: xstate/graph gives the
 * shortest path to every reachable state of `callMachine` (value and context, so each way a call
 * can end is its own target); each event on a path is caused through the widget, and after each
 * event the call's state chart must highlight the state the machine reached.
 *
 * A scenario is built for each path: the first of a group is loaded with a `?json=` share link,
 * the next ones through the playground's editor (one page per group keeps the suite fast). The app
 * runs in manual mode ("You are the app"), so nothing happens unless the test does it. How each
 * event is caused:
 *
 * | event              | cause                                                                  |
 * | ------------------ | ---------------------------------------------------------------------- |
 * | INCOMING_REPORTED  | scripted `server.voipPush` at 0 s, then the decision "Report the call"  |
 * | START_ACCEPTED     | the phone's "Call +1555…" button in the app (app in the foreground)     |
 * | ANSWER_DELIVERED   | phone: "Slide to answer" (locked) or "Accept" (banner)                  |
 * | ANSWER_FULFILLED   | decision "Fulfil Answer"                                                |
 * | START_FULFILLED    | decision "Fulfil Start"; automatic app: Step (it fulfils after 300 ms)  |
 * | STARTED_CONNECTING | Step, automatic app only: no button or decision reports it, the app     |
 * |                    | does when its server says the callee is ringing (scripted behaviour)    |
 * | CONNECTED          | decision "Report connected"                                             |
 * | HOLD_FULFILLED     | phone "Hold", then decision "Fulfil SetHeld"                            |
 * | UNHOLD_FULFILLED   | phone "Hold" again, then decision "Fulfil SetHeld"                      |
 * | END_DELIVERED      | phone "Decline" while ringing (unlocked phone), else "End call"         |
 * | END_COMPLETED      | decision "Fulfil End"                                                   |
 * | CALL_FAILED        | decision "Fail Answer" or "Fail Start"                                  |
 * | REPORTED_ENDED     | Step: a scripted `app.reportEnded` (.remoteEnded) at 1 s                |
 * | PROVIDER_RESET     | Step: a scripted `system.reset` at 1 s                                  |
 * | APP_TERMINATED     | Step to a second, scripted push at 1 s, then the decision "Return       |
 * |                    | without reporting": PushKit kills the app (the on-call exemption is     |
 * |                    | turned off in the scenario's assumptions)                               |
 *
 * The machine can leave `idle` by the root-level end events (REPORTED_ENDED, PROVIDER_RESET,
 * APP_TERMINATED), but the engine creates a call only when it is reported or started, so a call
 * the widget can show is never idle. Those paths are driven with INCOMING_REPORTED first; `idle`
 * itself (the empty path) is checked at the start of every path as "no call chart yet".
 */
import type {Locator, Page} from '@playwright/test';
import {getShortestPaths} from 'xstate/graph';

import {callMachine, type CallEvent} from '../../simulator/src/machines/call.machine';
import type {Scenario, Step} from '../../simulator/src';
import {test, expect} from './fixtures';
import {
  button,
  chartState,
  customScenario,
  firstCallChart,
  jsonQuery,
  openPlayground,
  phoneOf,
  positionOf,
  simulatorIn,
  simulatorTestOptions,
} from './simulatorHelpers';

test.use(simulatorTestOptions);

const allEvents: CallEvent[] = [
  {type: 'INCOMING_REPORTED'},
  {type: 'START_ACCEPTED'},
  {type: 'ANSWER_DELIVERED'},
  {type: 'ANSWER_FULFILLED'},
  {type: 'START_FULFILLED'},
  {type: 'STARTED_CONNECTING'},
  {type: 'CONNECTED'},
  {type: 'END_DELIVERED'},
  {type: 'END_COMPLETED'},
  {type: 'HOLD_FULFILLED'},
  {type: 'UNHOLD_FULFILLED'},
  {type: 'CALL_FAILED'},
  {type: 'REPORTED_ENDED', cause: 'remoteEnded'},
  {type: 'PROVIDER_RESET'},
  {type: 'APP_TERMINATED'},
];

type EventType = CallEvent['type'];

interface PlannedStep {
  event: EventType;
  /** The chart state id the call must show after the event (`call__connected__held`). */
  expected: string;
}

interface Plan {
  name: string;
  steps: PlannedStep[];
}

function stateValueToId(value: unknown): string {
  const parts: string[] = [];
  let current = value;
  while (current !== null && typeof current === 'object') {
    const [key, inner] = Object.entries(current as Record<string, unknown>)[0] ?? [];
    if (key === undefined) break;
    parts.push(key);
    current = inner;
  }
  if (typeof current === 'string') parts.push(current);
  return ['call', ...parts].join('__');
}

const rootEndEvents: readonly EventType[] = ['REPORTED_ENDED', 'PROVIDER_RESET', 'APP_TERMINATED'];

function plans(): Plan[] {
  const paths = getShortestPaths(callMachine, {events: allEvents});
  return paths.map((path) => {
    const steps: PlannedStep[] = path.steps
      // The first step of every path is the machine's start (`xstate.init`), not a call event.
      .filter((item) => (item.event.type as string) !== 'xstate.init')
      .map((item) => ({
        event: item.event.type as EventType,
        expected: stateValueToId(item.state.value),
      }));
    const first = steps[0];
    if (first && rootEndEvents.includes(first.event)) {
      steps.unshift({event: 'INCOMING_REPORTED', expected: 'call__ringing'});
    }
    const {endCause} = path.state.context;
    const name = `${stateValueToId(path.state.value)}${endCause ? ` (${endCause})` : ''}`;
    return {name, steps};
  });
}

const secondPushUUID = 'A1B2C3D4-0000-4000-8000-000000000001';

/** The scenario a plan runs in: only the scripted steps its events need. */
function scenarioFor(plan: Plan): {scenario: Scenario; automatic: boolean; locked: boolean} {
  const events = plan.steps.map((item) => item.event);
  const has = (event: EventType): boolean => events.includes(event);
  const incoming = events[0] === 'INCOMING_REPORTED';
  const automatic = has('STARTED_CONNECTING');
  // The lock screen has no Decline: a call declined while ringing rings on an unlocked phone.
  const declines = events[0] === 'INCOMING_REPORTED' && events[1] === 'END_DELIVERED';
  const locked = incoming && !declines;
  const scenario = customScenario('locked-push-answer', (edit) => {
    edit.title = `Model path: ${plan.name}`;
    edit.app.mode = automatic ? 'automatic' : 'manual';
    edit.device.locked = locked;
    edit.device.appState = incoming ? 'terminated' : 'foreground';
    const push = edit.steps[0];
    const steps: Step[] = incoming && push ? [push] : [];
    if (has('REPORTED_ENDED'))
      steps.push({at: 1000, event: 'app.reportEnded', reason: 'remoteEnded'});
    if (has('PROVIDER_RESET')) steps.push({at: 1000, event: 'system.reset'});
    if (has('APP_TERMINATED')) {
      steps.push({
        at: 1000,
        event: 'server.voipPush',
        payload: {uuid: secondPushUUID, handle: '+15550000001', callerName: 'Second caller'},
      });
      edit.assumptions.pushExemptWhenForegroundOrOnCall = false;
    }
    if (automatic) edit.app.fulfill = {CXStartCallAction: {afterMs: 300}};
    edit.steps = steps;
  });
  return {scenario, automatic, locked};
}

class Driver {
  constructor(
    private readonly widget: Locator,
    private readonly automatic: boolean,
  ) {}

  private get phone(): Locator {
    return phoneOf(this.widget);
  }

  private decision(label: string): Locator {
    return button(this.widget.getByTestId('app-decisions'), label);
  }

  /** Presses Step until `target` is visible (the scripted part of the run), at most 10 times. */
  private async stepUntilVisible(target: Locator): Promise<void> {
    for (let count = 0; count < 10; count++) {
      if (await target.isVisible()) return;
      await this.stepOnce();
    }
    await expect(target).toBeVisible();
  }

  private async stepOnce(): Promise<void> {
    const before = await positionOf(this.widget);
    await button(this.widget, 'Step').click();
    await expect(this.widget).toHaveAttribute('data-position', String(before + 1));
  }

  /** Presses Step until the call chart shows `expected` (an event the script causes). */
  private async stepUntilState(expected: string): Promise<void> {
    const state = firstCallChart(this.widget).locator(`[data-state-id="${expected}"]`);
    for (let count = 0; count < 10; count++) {
      if ((await state.getAttribute('data-active').catch(() => null)) === 'true') return;
      await this.stepOnce();
    }
  }

  async prepare(incoming: boolean): Promise<void> {
    if (incoming) return;
    // The app launches in the foreground; run the launch to its end, then the Call button is there.
    const call = this.phone.getByRole('button', {name: /^Call /});
    await this.stepUntilVisible(call);
    while ((await this.widget.getAttribute('data-finished')) !== 'true') await this.stepOnce();
  }

  async cause(event: EventType, expected: string): Promise<void> {
    const screen = async (): Promise<string | null> => this.phone.getAttribute('data-screen');
    switch (event) {
      case 'INCOMING_REPORTED': {
        const report = this.decision('Report the call');
        await this.stepUntilVisible(report);
        await report.click();
        return;
      }
      case 'START_ACCEPTED':
        await this.phone.getByRole('button', {name: /^Call /}).click();
        return;
      case 'ANSWER_DELIVERED': {
        const slide = button(this.phone, 'Slide to answer');
        if ((await screen()) === 'lockScreenIncoming') await slide.click();
        else await button(this.phone, 'Accept').click();
        return;
      }
      case 'ANSWER_FULFILLED':
        await this.decision('Fulfil Answer').click();
        return;
      case 'START_FULFILLED':
        if (this.automatic) await this.stepUntilState(expected);
        else await this.decision('Fulfil Start').click();
        return;
      case 'STARTED_CONNECTING':
        await this.stepUntilState(expected);
        return;
      case 'CONNECTED':
        await this.decision('Report connected').click();
        return;
      case 'HOLD_FULFILLED':
      case 'UNHOLD_FULFILLED':
        await button(this.phone, 'Hold').click();
        await this.decision('Fulfil SetHeld').click();
        await expect(button(this.phone, 'Hold')).toHaveAttribute(
          'aria-pressed',
          String(event === 'HOLD_FULFILLED'),
        );
        return;
      case 'END_DELIVERED': {
        const ringing = ['bannerIncoming', 'fullScreenIncoming'].includes((await screen()) ?? '');
        await button(this.phone, ringing ? 'Decline' : 'End call').click();
        return;
      }
      case 'END_COMPLETED':
        await this.decision('Fulfil End').click();
        return;
      case 'CALL_FAILED': {
        const fail = this.decision('Fail Answer');
        await ((await fail.isVisible()) ? fail : this.decision('Fail Start')).click();
        return;
      }
      case 'REPORTED_ENDED':
      case 'PROVIDER_RESET':
        await this.stepUntilState(expected);
        return;
      case 'APP_TERMINATED': {
        const giveUp = this.decision('Return without reporting');
        await this.stepUntilVisible(giveUp);
        await giveUp.click();
        await expect(this.phone).toHaveAttribute('data-screen', 'appTerminated');
        return;
      }
    }
  }
}

/**
 * Loads a plan's scenario: the first through a `?json=` share link, the next ones through the
 * playground's editor (the same validation and LOAD, without reloading the page).
 */
async function loadScenario(page: Page, scenario: Scenario, first: boolean): Promise<Locator> {
  if (first) {
    const widget = await openPlayground(page, jsonQuery(scenario));
    await expect(page.getByTestId('link-problems')).toHaveCount(0);
    return widget;
  }
  await page.getByTestId('scenario-editor').fill(JSON.stringify(scenario, null, 2));
  await page.getByRole('button', {name: 'Run this scenario'}).click();
  await expect(page.getByTestId('editor-error')).toHaveCount(0);
  const widget = simulatorIn(page);
  await expect(widget.getByRole('heading', {name: scenario.title, exact: true})).toBeVisible();
  await expect(widget).toHaveAttribute('data-ready', 'true');
  return widget;
}

async function runPlan(page: Page, plan: Plan, first: boolean): Promise<void> {
  const {scenario, automatic} = scenarioFor(plan);
  const widget = await loadScenario(page, scenario, first);
  await expect(widget).toHaveAttribute('data-scenario', 'custom');
  await expect(widget).toHaveAttribute('data-position', '0');
  const driver = new Driver(widget, automatic);
  const call = firstCallChart(widget);
  // idle, the machine's start: the widget draws a call's chart only once the call exists.
  await expect(call).toHaveCount(0);

  await driver.prepare(plan.steps[0]?.event === 'INCOMING_REPORTED');
  await expect(call, 'no call before the first event').toHaveCount(0);
  for (const [index, {event, expected}] of plan.steps.entries()) {
    await driver.cause(event, expected);
    const after = `after ${event} (#${index + 1})`;
    await expect(call, after).toHaveAttribute('data-status', 'ready', {timeout: 15_000});
    await expect(chartState(call, expected), `${after}: ${expected}`).toHaveAttribute(
      'data-active',
      'true',
    );
  }
  // Only the target and its ancestors (connected for connected.held) are active.
  const active = await call
    .locator('[data-state-id][data-active="true"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-state-id') ?? ''));
  const target = plan.steps[plan.steps.length - 1]?.expected ?? '';
  expect(active).toContain(target);
  expect(active.filter((id) => !target.startsWith(id))).toEqual([]);
}

const allPlans = plans();

test('the call machine has the states this test expects', () => {
  // If the machine changes, the event table above (and the driver) must be checked again.
  expect(allPlans.map((plan) => plan.name).sort()).toEqual(
    [
      'call__answering',
      'call__connected__active',
      'call__connected__held',
      'call__connecting',
      'call__dialing',
      'call__ended (appTerminated)',
      'call__ended (endAction)',
      'call__ended (failed)',
      'call__ended (providerReset)',
      'call__ended (remoteEnded)',
      'call__ending',
      'call__idle',
      'call__ringing',
      'call__starting',
    ].sort(),
  );
});

// Two groups, so that the two workers share them; one page per group, a fresh scenario per path.
// A path that fails is reported and the group goes on with the next one.
const groups = [
  {name: 'incoming calls', first: 'INCOMING_REPORTED'},
  {name: 'outgoing calls', first: 'START_ACCEPTED'},
] as const;

test.describe('every state of the call machine, reached through the widget', () => {
  // Each test walks every path of its group (nine for incoming calls) in one page: about 20 s on
  // an idle 2-core machine, so the default 30 s left too little room when the machine was busy.
  test.describe.configure({timeout: 90_000});
  for (const group of groups) {
    const groupPlans = allPlans.filter((plan) => plan.steps[0]?.event === group.first);
    test(`${group.name}: ${groupPlans.map((plan) => plan.name).join(', ')}`, async ({page}) => {
      expect(groupPlans.length).toBeGreaterThan(0);
      const failures: string[] = [];
      for (const [index, plan] of groupPlans.entries()) {
        const title = `${plan.name}: ${plan.steps.map((item) => item.event).join(' → ')}`;
        await test.step(title, async () => {
          try {
            await runPlan(page, plan, index === 0);
          } catch (error) {
            failures.push(`${title}\n${error instanceof Error ? error.message : String(error)}`);
          }
        });
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    });
  }
});
