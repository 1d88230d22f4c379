// Inside service-worker `evaluate` callbacks the extension API is the global `chrome`.
declare const chrome: typeof import('wxt/browser').browser;
