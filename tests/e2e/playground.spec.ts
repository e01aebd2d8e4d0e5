import {
  builtinScenario,
  decodeShareLink,
  escapeMermaidText,
  formatScenarioError,
  parseScenarioJson,
} from '../../simulator/src';
import {test, expect} from './fixtures';
import {
  button,
  customScenario,
  jsonQuery,
  openPlayground,
  phoneOf,
  simulatorTestOptions,
  step,
  stepToEnd,
  stepToScreen,
  traceEntries,
} from './simulatorHelpers';

test.use(simulatorTestOptions);

// The playground: share links (good and bad), the scenario picker, the JSON editor, and what
// happens to text a scenario's author controls.

const defaultScenario = 'locked-push-answer';

test.describe('a bad share link says what is wrong and the default scenario still runs', () => {
  const cases = [
    {query: '?scenario=nope', says: 'There is no built-in scenario called "nope".'},
    {query: '?set=bogus:on', says: 'unknown what-if toggle "bogus"'},
    {query: '?json=%7Bbad', says: 'The scenario in the link is invalid:'},
  ];
  for (const {query, says} of cases) {
    test(query, async ({page}) => {
      // The exact messages come from the decoder the page uses.
      const {shared, problems} = decodeShareLink(query);
      expect(shared).toBeNull();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(says);

      const widget = await openPlayground(page, query);
      const alert = page.getByTestId('link-problems');
      await expect(alert).toBeVisible();
      await expect(alert).toHaveAttribute('role', 'alert');
      await expect(alert).toContainText('Showing the default scenario instead.');
      // Node and Chromium word JSON.parse errors slightly differently: compare the common start.
      await expect(alert.getByRole('listitem')).toHaveCount(1);
      await expect(alert.getByRole('listitem')).toContainText(problems[0] ?? '');

      await expect(widget).toHaveAttribute('data-scenario', defaultScenario);
      await step(widget);
      await expect(widget).toHaveAttribute('data-position', '1');
      await expect(traceEntries(widget).first()).toHaveAttribute('data-api', 'server.voipPush');
    });
  }

  test('a good link shows no problem', async ({page}) => {
    const widget = await openPlayground(page, '?scenario=outgoing-call&set=forgetToFulfil:on');
    await expect(widget).toHaveAttribute('data-scenario', 'outgoing-call');
    await expect(page.getByTestId('link-problems')).toHaveCount(0);
    await expect(widget.getByRole('switch', {name: 'Forget to fulfil actions'})).toBeChecked();
  });
});

