// Sorts the documents table by a clicked header and filters its rows by a text box. Plain DOM, offline.
(function () {
  'use strict';
  var table = document.getElementById('documents');
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var filter = document.getElementById('filter');
  var shown = document.getElementById('shown');
  function key(row, column, numeric) {
    var text = row.cells[column].textContent.trim();
    if (!numeric) { return text; }
    var n = parseFloat(text);
    return isNaN(n) ? -Infinity : n;
  }
  headers.forEach(function (th, column) {
    th.querySelector('button').addEventListener('click', function () {
      var numeric = th.dataset.type === 'num';
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(function (h) { h.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a, column, numeric), y = key(b, column, numeric);
        var c = numeric ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return ascending ? c : -c;
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });
  function apply() {
    var words = filter.value.trim().toLowerCase();
    var visible = 0;
    rows.forEach(function (r) {
      var show = words === '' || r.textContent.toLowerCase().indexOf(words) >= 0;
      r.hidden = !show;
      if (show) { visible++; }
    });
    shown.textContent = '显示 ' + visible + ' / ' + rows.length + ' 份';
  }
  filter.addEventListener('input', apply);
  apply();
})();
