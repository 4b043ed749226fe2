import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { SITES, matchPatterns } from './utils/article/sites';
import { gateHosts } from './utils/page/gate';

/**
 * The options page opens on the documents tab, whose rows show the catalog's facts: its chunk
 * (≈ 600 KB) is fetched and compiled beside the page's own script instead of after it has run.
 */
function preloadCatalog(): Plugin {
  return {
    name: 'vankien-preload-catalog',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const catalog = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'catalog');
      const page = bundle['entrypoints/options/index.html'];
      if (!catalog || !page || page.type !== 'asset') return;
      page.source = String(page.source).replace('</head>', `  <link rel="modulepreload" crossorigin href="/${catalog.fileName}">\n  </head>`);
    },
  };
}

// See ../shared/docs/toolchain.md for why Preact comes in as a Vite plugin and why the
// polyfill is a module (WXT >= 0.20 no longer ships it by default).
export default defineConfig({
  // The build for end-to-end tests and the demo (content script also on 127.0.0.1) goes apart.
  outDir: process.env.VANKIEN_E2E ? '.output/e2e' : '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses: no auto-imports (and no duplicate-name warnings from them).
  imports: false,
  // `npm run zip`: the store packages, and for Firefox's review the sources without test output.
  zip: { excludeSources: ['test-artifacts/**', '*.log'] },
  // Test pages on 127.0.0.1 choose their site only in the build made for tests (utils/article/sites.ts).
  vite: () => ({
    plugins: [preact(), preloadCatalog()],
    define: {
      // The page gate (entrypoints/news-gate.ts) needs only the hosts it treats apart, not the site list.
      __VANKIEN_SITE_HOSTS__: JSON.stringify(gateHosts(SITES)),
      __VANKIEN_SITE_SCOPES__: JSON.stringify(Object.fromEntries(SITES.flatMap((s) => (s.only ? [[s.host, s.only]] : [])))),
      __VANKIEN_TEST_HOSTS__: JSON.stringify(!!process.env.VANKIEN_E2E),
    },
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // storage: settings; activeTab + scripting: "scan this page anyway" on the tab the reader is on,
    // only when asked. No host permission beyond the news sites of the content script.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for one site at a time, when the reader adds it in the options page.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'VanKien' },
    commands: {
      'next-reference': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_nextReferenceCmd__' },
      'previous-reference': { suggested_key: { default: 'Alt+Shift+K' }, description: '__MSG_previousReferenceCmd__' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'vankien@vankien.invalid',
        // VanKien sends nothing anywhere: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The end-to-end tests serve fixture pages on 127.0.0.1; only a build made for them
    // (VANKIEN_E2E=1) lets the content script run there. A page opts in with
    // <meta name="vankien-test-site" content="nhandan.vn"> (utils/article/sites.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script's first stage, on every page of the supported sites: an unlisted script,
      // outside WXT's content-script runtime (entrypoints/news-gate.ts says why). It brings the
      // highlights' styles; the second stage (page.js) is injected when needed.
      manifest.content_scripts = [...(manifest.content_scripts ?? []), {
        matches: matchPatterns(), js: ['news-gate.js'], css: ['content-scripts/highlights.css'], run_at: 'document_end',
      }];
      // The second stage (page.js) is injected by the background into the same sites:
      // host permissions for them (its own `matches` stay empty so its code does not carry the list).
      if (manifest.manifest_version === 3) manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...matchPatterns()])];
      else manifest.permissions = [...new Set([...(manifest.permissions ?? []), ...matchPatterns()])];
      // Firefox (MV2) spells optional host permissions as optional origins.
      if (manifest.manifest_version === 2) (manifest as { optional_permissions?: string[] }).optional_permissions = ['*://*/*'];
      if (!process.env.VANKIEN_E2E) return;
      const loopback = ['http://127.0.0.1/*', 'http://localhost/*'];
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), ...loopback];
      // The second stage is injected into test pages too (MV2 lists host permissions with the others).
      if (manifest.manifest_version === 2) manifest.permissions = [...(manifest.permissions ?? []), ...loopback];
      // A second loopback host stands for a site the reader adds: granted up front in this build,
      // so the test needs no permission prompt (which headless Chromium cannot answer).
      // Likewise all sites, for the any-Vietnamese-page mode.
      if (manifest.manifest_version === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), '*://custom-site.test/*', '*://*.custom-site.test/*', '*://*/*'];
    },
  },
});
