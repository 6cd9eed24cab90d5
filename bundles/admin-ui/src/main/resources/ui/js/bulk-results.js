// The answer of POST /connections/{id}/clients as a table: one row per line of the list, added (with a link to the
// new integration), would be added (a check), or why not and what to do.

import { h, sentence } from './dom.js';

/** The one-sentence summary of a check or an add, for the live region. */
export function resultSummary(answer) {
  const rows = answer.results || [];
  const failed = rows.filter((r) => !r.ok).length;
  const ok = rows.length - failed;
  const lines = `${rows.length} line${rows.length === 1 ? '' : 's'}`;
  if (answer.dryRun) {
    if (!failed) return `Checked ${lines}: all ${ok} can be added. Nothing was created yet: press “Add integrations”.`;
    return `Checked ${lines}: ${ok} can be added, ${failed} cannot (see the reason in its row). Nothing was created `
      + 'yet: correct those lines, or press “Add integrations” to add the others.';
  }
  const added = typeof answer.added === 'number' ? answer.added : ok;
  const text = `Added ${added} integration${added === 1 ? '' : 's'}.`;
  if (!failed) return `${text} Each one runs with the partner's settings and its own values.`;
  return `${text} ${failed === 1 ? '1 line failed and created nothing: correct it'
    : `${failed} lines failed and created nothing: correct them`}, then add again.`;
}

/** The tone of the summary: a check informs; an add is ok when every line was added. */
export function resultTone(answer) {
  if (answer.dryRun) return 'info';
  return (answer.results || []).some((r) => !r.ok) ? 'error' : 'ok';
}

/**
 * The list to try again after an add: its header and the lines that failed (the ones added would fail as
 * already added); null when nothing failed, or when a line cannot be found by its number (e.g. a quoted line break).
 */
export function failedLines(text, answer) {
  const failed = (answer.results || []).filter((r) => !r.ok);
  if (!failed.length) return null;
  const lines = text.split(/\r?\n/);
  const header = lines.find((l) => l.trim());
  const again = failed.map((r) => lines[r.line - 1]);
  return again.every((l) => l && l.trim()) ? [header, ...again].join('\n') : null;
}

/** The per-line table (caption and column headers for screen readers). */
export function resultsTable(answer) {
  const rows = answer.results || [];
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'data bulk-results cards-on-phone', id: 'bulk-results-table' },
      h('caption', { class: 'visually-hidden' }, answer.dryRun ? 'Check of each line' : 'Result of each line'),
      h('thead', {}, h('tr', {}, ['Line', 'Client', 'Result', 'Message'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows.map((r) => row(r, answer.dryRun)))));
}

function row(r, dryRun) {
  return h('tr', { 'data-line': r.line, 'data-ok': String(Boolean(r.ok)) },
    h('td', { class: 'num', 'data-label': 'Line' }, String(r.line)),
    h('th', { scope: 'row', 'data-label': 'Client' }, clientText(r)),
    h('td', { class: 'result-cell', 'data-label': 'Result' }, outcome(r, dryRun)),
    h('td', { class: 'message-cell', 'data-label': 'Message' }, sentence(r.message || ''),
      details(r)));
}

/** The per-field errors that say more than the row's message. */
function details(r) {
  const more = (r.errors || []).filter((e) => !(r.message || '').includes(e.message));
  return more.length ? h('ul', { class: 'problems' },
    more.map((e) => h('li', {}, `${fieldName(e.field)}: ${e.message}`))) : null;
}

function clientText(r) {
  if (r.clientName && r.clientName !== r.client) return `${r.clientName} (${r.client})`;
  return r.clientName || r.client || '—';
}

function outcome(r, dryRun) {
  if (!r.ok) return h('span', { class: 'badge error' }, 'Failed');
  if (dryRun || !r.connectionId) return h('span', { class: 'badge info' }, 'Can be added');
  return [h('span', { class: 'badge ok' }, 'Added'), ' ',
    h('a', { href: `#/connections/${encodeURIComponent(r.connectionId)}`, class: 'added-link',
      'aria-label': `Open the integration of ${r.clientName || r.client}` }, 'Open')];
}

function fieldName(field) {
  return field === 'client' ? 'Client' : field;
}
