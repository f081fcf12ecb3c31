// The one stylesheet of the web reference, served by the server itself (not
// by the bundle) so that pages keep their layout when the bundle is missing
// or JavaScript is off. Mobile first: one column, wider screens add room.

/** The stylesheet of every page. */
export const STYLESHEET = `
:root {
  color-scheme: light dark;
  --bg: #fbfbfd; --fg: #1b1f24; --muted: #5b6470; --line: #d9dee5; --card: #ffffff;
  --accent: #2b5fd9; --accent-bg: #e8efff; --code-bg: #f2f4f7;
  --ok: #1d7a3e; --warn: #9a5b00; --bad: #b42318;
  --radius: 10px; --gap: 1rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418; --fg: #e6e9ee; --muted: #9aa4b1; --line: #2c333c; --card: #181c22;
    --accent: #7aa2ff; --accent-bg: #1f2a44; --code-bg: #20262e;
    --ok: #5fd08a; --warn: #f0b45a; --bad: #ff8a80;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; scrollbar-gutter: stable; }
body { margin: 0; background: var(--bg); color: var(--fg); overflow-wrap: anywhere; }
a { color: var(--accent); }
code, pre, kbd { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: var(--code-bg); padding: 0.05em 0.3em; border-radius: 4px; }
pre { background: var(--code-bg); padding: 0.75rem; border-radius: 8px; overflow-x: auto; max-width: 100%; white-space: pre-wrap; word-break: break-word; }
pre code { background: none; padding: 0; }
img { max-width: 100%; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: 0.5rem; z-index: 10; }

.site-head { border-bottom: 1px solid var(--line); background: var(--card); }
.site-head .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.6rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; color: var(--fg); }
.brand span { color: var(--accent); }
.nav { display: flex; gap: 0.6rem; flex-wrap: wrap; }
.nav a { text-decoration: none; }
.nav a[aria-current="page"] { text-decoration: underline; text-underline-offset: 0.3em; text-decoration-thickness: 2px; }
.langs { display: flex; gap: 0.25rem; margin-left: auto; order: 2; }
.langs a, .langs strong { padding: 0.1rem 0.45rem; border-radius: 6px; border: 1px solid var(--line); text-decoration: none; font-size: 0.9rem; }
.langs strong { background: var(--accent-bg); }
.search { position: relative; flex: 1 1 100%; display: flex; gap: 0.5rem; order: 3; }
.search button { flex: 0 0 6.5rem; }
.search input { flex: 1; min-width: 0; font: inherit; padding: 0.45rem 0.7rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); }
button, .button { font: inherit; padding: 0.45rem 0.9rem; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; text-decoration: none; }
button.secondary, .button.secondary { background: transparent; color: var(--accent); }
.search-panel { position: absolute; top: 100%; left: 0; right: 0; margin-top: 0.25rem; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: 0 8px 24px rgb(0 0 0 / 0.15); max-height: 70vh; overflow-y: auto; padding: 0.25rem 0.75rem; z-index: 6; }
.search-panel[hidden] { display: none; }

main { padding: 1rem 0 3rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 0; }
h4 { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0.75rem 0 0.25rem; }
.lead { color: var(--muted); margin-top: 0; }
.muted, .alt { color: var(--muted); }
small { color: var(--muted); }

.cards { display: grid; grid-template-columns: 1fr; gap: var(--gap); padding: 0; list-style: none; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; min-width: 0; }
.card h3 a { text-decoration: none; }
.card p { margin: 0.35rem 0; }
.chips { display: flex; flex-wrap: wrap; gap: 0.35rem; padding: 0; margin: 0.5rem 0 0; list-style: none; }

.toc { display: flex; flex-wrap: wrap; gap: 0.35rem 0.75rem; padding: 0; list-style: none; }
.filters { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 0.75rem; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.75rem; margin: 1rem 0; }
.filters label { display: flex; flex-direction: column; font-size: 0.85rem; color: var(--muted); gap: 0.2rem; min-width: 0; flex: 1 1 12rem; }
select, input[type="number"], .playground input[type="text"], textarea { min-width: 0; width: 100%; font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 8px; background: var(--bg); color: var(--fg); max-width: 100%; }
.count { color: var(--muted); margin: 0.25rem 0 0; }

.group { margin-top: 1.5rem; }
.entries { display: grid; gap: var(--gap); }
.entry { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.9rem 1rem; min-width: 0; scroll-margin-top: 1rem; }
.entry:target { outline: 3px solid var(--accent); outline-offset: 2px; }
.entry-head .code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 1.1rem; text-decoration: none; }
.entry-head .name { color: var(--muted); font-weight: 500; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9rem; }
.entry-head .variant { font-size: 0.8rem; background: var(--code-bg); border-radius: 4px; padding: 0.05rem 0.35rem; }
.entry .title { margin: 0.3rem 0 0; font-weight: 500; }
.entry .title.alt { font-weight: 400; margin-top: 0; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.35rem 1rem; margin: 0.75rem 0 0; }
.facts div { min-width: 0; }
.facts .wide { grid-column: 1 / -1; }
.facts dt { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.facts dd { margin: 0; }
.template, .detail { margin: 0.25rem 0; padding: 0.35rem 0.7rem; border-left: 3px solid var(--line); background: var(--code-bg); border-radius: 0 6px 6px 0; }
.template.alt { color: var(--muted); }
.scroll { overflow-x: auto; max-width: 100%; }
.field-issues { list-style: none; padding: 0; margin: 0; }
.field-issues li { padding: 0.4rem 0; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
.field-issues li:first-child { border-top: 0; }
.field-issues small { display: block; color: var(--muted); }
.field-code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; overflow-wrap: break-word; }
td:first-child code { white-space: nowrap; }
td, th { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-top: 1px solid var(--line); }
.advice { margin: 0.75rem 0 0; }
.what-to-do { background: var(--accent-bg); border-radius: 8px; padding: 0.5rem 0.75rem; }
.what-to-do h4 { margin-top: 0; }
.what-to-do p { margin: 0.2rem 0; }
details { margin-top: 0.6rem; }
summary { cursor: pointer; color: var(--accent); }
.docs { margin: 0.5rem 0 0; }

.status { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; padding: 0.05rem 0.4rem; border-radius: 5px; background: var(--code-bg); }
.status.s2xx { color: var(--ok); } .status.s3xx { color: var(--accent); } .status.s4xx { color: var(--warn); } .status.s5xx { color: var(--bad); }
.cat { display: inline-block; padding: 0.05rem 0.5rem; border-radius: 999px; background: var(--accent-bg); text-decoration: none; font-size: 0.9rem; }
.retry.yes { color: var(--ok); } .retry.no { color: var(--muted); }
.detected { font-size: 0.75rem; font-weight: 500; background: var(--accent-bg); border-radius: 999px; padding: 0.05rem 0.5rem; vertical-align: middle; }

.hits { list-style: none; padding: 0; margin: 0.25rem 0; }
.hit { display: grid; gap: 0.1rem; padding: 0.5rem 0; border-top: 1px solid var(--line); }
.hit:first-child { border-top: 0; }
.hit a { text-decoration: none; }
.hit-provider { color: var(--muted); }
.hit-code { font-family: ui-monospace, Menlo, Consolas, monospace; font-weight: 600; }
.hit-name { color: var(--muted); font-size: 0.85rem; font-family: ui-monospace, Menlo, Consolas, monospace; }
.hit-title.alt { font-size: 0.9rem; }
.empty { color: var(--muted); }

.playground form { display: grid; gap: 0.75rem; }
.playground .example-picker { margin-bottom: 0.75rem; }
.playground label { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.9rem; color: var(--muted); min-width: 0; }
.playground .row { display: grid; grid-template-columns: 1fr; gap: 0.75rem; }
.empty-state { border: 1px dashed var(--line); border-radius: var(--radius); padding: 0.75rem 1rem; }
.empty-state h2 { margin-top: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.permalink { font-size: 0.8rem; color: var(--muted); margin-left: 0.5rem; }
.entry-head { position: relative; }
.entry-head h3 { display: inline; }
button.copy { font-size: 0.75rem; padding: 0.1rem 0.5rem; margin-left: 0.5rem; vertical-align: middle; }
.example button.copy { float: right; margin: 0.4rem 0.4rem 0 0; }
.side-nav { font-size: 0.9rem; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); padding: 0.5rem 0.75rem; margin: 0.5rem 0 1rem; }
.side-nav summary { font-weight: 600; }
.side-nav h2 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin: 0.75rem 0 0.25rem; }
.side-nav .toc { display: block; margin: 0; }
.side-nav li { padding: 0.1rem 0; }
.side-nav a { text-decoration: none; }
.side-nav a[aria-current] { font-weight: 600; }
.playground textarea { width: 100%; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85rem; }
.playground .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
.playground .actions label { flex: 1 1 14rem; }
.error-box { border: 1px solid var(--bad); color: var(--bad); border-radius: 8px; padding: 0.5rem 0.75rem; }
.api { font-size: 0.9rem; }
.site-foot { border-top: 1px solid var(--line); color: var(--muted); font-size: 0.85rem; padding: 1rem 0 2rem; }

@media (min-width: 40rem) {
  .site-head .wrap { gap: 0.5rem 1rem; }
  .cards { grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); }
  .search { flex: 1 1 18rem; max-width: 28rem; }
  .playground .row { grid-template-columns: minmax(0, 2fr) minmax(7rem, 1fr); }
  .nav { flex: 0 0 auto; width: 15rem; flex-wrap: nowrap; white-space: nowrap; }
  h1 { font-size: 2rem; }
}
@media (min-width: 64rem) {
  .site-head { position: sticky; top: 0; z-index: 5; }
  .entry, .group { scroll-margin-top: 5rem; }
  .langs { margin-left: 0; order: 0; }
  .with-side { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 1.5rem; align-items: start; }
  .side-nav { position: sticky; top: 4.5rem; max-height: calc(100vh - 5.5rem); overflow-y: auto; margin: 0; }
  .side-nav[open] > summary { pointer-events: none; list-style: none; }
  .search { order: 0; }
  .site-head .wrap { flex-wrap: nowrap; }
  .playground .split { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; align-items: start; }
}
`;
