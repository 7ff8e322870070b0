/**
 * Markdown to the plain text the text cleaner reads: headings, emphasis and code marks go,
 * link targets are kept aside as links. Hand-written: a full Markdown parser would build an
 * HTML tree we would only flatten again, and news in Markdown uses only these few marks.
 */
export interface MarkdownText {
  text: string;
  title: string | null;
  links: { url: string; text: string }[];
}

export function markdownToText(md: string): MarkdownText {
  const links: { url: string; text: string }[] = [];
  let title: string | null = null;
  const text = md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    // Patterns below are written so that no two parts can match the same characters, and a
    // link title is bounded: on hostile input ("[[[[...](](](...", a line of 100,000 spaces)
    // overlapping or unbounded parts backtrack for minutes.
    .replace(/!\[([^\][]*)\]\(([^)\s]+)(?:\s[^)\n]{0,300})?\)/g, '') // images
    .replace(/\[([^\][]+)\]\(([^)\s]+)(?:\s[^)\n]{0,300})?\)/g, (_, label: string, url: string) => {
      links.push({ url, text: label });
      return label;
    })
    .replace(/^(#{1,6})[ \t]+(.+)$/gm, (_, hashes: string, line: string) => {
      const heading = line.trimEnd().replace(/(?<!#)#+$/, '').trimEnd(); // closing hashes go
      if (hashes.length === 1 && title === null) {
        title = heading;
        return '';
      }
      return `\n${heading}\n`;
    })
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^[ \t]*([-*_][ \t]*){3,}$/gm, '');
  return { text, title, links };
}
