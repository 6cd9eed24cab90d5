// Installing and uninstalling a connector: the impact shown before confirming, then a job panel that follows the
// job until it ends (SUCCEEDED or FAILED; the server fails a job that cannot finish within 5 minutes).

import { h, replace, uid } from './dom.js';
import * as api from './api.js';
import { openDialog } from './dialogs.js';

const TERMINAL = new Set(['SUCCEEDED', 'FAILED']);
const VERB = { install: ['Install', 'Installing', 'Installed'], uninstall: ['Uninstall', 'Uninstalling', 'Uninstalled'] };

/** Asks for confirmation with the impact, then starts the job; resolves to the job, or null when cancelled. */
export async function confirmJob(connector, action) {
  const [verb] = VERB[action];
  const dialog = openDialog({
    title: `${verb} ${connector.name}?`,
    body: h('p', { role: 'status' }, 'Checking what would change…'),
    confirmText: verb,
    danger: action === 'uninstall',
    ready: false,
  });
  api.get(`/store/connectors/${api.enc(connector.id)}/impact${api.query({ action })}`)
    .then((impact) => {
      dialog.setBody(impactView(impact, action));
      dialog.confirmButton.disabled = false;
      dialog.confirmButton.focus();
    })
    .catch((e) => dialog.setBody(h('p', { class: 'message error', role: 'alert' }, `Cannot ${action} now: ${e.message}`)));
  if (!(await dialog.result)) return null;
  const started = await api.post('/store/jobs', { connectorId: connector.id, action });
  if (started && started.id) return started;
  const jobs = await api.get('/store/jobs');
  return (jobs.items || []).find((j) => j.connectorId === connector.id) || null;
}

function impactView(impact, action) {
  const list = (title, items) => (items && items.length
    ? [h('h3', {}, title), h('ul', { class: 'bundles' }, items.map((b) => h('li', {}, b)))] : []);
  const restarted = impact.bundlesRestarted || [];
  const waiting = impact.connections || 0;
  return [
    impact.summary ? h('p', { class: 'summary' }, impact.summary) : null,
    list('Bundles to install', impact.bundlesToInstall),
    list('Bundles to remove', impact.bundlesToRemove),
    restarted.length ? list('Bundles that restart', restarted)
      : (impact.summary ? null : h('p', {}, 'No other connector is restarted.')),
    action === 'uninstall' && waiting > 0
      ? h('p', { class: 'message warn' }, waiting === 1
        ? '1 connection will wait for the connector. It is kept, and its documents are sent once it is installed again.'
        : `${waiting} connections will wait for the connector. They are kept, and their documents are sent once it is `
          + 'installed again.')
      : null,
  ];
}

/**
 * Shows a job in the panel and follows it until it ends; calls onEnd(job) once. The page context stops the
 * polling when the user leaves the page.
 */
export function followJob(ctx, panel, job, connectorName, onEnd) {
  const [, doing, done] = VERB[job.action] || ['', 'Working on', 'Done'];
  const progressId = uid('job-progress');
  const progress = h('progress', { id: progressId, max: '100', value: String(job.progress || 0) });
  const step = h('p', { class: 'step', role: 'status', 'aria-live': 'polite' });
  const box = h('section', { class: 'job card', 'data-job': job.id, 'aria-label': `${doing} ${connectorName}` },
    h('h3', {}, `${doing} ${connectorName}`),
    h('label', { for: progressId }, 'Progress'), progress, step);
  panel.prepend(box);

  const show = (j) => {
    progress.value = j.status === 'SUCCEEDED' ? 100 : (j.progress || 0);
    box.dataset.status = j.status;
    if (j.status === 'SUCCEEDED') {
      step.textContent = `${done}: ${jobSummary(j)}`;
      step.className = 'step ok';
    } else if (j.status === 'FAILED') {
      step.textContent = `Failed: ${j.message || 'the job did not finish'}. Nothing else was changed.`;
      step.className = 'step error';
    } else {
      step.textContent = `${j.step || (j.status === 'QUEUED' ? 'Waiting to start' : 'Working')} — ${j.progress || 0} %`;
    }
  };
  show(job);
  let ended = TERMINAL.has(job.status);
  if (ended) { onEnd(job); return; }
  ctx.poll(async () => {
    if (ended) return false;
    const j = await api.get(`/store/jobs/${api.enc(job.id)}`);
    show(j);
    if (!TERMINAL.has(j.status)) return true;
    ended = true;
    onEnd(j);
    return false;
  }, 1000);
}

function jobSummary(j) {
  const parts = [];
  const n = (list) => (list ? list.length : 0);
  if (n(j.bundlesInstalled)) parts.push(`${n(j.bundlesInstalled)} bundle(s) installed`);
  if (n(j.bundlesRemoved)) parts.push(`${n(j.bundlesRemoved)} bundle(s) removed`);
  parts.push(n(j.bundlesRestarted) ? `${n(j.bundlesRestarted)} other bundle(s) restarted` : 'no other connector restarted');
  return `${parts.join(', ')}.`;
}

/** Removes finished job panels older than the newest few, so the page does not grow without end. */
export function trimJobs(panel, keep = 3) {
  const boxes = [...panel.querySelectorAll('.job')];
  boxes.slice(keep).forEach((b) => b.remove());
  if (!panel.children.length) replace(panel);
}
