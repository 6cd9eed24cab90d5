// Start-up, the header and the hash router. Each page renders into a fresh container and gets a context whose
// pollers stop when the user navigates away.

import { h, replace } from './dom.js';
import * as api from './api.js';
import { tenantName, connectionsArea } from './labels.js';
import { renderSignIn } from './signin.js';
import { renderStore } from './store.js';
import { renderConnections } from './connections.js';
import { renderConnectionEdit } from './connection-edit.js';
import { renderStatus } from './status.js';
import { renderDocuments } from './documents.js';
import { renderDocument } from './document-detail.js';
import { renderBackfills } from './backfills.js';
import { renderClients, renderClient, showsClients } from './clients.js';

const ROUTES = [
  { path: /^\/store$/, nav: 'store', title: 'Store', render: renderStore },
  { path: /^\/connections$/, nav: 'connections', title: 'Connections', render: renderConnections },
  { path: /^\/connections\/new\/([^/]+)$/, nav: 'connections', title: 'New connection',
    render: (el, ctx, [connectorId]) => renderConnectionEdit(el, ctx, { connectorId }) },
  { path: /^\/connections\/([^/]+)$/, nav: 'connections', title: 'Connection',
    render: (el, ctx, [connectionId]) => renderConnectionEdit(el, ctx, { connectionId }) },
  { path: /^\/clients$/, nav: 'clients', title: 'Clients', render: renderClients },
  { path: /^\/clients\/([^/]+)$/, nav: 'clients', title: 'Client',
    render: (el, ctx, [clientId]) => renderClient(el, ctx, clientId) },
  { path: /^\/status$/, nav: 'status', title: 'Status', render: renderStatus },
  { path: /^\/documents$/, nav: 'documents', title: 'Documents', render: renderDocuments },
  { path: /^\/documents\/([^/]+)$/, nav: 'documents', title: 'Document',
    render: (el, ctx, [documentId]) => renderDocument(el, ctx, documentId) },
  { path: /^\/backfills$/, nav: 'backfills', title: 'Backfills', render: renderBackfills },
];

const state = { session: null, tenants: [], page: null };
const main = document.getElementById('main');

/** What a page gets: who is signed in, the tenants in scope, and timers bound to the page's lifetime. */
function pageContext() {
  const page = { alive: true, timers: new Set() };
  state.page = page;
  return {
    session: state.session,
    isAdmin: Boolean(state.session && state.session.admin),
    tenants: state.tenants,
    alive: () => page.alive,
    /** Runs fn now and then every ms while the page is shown (never two runs at once) until fn returns false. */
    poll(fn, ms) {
      const tick = async () => {
        if (!page.alive) return;
        try {
          if ((await fn()) === false) return;
        } catch (e) {
          if (e && e.status === 401) return;
        }
        if (page.alive) page.timers.add(setTimeout(tick, ms));
      };
      tick();
    },
    /** Renders the current route again (e.g. after saving). */
    reload: () => route(),
    after(ms, fn) { page.timers.add(setTimeout(() => page.alive && fn(), ms)); },
    async reloadTenants() {
      state.tenants = (await api.get('/tenants')).items || [];
      return state.tenants;
    },
  };
}

function leavePage() {
  if (!state.page) return;
  state.page.alive = false;
  state.page.timers.forEach(clearTimeout);
  state.page = null;
}

async function route() {
  leavePage();
  if (!state.session) {
    showSignIn();
    return;
  }
  const path = location.hash.slice(1).split('?')[0];
  const match = ROUTES.map((r) => ({ r, m: r.path.exec(path) })).find((x) => x.m);
  if (!match) {
    location.replace('#/store');
    return;
  }
  const { r, m } = match;
  const area = connectionsArea({ isAdmin: Boolean(state.session.admin) });
  const title = r.title === 'Connections' ? area : r.title;
  document.title = `${title} · Ledgerbridge`;
  markNav(r.nav);
  const container = h('div', { class: 'page' });
  replace(main, container);
  try {
    await r.render(container, pageContext(), m.slice(1).map(decodeURIComponent));
  } catch (e) {
    if (e && e.status === 401) return;
    replace(container, h('h1', {}, r.title),
      h('p', { class: 'message error', role: 'alert' }, e && e.message ? e.message : 'Something went wrong.'));
  }
}

function markNav(active) {
  document.querySelectorAll('#nav a[data-route]').forEach((a) => {
    if (a.dataset.route === active) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  setMenu(false);
}

function setMenu(open) {
  document.getElementById('menu-toggle').setAttribute('aria-expanded', String(open));
  document.getElementById('nav').classList.toggle('open', open);
}

function showSignIn(message) {
  leavePage();
  state.session = null;
  document.getElementById('topbar').hidden = true;
  document.title = 'Sign in · Ledgerbridge';
  const container = h('div', { class: 'page signin-page' });
  replace(main, container);
  renderSignIn(container, message, enterApp);
}

async function enterApp(session) {
  state.session = session;
  state.tenants = (await api.get('/tenants')).items || [];
  const tenant = session.tenantId ? tenantName(state.tenants, session.tenantId) : 'all tenants';
  document.getElementById('who').textContent = `${session.user} · ${session.admin ? 'Administrator, ' : ''}${tenant}`;
  document.getElementById('nav-clients').hidden = !showsClients(session, state.tenants);
  document.querySelector('#nav a[data-route=connections]').textContent = connectionsArea({ isAdmin: session.admin });
  document.getElementById('topbar').hidden = false;
  if (!location.hash || location.hash === '#/' || location.hash.startsWith('#/signin')) {
    history.replaceState(null, '', '#/store');
  }
  await route();
}

function wireHeader() {
  document.getElementById('menu-toggle').addEventListener('click', () => {
    setMenu(document.getElementById('menu-toggle').getAttribute('aria-expanded') !== 'true');
  });
  document.getElementById('sign-out').addEventListener('click', () => {
    api.signOut().catch(() => {});
  });
}

async function start() {
  wireHeader();
  api.onSignedOut((reason) => showSignIn(reason === 'expired'
    ? 'Your session has ended. Please sign in again.' : 'You are signed out.'));
  window.addEventListener('hashchange', () => { route(); });
  let session = null;
  try {
    session = await api.loadSession();
  } catch (e) {
    showSignIn(e.message);
    return;
  }
  if (!session) {
    showSignIn();
    return;
  }
  try {
    await enterApp(session);
  } catch (e) {
    if (e.status !== 401) showSignIn(e.message); // a 401 has already shown the sign-in page
  }
}

start();
