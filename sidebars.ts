import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

// Hand-ordered like a course: readers go top to bottom. Numbers in the labels match the order.
const sidebars: SidebarsConfig = {
  guides: [
    {type: 'doc', id: 'intro', label: '1. How CallKit works'},
    {
      type: 'category',
      label: '2. Setup',
      collapsed: false,
      items: [
        {type: 'doc', id: 'setup/certificates', label: '2.1 Certificates and push credentials'},
        {type: 'doc', id: 'setup/capabilities', label: '2.2 Capabilities and Info.plist'},
      ],
    },
    {
      type: 'category',
      label: '3. CallKit',
      collapsed: false,
      items: [
        {type: 'doc', id: 'callkit/provider', label: '3.1 Provider and configuration'},
        {type: 'doc', id: 'callkit/outgoing-calls', label: '3.2 Outgoing calls'},
        {type: 'doc', id: 'callkit/incoming-calls', label: '3.3 Incoming calls'},
        {
          type: 'doc',
          id: 'callkit/actions-and-transactions',
          label: '3.4 Actions and transactions',
        },
        {type: 'doc', id: 'callkit/audio-session', label: '3.5 The audio session'},
        {type: 'doc', id: 'callkit/managing-calls', label: '3.6 Managing and ending calls'},
        {type: 'doc', id: 'callkit/multiple-calls', label: '3.7 Multiple calls'},
      ],
    },
    {
      type: 'category',
      label: '4. PushKit',
      collapsed: false,
      items: [
        {type: 'doc', id: 'pushkit/registering', label: '4.1 Registering for VoIP pushes'},
        {type: 'doc', id: 'pushkit/receiving-pushes', label: '4.2 Receiving VoIP pushes'},
        {type: 'doc', id: 'pushkit/sending-pushes', label: '4.3 Sending VoIP pushes'},
      ],
    },
    {
      type: 'category',
      label: '5. Troubleshooting',
      link: {type: 'doc', id: 'troubleshooting/index'},
      items: [
        {type: 'doc', id: 'troubleshooting/voip-pushes', label: '5.1 VoIP pushes and launch'},
        {type: 'doc', id: 'troubleshooting/audio', label: '5.2 Audio'},
        {
          type: 'doc',
          id: 'troubleshooting/actions-and-transactions',
          label: '5.3 Actions and transactions',
        },
        {type: 'doc', id: 'troubleshooting/calls', label: '5.4 Calls and the call screen'},
      ],
    },
    {type: 'doc', id: 'sdk-integration', label: '6. SDK integration notes'},
    {
      type: 'category',
      label: '7. Reference',
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
