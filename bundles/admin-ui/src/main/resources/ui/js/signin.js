// The sign-in page: user name and password, checked by the server against Karaf JAAS.

import { h, field, say } from './dom.js';
import * as api from './api.js';

export function renderSignIn(container, notice, onSignedIn) {
  const user = h('input', { type: 'text', name: 'user', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { class: 'message', role: 'alert', id: 'signin-message' });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', { class: 'card signin', novalidate: true, 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in to Ledgerbridge'),
    notice ? h('p', { class: 'message info', role: 'status' }, notice) : null,
    field('User name', user).wrap,
    field('Password', password).wrap,
    message,
    h('div', { class: 'actions' }, button));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!user.value.trim() || !password.value) {
      say(message, 'Enter your user name and password.', 'error');
      (user.value.trim() ? password : user).focus();
      return;
    }
    button.disabled = true;
    say(message, 'Signing in…', 'info');
    try {
      const session = await api.signIn(user.value.trim(), password.value);
      password.value = '';
      await onSignedIn(session);
    } catch (e) {
      say(message, signInError(e), 'error');
      password.value = '';
      password.focus();
    } finally {
      button.disabled = false;
    }
  });
  container.append(form);
  user.focus();
}

function signInError(e) {
  switch (e.status) {
    case 401: return 'The user name or password is wrong.';
    case 403:
      // a well-known password from another machine: the server says why and how to change it
      if (e.fieldMessage('password')) return e.message;
      return 'This user has no access to Ledgerbridge (it needs the admin role, or the partner role with a tenant).';
    default: return e.message;
  }
}
