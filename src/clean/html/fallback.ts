import type { Block } from './walk.js';
export function densityBlocks(_doc: Document, _base: string | null): Block[] {
  return [];
}
