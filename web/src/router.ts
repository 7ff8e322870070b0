import { useEffect, useState } from 'react';

/** A hash route: "#/story/ID" -> { view: 'story', arg: 'ID', params }. */
export interface Route {
  view: string;
  arg: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [view = '', ...rest] = path.split('/');
  let arg = rest.join('/');
  try {
    arg = decodeURIComponent(arg);
  } catch {
    /* keep it as typed */
  }
  return { view: view || 'stories', arg, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const on = () => setHash(window.location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return parseHash(hash);
}

export const href = {
  stories: (query?: string, offset = 0) => {
    const params = new URLSearchParams({ ...(query && { q: query }), ...(offset > 0 && { offset: String(offset) }) }).toString();
    return params ? `#/stories?${params}` : '#/stories';
  },
  story: (id: string) => `#/story/${encodeURIComponent(id)}`,
  article: (id: string) => `#/article/${encodeURIComponent(id)}`,
  compare: (a?: string, b?: string) => `#/compare?${new URLSearchParams({ ...(a && { a }), ...(b && { b }) }).toString()}`,
  entity: (name: string) => `#/entity/${encodeURIComponent(name)}`,
  ingest: () => '#/ingest',
};
