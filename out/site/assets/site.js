(function () {
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
      var m = /^#span=(\d+)-(\d+)$/.exec(location.hash);
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
