// Filters the findings by severity and rule. Plain DOM: the report must work offline, from file://.
(function () {
  'use strict';
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
  var findings = Array.prototype.slice.call(document.querySelectorAll('li.finding'));
  var shown = document.getElementById('shown');
  function chosen(kind) {
    return boxes.filter(function (b) { return b.dataset.filter === kind && b.checked; })
      .map(function (b) { return b.value; });
  }
  function apply() {
    var severities = chosen('severity');
    var rules = chosen('rule');
    var visible = 0;
    findings.forEach(function (f) {
      var show = severities.indexOf(f.dataset.severity) >= 0 && rules.indexOf(f.dataset.rule) >= 0;
      f.hidden = !show;
      if (show) { visible++; }
    });
    if (shown) { shown.textContent = '显示 ' + visible + ' / ' + findings.length + ' 条'; }
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
})();