test.describe('the scenario picker and the JSON editor', () => {
  test('the picker switches scenarios and the URL follows', async ({page}) => {
    const widget = await openPlayground(page);
    await expect(widget).toHaveAttribute('data-scenario', defaultScenario);
    const picker = page.getByTestId('scenario-picker');
    await expect(picker).toHaveValue(defaultScenario);

    await picker.selectOption('outgoing-call');
    await expect(widget).toHaveAttribute('data-scenario', 'outgoing-call');
    await expect(widget).toHaveAttribute('data-position', '0');
    await expect(page).toHaveURL(/\/playground\?scenario=outgoing-call$/);
    const title = builtinScenario('outgoing-call')?.scenario.title ?? '';
    await expect(widget.getByRole('heading', {name: title})).toBeVisible();
    await expect(page.getByTestId('scenario-editor')).toHaveValue(/"id": "outgoing-call"/);
    await step(widget);
    await expect(widget).toHaveAttribute('data-position', '1');
  });

  test('invalid JSON in the editor gives a specific message and keeps the running scenario', async ({
    page,
  }) => {
    const widget = await openPlayground(page);
    const editor = page.getByTestId('scenario-editor');
    const broken = '{"title": "Broken", "steps": [ {"at": 0, "event": "user.answer"} ]';
    await editor.fill(broken);
    await page.getByRole('button', {name: 'Run this scenario'}).click();
    const parsed = parseScenarioJson(broken);
    if (parsed.ok) throw new Error('the broken JSON parsed');
    const error = page.getByTestId('editor-error');
    // The same words and position as in Node: the scanner, not the browser's JSON.parse, says it.
    await expect(error).toHaveText(formatScenarioError(parsed.error));
    await expect(error).toContainText(
      'is not valid JSON: line 1, column 67: the text ends inside an object: a closing } is missing',
    );
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(widget).toHaveAttribute('data-scenario', defaultScenario);
    // The position is a button away: it puts the caret there.
    await page.getByTestId('editor-error-go').click();
    await expect(editor).toBeFocused();
    expect(await editor.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(
      parsed.error.position?.offset,
    );
    expect(parsed.error.position?.offset).toBe(broken.length);

    // Deep in a long scenario: the editor scrolls to the line and selects the culprit.
    await page.getByRole('button', {name: 'Undo my edits'}).click();
    const long = (await editor.inputValue()).replace('"steps": [', '"steps": [,');
    await editor.fill(long);
    await page.getByRole('button', {name: 'Run this scenario'}).click();
    const deep = parseScenarioJson(long);
    if (deep.ok || !deep.error.position) throw new Error('the trailing comma was accepted');
    expect(deep.error.position.line).toBeGreaterThan(20);
    await expect(error).toHaveText(formatScenarioError(deep.error));
    await page.getByTestId('editor-error-go').click();
    await expect(editor).toBeFocused();
    const caret = await editor.evaluate((element: HTMLTextAreaElement) => ({
      selected: element.value.slice(element.selectionStart, element.selectionEnd),
      scrolled: element.scrollTop > 0,
    }));
    expect(caret).toEqual({selected: ',', scrolled: true});

    // Valid JSON that breaks a rule of the scenario format names the field.
    const wrongField = JSON.stringify({steps: [{at: -5, event: 'user.answer'}]});
    await editor.fill(wrongField);
    await page.getByRole('button', {name: 'Run this scenario'}).click();
    const invalid = parseScenarioJson(wrongField);
    if (invalid.ok) throw new Error('the invalid scenario was accepted');
    await expect(error).toHaveText(formatScenarioError(invalid.error));
    await expect(error).toContainText('steps[0].at');
    await expect(page.getByTestId('editor-error-go')).toHaveCount(0);
  });

  test('an edited scenario runs as the reader’s own', async ({page}) => {
    await openPlayground(page);
    const editor = page.getByTestId('scenario-editor');
    const original = JSON.parse(await editor.inputValue()) as {
      title: string;
      steps: {payload?: {callerName?: string}}[];
    };
    original.title = 'My edited call';
    const push = original.steps[0];
    if (!push?.payload) throw new Error('the default scenario starts with a push');
    push.payload.callerName = 'Grace Hopper';
    await editor.fill(JSON.stringify(original, null, 2));
    await page.getByRole('button', {name: 'Run this scenario'}).click();

    const widget = page.getByTestId('call-simulator');
    await expect(widget).toHaveAttribute('data-scenario', 'custom');
    await expect(widget.getByRole('heading', {name: 'My edited call'})).toBeVisible();
    await expect(page.getByTestId('editor-error')).toHaveCount(0);
    await expect(page.getByTestId('scenario-picker')).toHaveValue('');
    await expect(page).toHaveURL(/\/playground\?json=/);
    await stepToScreen(widget, 'lockScreenIncoming');
    await expect(phoneOf(widget)).toContainText('Grace Hopper');
  });
});

test('hostile caller text is shown as text everywhere, never run', async ({page}) => {
  const imgTag = '<img src=x onerror="window.__pwned=1">';
  const mermaidBreakout = `"];%%{init: {'securityLevel':'loose'}}%% A-->B`;
  const scenario = customScenario(defaultScenario, (edit) => {
    edit.title = `Hostile ${imgTag}`;
    const push = edit.steps[0];
    if (push?.event !== 'server.voipPush') throw new Error('the scenario starts with a push');
    edit.steps[0] = {
      ...push,
      payload: {...push.payload, handle: mermaidBreakout, callerName: imgTag},
    };
  });

  const widget = await openPlayground(page, jsonQuery(scenario));
  await expect(page.getByTestId('link-problems')).toHaveCount(0);
  await expect(widget).toHaveAttribute('data-scenario', 'custom');
  await stepToScreen(widget, 'lockScreenIncoming');

  const phone = phoneOf(widget);
  await expect(phone).toContainText(imgTag);
  const report = widget.locator(
    '[data-testid="trace-entry"][data-api="CXProvider.reportNewIncomingCall(with:update:completion:)"]',
  );
  await expect(report.first()).toContainText(`handle=${mermaidBreakout}`);
  await expect(report.first()).toContainText(`localizedCallerName=${imgTag}`);
  await expect(widget.getByRole('heading', {level: 3})).toContainText(imgTag);

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await widget.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined();

  // Play it out, then look at the Mermaid export: the text is escaped, nothing raw is left.
  await stepToEnd(widget);
  const exportDetails = widget.locator('details', {
    has: page.locator('summary', {hasText: 'Export'}),
  });
  await exportDetails.locator('summary').click();
  const mermaid = widget.locator('[data-export="mermaid"] textarea');
  const source = await mermaid.inputValue();
  expect(source).toMatch(/^sequenceDiagram/);
  expect(source).not.toContain('<img');
  expect(source).not.toContain('%%{');
  expect(source).not.toContain('"];');
  expect(source).toContain(escapeMermaidText('<img src=x'));
  // The JSON export keeps the text exactly (it is data, shown in a textarea).
  const json = await widget.locator('[data-export="json"] textarea').inputValue();
  expect(
    (JSON.parse(json) as {steps: {payload?: {handle?: string}}[]}).steps[0]?.payload?.handle,
  ).toBe(mermaidBreakout);
  expect(await widget.locator('[data-export="link"] textarea').inputValue()).toContain('?json=');
  expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined();
  await expect(button(widget, 'Step')).toBeDisabled();
});
