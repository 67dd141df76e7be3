import { defineConfig } from 'wxt';
import { noRawHtml } from './scripts/no-raw-html';
import { popupSharedChunk } from './scripts/popup-chunks';
import { nativeBrowserForPages } from './scripts/pages-native-browser';

// Firefox needs a stable add-on id for storage and for signing. 140 (an ESR) is the first that
// reads data_collection_permissions, which addons.mozilla.org requires of new add-ons; it has
// scripting.registerContentScripts({ persistAcrossSessions }) and MV3 host permissions at install.
const GECKO_ID = 'hearth@hearth.family';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  vite: () => ({
    plugins: [noRawHtml()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
  hooks: {
    // Only the pages' build splits code; the background and the scripts are single files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      popupSharedChunk(config);
      nativeBrowserForPages(config);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'scripting',
      'idle',
      'tabs',
      'notifications',
      'tabGroups',
      // Firefox has no contentSettings: muting work-site notifications is Chrome's alone.
      ...(browser === 'firefox' ? [] : ['contentSettings']),
    ],
    // Work sites are the couple's own list, so the guard must be able to reach any site they name.
    // Their patterns are http(s) only (utils/sites/match-pattern.ts), so no file://, ftp:// or other
    // scheme `<all_urls>` would add: `*://*/*` is every host over http and https and nothing more.
    host_permissions: ['*://*/*'],
    // The override form's frame, which the guard puts into work pages (components/guard/override-frame.tsx).
    // Chromium gives its URL an id that changes every session, so a site cannot probe for it to learn
    // Hearth is installed; Firefox's extension URLs are already unique to each installation.
    web_accessible_resources: [
      { resources: ['override-form.html'], matches: ['*://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_commandOpenPopup__' },
      // Not Alt+Shift+R: Chromium (156) keeps that one (and Alt+Shift+W) for itself and silently
      // drops the suggestion, leaving the command without a key (tests/e2e/manifest.spec.ts).
      'open-report': { suggested_key: { default: 'Alt+Shift+O' }, description: '__MSG_commandOpenReport__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: '140.0',
          // Nothing leaves the device until the partners link; then only end-to-end encrypted
          // envelopes go to the relay the two of them chose, and only the partner can read them:
          // neither the developer nor the relay's operator collects anything (PRIVACY.md).
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads the data collection key from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
      // Firefox's default MV3 page policy adds upgrade-insecure-requests, which turns the local
      // relay's ws://127.0.0.1 into wss:// and fails; the rest is its default. Remote relays are
      // wss:// anyway (utils/link/relay-url.ts allows plain ws:// only to this computer).
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    }),
  }),
});
