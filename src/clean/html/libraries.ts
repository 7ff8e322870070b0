/**
 * linkedom and Readability, loaded on first use: linkedom alone takes ~200 ms to load, which
 * cleaning pasted text, PDFs' text and plain feeds never needs (a one-file `storyline ingest` of
 * a .txt paid it). Both ship CommonJS builds, so they load synchronously and cleaning stays sync.
 */
import { createRequire } from 'node:module';

export interface HtmlLibraries {
  parseHTML: typeof import('linkedom').parseHTML;
  Readability: typeof import('@mozilla/readability').Readability;
}

let libraries: HtmlLibraries | undefined;

export function htmlLibraries(): HtmlLibraries {
  if (!libraries) {
    const require = createRequire(import.meta.url);
    libraries = { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  }
  return libraries;
}
