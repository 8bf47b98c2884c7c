'use strict';
(function () {
  const id = new URLSearchParams(location.search).get('id');
  let current = null;

  function summary(d) {
    const box = document.getElementById('summary');
    box.replaceChildren(...[
      J.el('h1', {}, d.organization || d.title || d.sourceName),
      J.el('p', {}, [d.fiscalYear ? d.fiscalYear + ' 年度' : '年度未识别', d.format, d.pages ? d.pages + ' 页' : null,
        '文件 ' + d.sourceName, '状态 ' + J.status[d.status] + (d.reason ? '：' + d.reason : '')].filter(Boolean).join(' · ')),
      J.el('p', {'class': 'counts'},
        J.el('span', {'class': 'error'}, '错误 ' + d.counts.error), J.el('span', {'class': 'warning'}, '警告 ' + d.counts.warning),
        J.el('span', {'class': 'info'}, '提示 ' + d.counts.info), J.el('span', {}, '已处理 ' + d.counts.decided),
        J.el('span', {'class': 'open'}, '待处理 ' + d.counts.open)),
      d.otherYears.length ? J.el('p', {}, '同一单位的其他年度：',
        ...d.otherYears.map(o => J.el('a', {href: '/document.html?id=' + o.id, 'class': 'year'}, o.fiscalYear + ' 年度'))) : null]
      .filter(Boolean));
  }

  function card(f, resolved) {
    const state = J.el('span', {'class': 'decision ' + f.decision}, J.decision[f.decision]);
    const head = J.el('div', {'class': 'head'},
      J.el('span', {'class': 'sev ' + f.severity}, J.severity[f.severity]),
      J.el('span', {'class': 'rule'}, f.ruleName + '（' + f.rule + '）'),
      J.el('span', {'class': 'trend ' + f.trend}, J.trend[f.trend]), state);
    const body = [head, J.el('p', {'class': 'message'}, f.message)];
    if (f.stated || f.expected) body.push(J.el('p', {'class': 'values'}, f.stated ? '文中：' + f.stated : '', f.expected ? '　应为：' + f.expected : ''));
    body.push(J.el('blockquote', {}, f.sentence));
    body.push(J.el('p', {'class': 'where'}, '第 ' + f.page + ' 页' + (f.sectionPath ? ' · ' + f.sectionPath : '')));
    if (f.otherDocumentId) body.push(J.el('p', {'class': 'other-year'},
      J.el('a', {href: '/document.html?id=' + encodeURIComponent(f.otherDocumentId), 'class': 'other-document'}, '查看对照的上年文件')));
    if (f.comment) body.push(J.el('p', {'class': 'reason'}, (f.decision === 'dismissed' ? '驳回理由：' : '说明：') + f.comment
      + (f.decidedBy ? '（' + f.decidedBy + '，' + J.time(f.decidedAt) + '）' : '')));
    for (const c of f.comments) body.push(J.el('p', {'class': 'comment'}, (c.author || '') + '：' + c.body + '（' + J.time(c.at) + '）'));
    const element = J.el('article', {'class': 'finding ' + f.severity + ' ' + f.decision, 'data-id': f.id,
      'data-fingerprint': f.fingerprint, 'data-severity': f.severity, 'data-decision': f.decision}, ...body);
    if (!resolved) element.append(actions(f));
    return element;
  }

  function actions(f) {
    const text = J.el('textarea', {'class': 'note', rows: '2', placeholder: '理由或评论（驳回时必填）'});
    const error = J.el('span', {'class': 'error-text'});
    const act = (label, cls, run) => {
      const b = J.el('button', {type: 'button', 'class': cls}, label);
      b.addEventListener('click', async () => {
        error.textContent = '';
        try { await run(text.value.trim()); await refresh(); } catch (e) { error.textContent = e.message; }
      });
      return b;
    };
    const buttons = [
      act('确认', 'confirm', note => J.api('POST', '/api/findings/' + f.id + '/decision', {decision: 'confirmed', comment: note || null})),
      act('驳回', 'dismiss', note => {
        if (!note) { text.focus(); throw new Error('驳回须写明理由'); }
        return J.api('POST', '/api/findings/' + f.id + '/decision', {decision: 'dismissed', comment: note});
      }),
      act('评论', 'comment', note => {
        if (!note) { text.focus(); throw new Error('请先写评论'); }
        return J.api('POST', '/api/findings/' + f.id + '/comments', {comment: note});
      })];
    if (f.decision !== 'open') buttons.push(act('撤销决定', 'reopen', () => J.api('POST', '/api/findings/' + f.id + '/decision', {decision: 'open'})));
    const box = J.el('div', {'class': 'actions'}, text, ...buttons, error);
    if (current && current.format === 'PDF') {
      const show = J.el('button', {type: 'button', 'class': 'page'}, '查看原页面');
      show.addEventListener('click', () => {
        const img = J.el('img', {'class': 'page-image', alt: '第 ' + f.page + ' 页', src: '/api/findings/' + f.id + '/page.png'});
        show.replaceWith(img);
      });
      box.append(show);
    }
    return box;
  }

  function render(d) {
    const shown = new Set([...document.querySelectorAll('.sev:checked')].map(c => c.value));
    const decision = document.getElementById('decisionFilter').value;
    const keep = f => shown.has(f.severity) && (!decision || f.decision === decision);
    const list = document.getElementById('findings');
    const order = {error: 0, warning: 1, info: 2};
    const sorted = d.findings.filter(keep).sort((a, b) => order[a.severity] - order[b.severity] || a.id - b.id);
    list.replaceChildren(...sorted.map(f => card(f, false)));
    if (d.status === 'done' && d.findings.length === 0) list.append(J.el('p', {'class': 'empty'}, '未发现问题。'));
    document.getElementById('resolvedTitle').hidden = d.resolved.length === 0;
    document.getElementById('resolved').replaceChildren(...d.resolved.map(f => card(f, true)));
  }

  async function refresh() {
    const d = await J.api('GET', '/api/documents/' + encodeURIComponent(id));
    const first = current === null || current.status !== d.status;
    current = d;
    document.title = '决算公开核查 · ' + (d.organization || d.sourceName);
    summary(d);
    render(d);
    if (first && d.status === 'done') document.getElementById('report').src = '/api/documents/' + d.id + '/report';
    if (d.status === 'queued' || d.status === 'reading') setTimeout(refresh, 1000);
  }

  document.querySelectorAll('.sev').forEach(c => c.addEventListener('change', () => render(current)));
  document.getElementById('decisionFilter').addEventListener('change', () => render(current));
  refresh().catch(e => document.getElementById('summary').replaceChildren(J.el('p', {'class': 'error-text'}, '无法打开文档：' + e.message)));
})();
