import { readFileSync } from 'node:fs';

/**
 * Reads a CoNLL-2003 file (`WORD POS CHUNK NER` a line, IOB1 tags, `-DOCSTART-` between
 * documents, a blank line between sentences) as plain documents: the words joined by spaces,
 * sentences by blank lines, and the gold entities as character spans. Only the words and the
 * NER column are read: our recogniser never sees the data set's POS or chunk columns.
 * Used by the entities bench and by scripts/train-ner.ts; the data stays outside the repository.
 */
export interface ConllSpan {
  start: number;
  end: number;
  /** PER, ORG, LOC or MISC. */
  type: string;
}
export interface ConllDoc {
  text: string;
  spans: ConllSpan[];
}

export function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let text = '';
  let spans: ConllSpan[] = [];
  let open: { start: number; type: string } | null = null;
  let lastEnd = 0;
  const close = () => {
    if (open) spans.push({ start: open.start, end: lastEnd, type: open.type });
    open = null;
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      close();
      if (text) docs.push({ text, spans });
      text = '';
      spans = [];
      continue;
    }
    if (!line.trim()) {
      close();
      if (text && !text.endsWith('\n\n')) text += '\n\n';
      continue;
    }
    const [word, , , tag] = line.split(' ');
    if (text && !text.endsWith('\n\n')) text += ' ';
    const start = text.length;
    text += word;
    const [bio, type] = tag.split('-');
    if (bio === 'O' || bio === 'B' || (open && type !== open.type)) close();
    if (bio !== 'O' && !open) open = { start, type };
    lastEnd = text.length;
  }
  close();
  if (text) docs.push({ text, spans });
  return docs;
}
