import { defineConfig } from 'vite';

/**
 * The web page: React in web/src, built into web/dist (served by `storyline serve`).
 * No plugin needed: Vite's own transform compiles TSX with React's automatic JSX runtime.
 * The server's CSP is script-src 'self' and style-src 'self', so nothing may be inlined.
 */
export default defineConfig({
  root: 'web',
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
