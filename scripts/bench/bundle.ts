import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** zlib's default level 6, what web servers and stores typically use. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

interface ContentScript {
  js?: string[];
  css?: string[];
}

export interface BundleFigures {
  /** The scripts and styles the manifest injects into every page, gzipped. */
  everyPageGzipBytes: number;
  /** Every file of the build, each gzipped on its own, summed. */
  totalGzipBytes: number;
  /** Per file, relative to the build directory, largest first. */
  files: { path: string; gzipBytes: number }[];
  everyPageFiles: string[];
}

/** Reads the built manifest, so whatever it injects into pages is what gets counted. */
export function bundleFigures(dir: string): BundleFigures {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScript[];
  };
  const everyPageFiles = [
    ...new Set(
      (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]),
    ),
  ];
  const files = filesUnder(dir)
    .map((file) => ({ path: relative(dir, file), gzipBytes: gzipBytes(file) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sizeOf = (path: string) => {
    const file = files.find((f) => f.path === path);
    if (!file) throw new Error(`bench: the manifest injects ${path}, which the build lacks`);
    return file.gzipBytes;
  };
  return {
    everyPageGzipBytes: everyPageFiles.reduce((sum, path) => sum + sizeOf(path), 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    files,
    everyPageFiles,
  };
}
