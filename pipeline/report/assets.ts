/** The site's stylesheet and script, written as local files beside the pages (no CDN, no network). */

export const STYLE = `:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --accent: #2456a6; --mark: #ffe27a; --planned: #b3541e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fbfbfd; }
header { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .6rem 1.25rem; background: #fff; border-bottom: 1px solid var(--line); }
nav a { margin-right: 1rem; color: var(--accent); text-decoration: none; font-weight: 600; }
nav a[aria-current="page"] { color: var(--ink); border-bottom: 2px solid var(--accent); }
#search { flex: 1 1 16rem; max-width: 28rem; padding: .35rem .6rem; font: inherit; border: 1px solid var(--line); border-radius: 6px; }
#search-count { color: var(--muted); font-size: .9rem; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
a { color: var(--accent); }
.counts { display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; list-style: none; }
.counts li { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem; }
.counts b { font-size: 1.3rem; display: block; }
.rows { list-style: none; padding: 0; margin: 0; }
.row { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .6rem .9rem; margin: .5rem 0; }
.row:target { outline: 3px solid var(--mark); }
.row > h2:first-child { margin-top: 0; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
.meta { color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem; border-radius: 4px; background: #e8edf6; color: var(--accent); }
.badge.planned { background: #f8e6dc; color: var(--planned); }
blockquote { margin: .3rem 0; padding-left: .75rem; border-left: 3px solid var(--line); }
.evidence { font-size: .9rem; color: var(--muted); }
.text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; line-height: 1.6; }
mark { background: var(--mark); padding: .05rem 0; }
figure.timeline { margin: 1rem 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: .5rem; }
figure.timeline figcaption { color: var(--muted); font-size: .85rem; padding: 0 .5rem; }
svg .mark { fill: var(--accent); fill-opacity: .75; }
svg .mark.period { fill-opacity: .3; }
svg .mark.planned { fill: var(--planned); }
svg a:hover .mark { fill-opacity: 1; }
svg .tick line { stroke: var(--line); }
svg .tick text { font-size: 11px; fill: var(--muted); text-anchor: middle; }
svg .lane { font-size: 11px; fill: var(--ink); text-anchor: end; }
.empty { color: var(--muted); }
[hidden] { display: none !important; }
`;

/** Search: filters the page's rows by their text. Evidence: highlights code points [start, end) of the article text named in `#span=start-end`. */
export const SCRIPT = `(function () {
  'use strict';
  var box = document.getElementById('search');
  if (box) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('[data-search]'));
    var count = document.getElementById('search-count');
    var apply = function () {
      var q = box.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (r) {
        var hit = !q || r.textContent.toLowerCase().indexOf(q) !== -1;
        r.hidden = !hit;
        if (hit) shown++;
      });
      count.textContent = q ? shown + ' of ' + rows.length : '';
    };
    box.addEventListener('input', apply);
    var q = new URLSearchParams(location.search).get('q');
    if (q) { box.value = q; apply(); }
  }
  var text = document.getElementById('text');
  if (text) {
    var full = text.textContent;
    var points = Array.from(full);
    var show = function () {
      var m = /^#span=(\\d+)-(\\d+)$/.exec(location.hash);
      if (!m) { text.textContent = full; return; }
      var start = Number(m[1]), end = Number(m[2]);
      var mark = document.createElement('mark');
      mark.id = 'evidence';
      mark.textContent = points.slice(start, end).join('');
      text.replaceChildren(points.slice(0, start).join(''), mark, points.slice(end).join(''));
      mark.scrollIntoView({ block: 'center' });
    };
    window.addEventListener('hashchange', show);
    show();
  }
})();
`;
