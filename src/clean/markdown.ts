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
    .replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (_, label: string, url: string) => {
      links.push({ url, text: label });
      return label;
    })
    .replace(/^(#{1,6})\s+(.+?)\s*#*$/gm, (_, hashes: string, heading: string) => {
      if (hashes.length === 1 && title === null) {
        title = heading;
        return '';
      }
      return `\n${heading}\n`;
    })
    .replace(/^\s*>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '');
  return { text, title, links };
}
