// Storyline's page. Article text is untrusted: everything is built with createElement and
// textContent, never parsed as markup, so tags in a report are shown as text and never runs.
const main = document.getElementById('main');

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k === 'href' || k === 'title' || k === 'name' || k === 'type' || k === 'placeholder' || k.startsWith('aria-')) node.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path, init) {
  const res = await fetch(path, init);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
  main.focus();
}

async function storiesView() {
  const stories = await api('/api/stories');
  const articles = new Map((await api('/api/articles?limit=500')).items.map((a) => [a.id, a]));
  show(
    el('h1', {}, 'Stories'),
    stories.length ? '' : el('p', {}, 'No reports yet. ', el('a', { href: '#/ingest' }, 'Add some.')),
    ...stories.map((s) => {
      const ids = s.events.flatMap((e) => e.articles);
      const outlets = new Set(ids.map((i) => articles.get(i)?.outlet).filter(Boolean));
      const dates = s.events.map((e) => e.date).filter(Boolean).sort();
      return el('div', { class: 'card' }, el('a', { href: `#/story/${s.id}` }, el('strong', {}, s.title)),
        el('div', {}, `${ids.length} reports · ${s.events.length} events · ${outlets.size} outlets${dates.length ? ` · ${dates[0]} – ${dates[dates.length - 1]}` : ''}`));
    }),
  );
}

async function storyView(id) {
  const story = (await api('/api/stories')).find((s) => s.id === id);
  if (!story) return show(el('p', { class: 'error' }, `No story ${id}`));
  const timeline = el('div', { class: 'timeline' });
  for (const e of story.events) {
    timeline.append(el('div', { class: 'card event' }, el('div', { class: 'date' }, e.date ? `${e.date}${e.dateSource === 'mentioned' ? ' (from dates mentioned)' : ''}` : 'undated'),
      el('div', {}, e.title), el('ul', {}, ...e.articles.map((a) => el('li', {}, el('a', { href: `#/article/${a}` }, a))))));
  }
  const firsts = story.events.map((e) => e.articles[0]);
  const compareLinks = [];
  for (let i = 0; i + 1 < firsts.length; i++) compareLinks.push(el('li', {}, el('a', { href: `#/compare/${firsts[i]}/${firsts[i + 1]}` }, `Compare event ${i + 1} with event ${i + 2}`)));
  show(el('h1', {}, story.title), el('h2', {}, 'Timeline'), timeline, compareLinks.length ? el('ul', {}, compareLinks) : '');
}

function highlightBody(a) {
  const marks = [
    ...a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, note: `${e.type}: ${e.name}` }))),
    ...a.quantities.map((q) => ({ ...q, note: `${q.kind}: ${q.value}${q.unit ? ' ' + q.unit : ''}${q.subject ? ` (${q.subject}${q.attribute ? ' ' + q.attribute : ''})` : ''}` })),
    ...a.dates.map((d) => ({ ...d, note: `date: ${d.value ?? 'unresolved'}` })),
  ].sort((x, y) => x.start - y.start);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    out.push(a.body.slice(at, m.start), el('mark', { title: m.note }, a.body.slice(m.start, m.end)));
    at = m.end;
  }
  out.push(a.body.slice(at));
  // Paragraphs: split the text nodes on blank lines.
  const paragraphs = [el('p')];
  for (const piece of out) {
    if (typeof piece !== 'string') { paragraphs[paragraphs.length - 1].append(piece); continue; }
    const parts = piece.split('\n\n');
    parts.forEach((part, i) => { if (i) paragraphs.push(el('p')); paragraphs[paragraphs.length - 1].append(part); });
  }
  return el('div', { class: 'body' }, paragraphs);
}

async function articleView(id) {
  const a = await api(`/api/articles/${encodeURIComponent(id)}`);
  show(
    el('h1', {}, a.title || '(no title)'),
    el('p', {}, [a.outlet, a.published, a.authors.join(', ')].filter(Boolean).join(' · ')),
    highlightBody(a),
    a.quotes.length ? el('section', {}, el('h2', {}, 'Who said what'), el('ul', {}, a.quotes.map((q) => el('li', {}, el('strong', {}, q.speaker || 'unknown'), `: ${q.text}`)))) : '',
    a.links.length ? el('section', {}, el('h2', {}, 'Links'), el('ul', {}, a.links.map((l) => el('li', {}, `[${l.kind}] ${l.text}${l.url && l.url !== l.text ? ` — ${l.url}` : ''}`)))) : '',
    a.credits.length ? el('section', {}, el('h2', {}, 'Credits'), el('ul', {}, a.credits.map((c) => el('li', {}, c)))) : '',
    a.removed.length ? el('details', {}, el('summary', {}, `Removed by cleaning (${a.removed.length})`), el('ul', {}, a.removed.map((r) => el('li', {}, `${r.reason}: ${r.text}`)))) : '',
  );
}

