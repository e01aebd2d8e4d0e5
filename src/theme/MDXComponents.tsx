/** Components every MDX page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';

import CallSimulator from '@site/src/components/CallSimulator';

export default {
  ...MDXComponents,
  CallSimulator,
};
