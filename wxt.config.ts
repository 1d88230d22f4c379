import { defineConfig, type WxtViteConfig } from 'wxt';

/**
 * Firefox build only: the mark styles of highlights.css on every element rather than on :root,
 * as Firefox is not known to pass highlight styles down from parent elements.
 */
function highlightsOnEveryElement(): NonNullable<WxtViteConfig['plugins']>[number] {
  return {
    name: 'mdma-lens-highlights-on-every-element',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('/highlights.css')) return null;
      return code.replaceAll(':root::highlight(', '::highlight(');
    },
  };
}

// Manifest and build settings. Permissions are the minimum the features use:
// `storage` for the settings; the content script's own page matches are the only host access.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: ({ browser }) => ({
    plugins: browser === 'firefox' ? [highlightsOnEveryElement()] : [],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus'],
    // The annotator is loaded with import() by the content script on pages that pass the gate,
    // the card by the annotator when a card first opens (entrypoints/content/lazy-modules.ts).
    // A dynamic URL keeps pages from probing for the extension through these files.
    web_accessible_resources: [
      {
        resources: ['annotator.js', 'card.js'],
        matches: ['http://*/*', 'https://*/*'],
        use_dynamic_url: true,
      },
    ],
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandNextClaim__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    browser_specific_settings: {
      gecko: {
        id: 'mdma-evidence-lens@example.org',
        strict_min_version: '128.0',
        // Firefox build only (Chrome's manifest stays as it was): Firefox's built-in data consent
        // says we collect and transmit nothing. Firefox 140 is the first with both that key and
        // the CSS Custom Highlight API the marks need; Firefox for Android reads the key from 142.
        ...(browser === 'firefox' && {
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        }),
      },
      ...(browser === 'firefox' && { gecko_android: { strict_min_version: '142.0' } }),
    },
  }),
});
