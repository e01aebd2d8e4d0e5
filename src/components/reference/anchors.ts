/**
 * Where things live on the reference pages. Other pages link here, and every anchor is a heading
 * rendered with `@theme/Heading`, so the build's broken-anchor check covers these links.
 */
export const referencePaths = {
  actions: '/docs/reference/actions',
  errors: '/docs/reference/errors',
  providerConfiguration: '/docs/reference/provider-configuration',
  callUpdate: '/docs/reference/call-update',
  endReasons: '/docs/reference/end-reasons',
  pushKit: '/docs/reference/pushkit',
  scenarios: '/docs/reference/scenarios',
} as const;

/** The anchor of a built-in scenario on the catalog page: its id. */
export function scenarioAnchor(id: string): string {
  return id;
}

/** `/docs/reference/scenarios#<id>`. */
export function scenarioHref(id: string): string {
  return `${referencePaths.scenarios}#${scenarioAnchor(id)}`;
}

/** The anchor of an action's section on the actions page: its class name in lower case. */
export function actionAnchor(className: string): string {
  return className.toLowerCase();
}