async function compareView(a, b) {
  const [x, y, c] = await Promise.all([api(`/api/articles/${a}`), api(`/api/articles/${b}`), api(`/api/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`)]);
  show(
    el('h1', {}, `Compare: ${c.relation}`),
    el('p', {}, `A: `, el('a', { href: `#/article/${x.id}` }, x.title || x.id), el('br'), 'B: ', el('a', { href: `#/article/${y.id}` }, y.title || y.id)),
    el('h2', {}, 'Why'),
    el('ul', { class: 'evidence' }, c.evidence.map((e) => el('li', { class: (e.weight ?? 0) < 0 ? 'neg' : 'pos' }, el('strong', {}, e.kind), `: ${e.detail}`))),
    el('h2', {}, 'Facts'),
    el('table', {}, el('tr', {}, el('th', {}, 'subject'), el('th', {}, 'attribute'), el('th', {}, 'A'), el('th', {}, 'B'), el('th', {}, 'status')),
      c.facts.map((f) => el('tr', {}, el('td', {}, f.subject), el('td', {}, f.attribute), el('td', {}, String(f.a)), el('td', {}, String(f.b)), el('td', { class: `status-${f.status}` }, f.status)))),
  );
}

function ingestView() {
  const token = el('input', { type: 'password', name: 'token', placeholder: 'STORYLINE_TOKEN', 'aria-label': 'Token' });
  const text = el('textarea', { name: 'text', 'aria-label': 'Report text', placeholder: 'Paste a report here' });
  const url = el('input', { type: 'url', name: 'url', placeholder: 'or the address of a page or a feed', 'aria-label': 'Page or feed URL' });
  const status = el('p', { 'aria-live': 'polite' });
  const button = el('button', { type: 'submit' }, 'Add report');
  const form = el('form', {}, el('p', {}, token), text, el('p', {}, url), el('p', {}, button), status);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    status.textContent = 'Reading…';
    try {
      const byUrl = url.value.trim() && !text.value.trim();
      const r = await api(byUrl ? '/api/ingest/url' : '/api/ingest', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token.value}` },
        body: JSON.stringify(byUrl ? { url: url.value.trim() } : { text: text.value }),
      });
      status.textContent = r.status === 'added' ? `Added ${r.articles.join(', ')}` : 'Already stored.';
      text.value = '';
      url.value = '';
    } catch (err) {
      status.className = 'error';
      status.textContent = err.message;
    }
  });
  show(el('h1', {}, 'Add reports'), form);
}

async function searchView(q) {
  const hits = await api(`/api/search?q=${encodeURIComponent(q)}`);
  show(el('h1', {}, `Search: ${q}`), el('ul', {}, hits.map((h) => el('li', {}, el('a', { href: `#/article/${h.id}` }, h.title || h.id), ` — ${h.snippet}`))));
}

async function route() {
  const [, view, a, b] = location.hash.split('/');
  try {
    if (view === 'story') await storyView(a);
    else if (view === 'article') await articleView(a);
    else if (view === 'compare') await compareView(a, b);
    else if (view === 'ingest') ingestView();
    else if (view === 'search') await searchView(decodeURIComponent(a || ''));
    else await storiesView();
  } catch (err) {
    show(el('p', { class: 'error' }, err.message));
  }
}

document.getElementById('search').addEventListener('submit', (ev) => {
  ev.preventDefault();
  location.hash = `#/search/${encodeURIComponent(new FormData(ev.target).get('q'))}`;
});
window.addEventListener('hashchange', route);
// Live updates: a story or the list refreshes when new reports arrive.
let known = -1;
setInterval(async () => {
  try {
    const { articles } = await api('/api/health');
    if (known >= 0 && articles !== known && !location.hash.startsWith('#/ingest')) route();
    known = articles;
  } catch { /* the server is away: try again later */ }
}, 5000);
route();
