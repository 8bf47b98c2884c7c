'use strict';
(function () {
  const rows = document.getElementById('rows');
  const uploads = document.getElementById('uploads');

  function query() {
    const p = new URLSearchParams();
    for (const id of ['q', 'year', 'status', 'open']) {
      const v = document.getElementById(id).value.trim();
      if (v) p.set(id, v);
    }
    return p.toString();
  }

  async function load() {
    const documents = await J.api('GET', '/api/documents?' + query());
    rows.replaceChildren(...documents.map(d => J.el('tr', {'data-id': d.id, 'class': 'status-' + d.status},
      J.el('td', {}, String(d.id)),
      J.el('td', {}, J.el('a', {href: '/document.html?id=' + d.id, 'class': 'open-document'}, d.organization || d.title || '（未识别单位）')),
      J.el('td', {}, d.fiscalYear ? String(d.fiscalYear) : ''),
      J.el('td', {}, d.sourceName),
      J.el('td', {'class': 'status', title: d.reason || ''}, J.status[d.status] + (d.reason ? '：' + d.reason : '')),
      J.el('td', {'class': 'n error'}, String(d.counts.error)),
      J.el('td', {'class': 'n warning'}, String(d.counts.warning)),
      J.el('td', {'class': 'n info'}, String(d.counts.info)),
      J.el('td', {'class': 'n'}, String(d.counts.decided)),
      J.el('td', {'class': 'n open'}, String(d.counts.open)),
      J.el('td', {}, J.time(d.uploadedAt)))));
    document.getElementById('empty').hidden = documents.length > 0;
    if (documents.some(d => d.status === 'queued' || d.status === 'reading')) setTimeout(load, 1500);
  }

  async function upload(file) {
    const bar = J.el('progress', {max: '100', value: '0'});
    const state = J.el('span', {'class': 'state'}, '上传中…');
    const item = J.el('li', {}, J.el('span', {'class': 'name'}, file.name), bar, state);
    uploads.prepend(item);
    const form = new FormData();
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    const headers = await J.headers('POST');
    xhr.open('POST', '/api/documents');
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = Math.round(100 * e.loaded / e.total); };
    xhr.upload.onload = () => { bar.value = 100; state.textContent = '已上传，正在核查…'; };
    xhr.onload = () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
      if (xhr.status === 401) { J.toLogin(); return; }
      if (xhr.status >= 400) {
        state.textContent = '失败：' + (data.error || xhr.status);
        item.className = 'failed';
      } else {
        const docs = data.documents || [data];
        state.replaceChildren(...docs.map(d => J.el('a', {href: '/document.html?id=' + d.id, 'class': 'uploaded status-' + d.status},
          (d.organization || d.sourceName) + '：' + J.status[d.status]
          + (d.status === 'done' ? '，' + d.counts.error + ' 错误 / ' + d.counts.warning + ' 警告 / ' + d.counts.info + ' 提示' : '')
          + (d.reason ? '（' + d.reason + '）' : ''))));
        item.className = 'done';
      }
      load();
    };
    xhr.onerror = () => { state.textContent = '上传失败（网络错误）'; item.className = 'failed'; };
    xhr.send(form);
    load();
  }

  const drop = document.getElementById('drop');
  drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', e => {
    e.preventDefault();
    drop.classList.remove('over');
    [...e.dataTransfer.files].forEach(upload);
  });
  const input = document.getElementById('file');
  input.addEventListener('change', () => { [...input.files].forEach(upload); input.value = ''; });
  document.getElementById('filters').addEventListener('submit', e => { e.preventDefault(); load(); });
  load();
})();
