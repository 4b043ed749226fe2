import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/docs/toolchain.md for why Preact comes in as a Vite plugin and why the
// polyfill is a module (WXT >= 0.20 no longer ships it by default).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'VanKien',
    description: 'Finds, highlights and explains Communist Party of Vietnam document references in Vietnamese news.',
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'vankien@vankien.invalid',
        // VanKien sends nothing anywhere: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
