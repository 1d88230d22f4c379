import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Pages the in-page tests serve, written for these tests. */

export const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body>${body}</body></html>`;

export const INLINE_SPLIT = page(`
  <h1>MDMA-assisted therapy results</h1>
  <p id="split">In the phase 3 trial, <a href="#n">67%</a> of people who received MDMA therapy <em>no longer</em> met the criteria for PTSD.</p>`);

export const EDITORS = page(`
  <h1>Comments on MDMA therapy</h1>
  <p id="plain">The FDA approved MDMA-assisted therapy for PTSD last spring.</p>
  <textarea id="ta">The FDA approved MDMA-assisted therapy for PTSD last spring.</textarea>
  <div id="editor" contenteditable="true"><p>The FDA approved MDMA-assisted therapy for PTSD last spring.</p></div>`);

export const INFINITE_FEED = page(`
  <h1>MDMA therapy forum</h1>
  <div id="feed"><p>The FDA approved MDMA-assisted therapy for PTSD last spring.</p></div>
  <script>
    let n = 0;
    const posts = [
      'MDMA is not addictive at all, whatever people say.',
      'Street molly is the same drug they use in the MDMA trials.',
      'MDMA releases the trauma stored in the body.',
    ];
    window.addMore = () => {
      for (const text of posts) {
        const p = document.createElement('p');
        p.textContent = text;
        document.getElementById('feed').append(p);
      }
      n++;
    };
  </script>`);

export const FRAME_CHILD = page(
  `<p>Inside the frame: the FDA approved MDMA-assisted therapy for PTSD.</p>`,
);
export const FRAME_PARENT = page(`
  <h1>MDMA therapy explained</h1>
  <p>MDMA is not addictive, the clinic says.</p>
  <iframe id="child" src="/frame-child.html" width="600" height="200"></iframe>`);

export const WEB_COMPONENT = page(`
  <h1>MDMA therapy</h1>
  <claim-box></claim-box>
  <script>
    customElements.define('claim-box', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<p>Inside a component: the FDA approved MDMA-assisted therapy for PTSD.</p>';
      }
    });
  </script>`);

export const STRICT_CSP = page(`
  <h1>MDMA therapy</h1>
  <p>Our clinic says the FDA approved MDMA-assisted therapy for PTSD.</p>`);
export const STRICT_CSP_HEADER = {
  'content-security-policy':
    "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'",
};

export const DARK = page(
  `<h1>MDMA therapy</h1><p>The FDA approved MDMA-assisted therapy for PTSD last spring.</p>`,
  '<style>html{color-scheme:dark;background:#111;color:#eee}</style>',
);

export const PSILOCYBIN_SECTION = page(`
  <h1>Psychedelic therapies compared</h1>
  <h2>MDMA-assisted therapy</h2>
  <p>In a phase 3 trial, 67% no longer qualified for a PTSD diagnosis.</p>
  <h2>Psilocybin therapy</h2>
  <p>In a phase 3 trial, 67% no longer qualified for a PTSD diagnosis.</p>`);

/**
 * Bundles a React app written for the tests (a file, or source text) with the project's own
 * React into one script, so no network is needed; `</script` is escaped for inlining.
 */
export async function bundleReactApp(app: { file: string } | { source: string }): Promise<string> {
  const result = await build({
    ...('file' in app
      ? { entryPoints: [app.file] }
      : {
          stdin: {
            contents: app.source,
            loader: 'tsx' as const,
            resolveDir: fileURLToPath(new URL('.', import.meta.url)),
          },
        }),
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return (result.outputFiles[0]?.text ?? '').replace(/<\/script/gi, '<\\/script');
}

/** The test React app (fixtures/react-app.tsx) as a page. */
export async function reactAppPage(): Promise<string> {
  const file = fileURLToPath(new URL('./fixtures/react-app.tsx', import.meta.url));
  return page(`<div id="root"></div><script>${await bundleReactApp({ file })}</script>`);
}
