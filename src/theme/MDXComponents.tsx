/** Components every MDX page can use without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import TabItem from '@theme/TabItem';
import Tabs from '@theme/Tabs';

import CallSimulator from '@site/src/components/CallSimulator';
import MdxTable from '@site/src/components/MdxTable';
import Reproduction from '@site/src/components/Reproduction';
import SequenceDiagram from '@site/src/components/SequenceDiagram';

export default {
  ...MDXComponents,
  CallSimulator,
  Reproduction,
  SequenceDiagram,
  Tabs,
  table: MdxTable,
  TabItem,
};
