'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  document.getElementById('next').value = params.get('next') || '/';
  const message = document.getElementById('message');
  if (params.has('failed')) message.textContent = '用户名或密码不正确，或账号已停用。';
  if (params.has('throttled')) message.textContent = '登录失败次数过多，请十分钟后再试。';
  message.hidden = !message.textContent;
})();
