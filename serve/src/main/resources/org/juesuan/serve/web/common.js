'use strict';
/* Shared by the pages: elements built with textContent only (document text never becomes markup). */
const J = {
  el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  },
  status: {queued: '排队中', reading: '读取中', done: '已完成', failed: '失败'},
  severity: {error: '错误', warning: '警告', info: '提示'},
  decision: {open: '待处理', confirmed: '已确认', dismissed: '已驳回'},
  trend: {new: '新增', present: '仍存在', resolved: '已解决'},
  reviewer() { return localStorage.getItem('juesuan.reviewer') || ''; },
  async api(method, url, body) {
    const headers = {'Accept': 'application/json'};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const name = J.reviewer();
    if (name) headers['X-Reviewer'] = encodeURIComponent(name);
    const response = await fetch(url, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || data.title || ('HTTP ' + response.status));
    return data;
  },
  time(iso) { return iso ? new Date(iso).toLocaleString('zh-CN', {hour12: false}) : ''; }
};
