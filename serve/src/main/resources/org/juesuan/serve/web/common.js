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
  role: {reviewer: '审核人', admin: '管理员'},
  current: null,
  /* Who is logged in, and the CSRF token every change must carry back (X-CSRF-Token). */
  async session() {
    if (!J.current) J.current = await J.api('GET', '/api/session');
    return J.current;
  },
  toLogin() { location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search); },
  /* Headers of the pages' own calls: X-Requested-With keeps the server from asking the browser for Basic credentials. */
  async headers(method) {
    const headers = {'Accept': 'application/json', 'X-Requested-With': 'juesuan'};
    if (method !== 'GET') headers['X-CSRF-Token'] = (await J.session()).csrfToken;
    return headers;
  },
  async api(method, url, body) {
    const headers = await J.headers(method);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    if (response.status === 401) { J.toLogin(); throw new Error('请先登录'); }
    const data = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(data.error || data.title || ('HTTP ' + response.status));
    return data;
  },
  /* Fills the header's user box: the name, user management for admins, and logout. */
  async who() {
    const box = document.getElementById('who');
    if (!box) return;
    const me = await J.session();
    const logout = J.el('button', {type: 'button', id: 'logout'}, '退出');
    logout.addEventListener('click', async () => { await J.api('POST', '/logout'); location.href = '/login.html'; });
    box.replaceChildren(J.el('span', {id: 'user'}, me.name + '（' + (J.role[me.role] || me.role) + '）'),
      me.role === 'admin' ? J.el('a', {href: '/users.html', id: 'manage-users'}, '用户管理') : null, logout);
  },
  time(iso) { return iso ? new Date(iso).toLocaleString('zh-CN', {hour12: false}) : ''; }
};
document.addEventListener('DOMContentLoaded', () => J.who().catch(() => {}));
