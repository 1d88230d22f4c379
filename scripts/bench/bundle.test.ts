import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleFigures } from './bundle';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const gz = (text: string) => gzipSync(text).length;

describe('bundleFigures', () => {
  it('counts what the manifest injects into pages, and every file of the build', () => {
    const manifest = JSON.stringify({
      content_scripts: [
        { js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] },
        { js: ['content-scripts/content.js'] },
      ],
    });
    const files = {
      'manifest.json': manifest,
      'content-scripts/content.js': 'console.log(1);'.repeat(50),
      'content-scripts/content.css': '::highlight(x){color:red}',
      'annotator.js': 'let a = 1;'.repeat(500),
    };
    const figures = bundleFigures(build(files));
    expect(figures.everyPageFiles).toEqual([
      'content-scripts/content.js',
      'content-scripts/content.css',
    ]);
    expect(figures.everyPageGzipBytes).toBe(
      gz(files['content-scripts/content.js']) + gz(files['content-scripts/content.css']),
    );
    expect(figures.totalGzipBytes).toBe(
      Object.values(files).reduce((sum, body) => sum + gz(body), 0),
    );
  });

  it('fails when the manifest names a file the build lacks', () => {
    const manifest = JSON.stringify({ content_scripts: [{ js: ['gone.js'] }] });
    expect(() => bundleFigures(build({ 'manifest.json': manifest }))).toThrow(/gone\.js/);
  });
});
