import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {PluginOptions as LocalSearchOptions} from '@easyops-cn/docusaurus-search-local';

import simulatorDataPlugin from './src/plugins/simulatorData';
import remarkSequenceDiagram from './src/remark/sequenceDiagram';
import {darkCodeTheme, lightCodeTheme} from './src/utils/prismThemes';

// Runs in Node.js at build time: no browser APIs here.

const siteUrl = process.env.SITE_URL ?? 'https://callkit-flow.example.org';

const config: Config = {
  title: 'CallKit Flow',
  tagline: 'Learn and debug CallKit and PushKit by watching every call step play out.',
  favicon: 'img/favicon.svg',

  // v4 turns on Docusaurus Faster (Rspack, SWC, Lightning CSS); it needs @docusaurus/faster.
  future: {
    v4: true,
  },

  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
          // <SequenceDiagram scenario="…" />: the diagram is generated here, at build time.
          remarkPlugins: [remarkSequenceDiagram],
        },
        pages: {
          remarkPlugins: [remarkSequenceDiagram],
        },
        blog: false,
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: null,
          changefreq: null,
          priority: null,
        },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [simulatorDataPlugin],

  themes: [
    '@docusaurus/theme-mermaid',
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        indexPages: true,
        docsRouteBasePath: '/docs',
        language: ['en'],
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchBarShortcutHint: true,
      } satisfies Partial<LocalSearchOptions>,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    metadata: [
      {
        name: 'keywords',
        content: 'CallKit, PushKit, VoIP push, CXProvider, CXCallController, iOS, AVAudioSession',
      },
    ],
    navbar: {
      title: 'CallKit Flow',
      logo: {
        alt: 'CallKit Flow',
        src: 'img/logo.svg',
        srcDark: 'img/logo-dark.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'guides',
          position: 'left',
          label: 'Guides',
        },
        {to: '/playground', label: 'Playground', position: 'left'},
        {to: '/tools', label: 'Tools', position: 'left'},
        {
          type: 'search',
          position: 'right',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guides',
          items: [
            {label: 'Introduction', to: '/docs/intro'},
            {label: 'Playground', to: '/playground'},
          ],
        },
        {
          title: 'Tools',
          items: [
            {label: 'Provider configuration builder', to: '/tools/provider-configuration'},
            {label: 'VoIP push composer', to: '/tools/voip-push'},
          ],
        },
        {
          title: 'Apple documentation',
          items: [
            {label: 'CallKit', href: 'https://developer.apple.com/documentation/callkit'},
            {label: 'PushKit', href: 'https://developer.apple.com/documentation/pushkit'},
          ],
        },
      ],
      copyright:
        'CallKit Flow is an independent guide. CallKit, PushKit and iOS are trademarks of Apple Inc.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      // Swift, Objective-C and JSON ship with prism-react-renderer; these add the rest.
      additionalLanguages: ['bash', 'diff', 'json', 'http'],
    },
    mermaid: {
      theme: {light: 'default', dark: 'dark'},
      options: {
        securityLevel: 'strict',
        layout: 'dagre',
        look: 'classic',
      },
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
