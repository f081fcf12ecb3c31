/**
 * The stylesheet of kodex reference pages, inlined into each page so a page
 * works offline and from disk with no request. Light and dark schemes; the
 * code a link points to (`:target`) is highlighted.
 */
export const DOCS_CSS = `
:root { color-scheme: light dark; --fg: #1d2125; --muted: #5c6670; --bg: #fff; --panel: #f5f7f9;
  --line: #d9dee3; --accent: #0b61a4; --target: #fff6d6; --ok: #176b2c; --no: #9b2226; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e7ea; --muted: #9aa5b0; --bg: #15181b; --panel: #1e2226; --line: #343a40;
    --accent: #6cb6ff; --target: #3a3217; --ok: #7bd88f; --no: #ff8b8b; }
}
* { box-sizing: border-box; }
html { scroll-padding-top: 1rem; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem 1rem 4rem; color: var(--fg); background: var(--bg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; overflow-wrap: anywhere; }
main, section, article, header, footer, nav, details, dl, dd { min-width: 0; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .9em; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; overflow-x: auto;
  max-width: 100%; overflow-wrap: normal; }
h1 { font-size: 1.9rem; margin: .2rem 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15rem; margin: 0 0 .35rem; overflow-wrap: anywhere; }
h4 { font-size: .95rem; margin: .75rem 0 .25rem; }
.muted, .crumbs, footer { color: var(--muted); }
.lead { margin: .25rem 0; }
[lang="ru"] .tag, .tag { display: inline-block; min-width: 1.8rem; font-size: .75rem; color: var(--muted);
  border: 1px solid var(--line); border-radius: 4px; text-align: center; margin-right: .35rem; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; }
.table-scroll { overflow-x: auto; max-width: 100%; margin: .5rem 0; }
.table-scroll:focus-visible { outline: 2px solid var(--accent); }
table { border-collapse: collapse; width: 100%; font-size: .93rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: normal; }
table.template code { overflow-wrap: anywhere; }
th { background: var(--panel); }
nav.toc ol { padding-left: 1.6rem; }
article.entry { border: 1px solid var(--line); border-radius: 8px; padding: .9rem 1rem; margin: 1rem 0; }
article.entry:target { background: var(--target); outline: 2px solid var(--accent); }
a.self { text-decoration: none; }
.name { color: var(--muted); font-weight: normal; margin-left: .5rem; }
.yes { color: var(--ok); font-weight: 600; }
.no { color: var(--no); font-weight: 600; }
.badge { display: inline-block; font-size: .8rem; padding: 0 .4rem; border-radius: 4px; background: var(--panel); border: 1px solid var(--line); }
.decision { border-left: 3px solid var(--accent); padding: .25rem .75rem; background: var(--panel); margin: .5rem 0; }
details { margin-top: .6rem; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 3rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  article.entry { padding: .75rem; }
  dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  dl.facts dd { margin-bottom: .35rem; }
  table { font-size: .85rem; }
  th, td { padding: .25rem .4rem; }
  /* A row of a summary or index table becomes a small card: code · HTTP · category · retryable, then the titles. */
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.cards, table.cards tbody, table.cards tr { display: block; }
  table.cards tr { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; margin: 0 0 .5rem; }
  table.cards td { display: inline; border: 0; padding: 0; }
  table.cards td + td::before { content: " · "; color: var(--muted); }
  table.cards td[data-label]::before { content: " · " attr(data-label) " "; color: var(--muted); }
  table.cards td[lang] { display: block; }
  table.cards td[lang]::before { content: none; }
}
summary { cursor: pointer; color: var(--accent); }
`;
