import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Hand-ordered like a course: readers go top to bottom.
const sidebars: SidebarsConfig = {
  guides: [
    'intro',
    {
      type: 'category',
      label: 'Reference',
      link: {type: 'doc', id: 'reference/index'},
      items: [
        'reference/actions',
        'reference/errors',
        'reference/provider-configuration',
        'reference/call-update',
        'reference/end-reasons',
        'reference/pushkit',
        'reference/scenarios',
      ],
    },
  ],
};

export default sidebars;
