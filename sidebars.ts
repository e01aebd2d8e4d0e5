import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Hand-ordered like a course: readers go top to bottom.
const sidebars: SidebarsConfig = {
  guides: ['intro'],
};

export default sidebars;
