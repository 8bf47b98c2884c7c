'use strict';
(function () {
  const error = document.getElementById('error');
  const path = name => '/api/users/' + encodeURIComponent(name);

  function button(label, cls, run) {
    const b = J.el('button', {type: 'button', 'class': cls}, label);
    b.addEventListener('click', async () => {
      error.textContent = '';
      try { await run(); await load(); } catch (e) { error.textContent = e.message; }
    });
    return b;
  }

  function row(u) {
    const password = J.el('input', {type: 'password', 'class': 'new-password', placeholder: '新密码', autocomplete: 'new-password'});
    return J.el('tr', {'data-name': u.name, 'class': u.disabled ? 'disabled' : ''},
      J.el('td', {}, u.name), J.el('td', {}, J.role[u.role] || u.role), J.el('td', {}, J.time(u.createdAt)),
      J.el('td', {}, u.disabled ? '已停用' : '正常'),
      J.el('td', {}, password,
        button('重设密码', 'reset', () => J.api('POST', path(u.name) + '/password', {password: password.value})),
        button(u.role === 'admin' ? '改为审核人' : '改为管理员', 'role',
          () => J.api('POST', path(u.name) + '/role', {role: u.role === 'admin' ? 'reviewer' : 'admin'})),
        button(u.disabled ? '启用' : '停用', 'disable', () => J.api('POST', path(u.name) + '/disabled', {disabled: !u.disabled}))));
  }

  async function load() {
    const users = await J.api('GET', '/api/users');
    document.getElementById('rows').replaceChildren(...users.map(row));
  }

  document.getElementById('create').addEventListener('submit', async e => {
    e.preventDefault();
    const message = document.getElementById('createError');
    message.textContent = '';
    try {
      await J.api('POST', '/api/users', {name: document.getElementById('name').value.trim(),
        role: document.getElementById('role').value, password: document.getElementById('password').value});
      e.target.reset();
      await load();
    } catch (err) { message.textContent = err.message; }
  });
  load().catch(e => { error.textContent = e.message; });
})();
