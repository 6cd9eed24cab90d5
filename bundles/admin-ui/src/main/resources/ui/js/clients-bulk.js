// "Add for several clients" on the Clients page: an accounting firm pastes (or uploads as a CSV file) a list of
// client → settings, e.g. each client's company code; "Check" asks the server for a dry run, "Add integrations"
// creates those that pass. Either way the table says per line what happened (POST /connections/{id}/clients).

import { h, replace, say, field, liveRegion } from './dom.js';
import * as api from './api.js';
import { tenantName } from './labels.js';
import { resultSummary, resultsTable, resultTone, failedLines } from './bulk-results.js';

/** The section, or null when no connection of a partner with clients can take client integrations. */
export function bulkSection(ctx, connections, onAdded) {
  const partners = connections.filter((c) => !c.partnerConnectionId && c.installed
    && ctx.tenants.some((t) => t.parentId === c.tenantId));
  if (!partners.length) return null;
  const ui = controls(ctx, partners);
  const section = h('details', { class: 'card bulk', id: 'bulk-add' },
    h('summary', {}, h('h2', {}, 'Add for several clients')),
    h('p', { class: 'help' }, 'One line per client: the client (its name or id) and the values where it differs '
      + 'from the partner’s connection, e.g. its company code. The first line names the columns: client, then the '
      + 'settings. Separate them with ; , or a tab. “Check” changes nothing; “Add integrations” adds every line '
      + 'that passes and says for each line why it did not.'),
    h('form', { class: 'bulk-form', novalidate: true }, ui.from.wrap, ui.example, ui.rows.wrap, ui.file.wrap,
      h('div', { class: 'actions' }, ui.check, ui.add), ui.status),
    ui.results);
  ui.from.input.addEventListener('change', () => showExample(ui, partners));
  ui.file.input.addEventListener('change', () => readFile(ui));
  ui.check.addEventListener('click', () => submit(ui, true, onAdded));
  ui.add.addEventListener('click', () => submit(ui, false, onAdded));
  section.addEventListener('toggle', () => { if (section.open) showExample(ui, partners); }, { once: true });
  return section;
}

function controls(ctx, partners) {
  const select = h('select', { id: 'bulk-from', name: 'partnerConnection' },
    partners.map((p) => h('option', { value: p.id }, `${p.name} (${tenantName(ctx.tenants, p.tenantId)})`)));
  const rows = h('textarea', { id: 'bulk-rows', name: 'rows', rows: '6', spellcheck: 'false', autocomplete: 'off',
    placeholder: 'client;companyCode\nHundeschule Bello;ACME' });
  const file = h('input', { type: 'file', id: 'bulk-file', name: 'file', accept: '.csv,text/csv,text/plain' });
  return {
    from: field("The partner's connection", select, 'The integrations take its settings, except the columns you give.'),
    example: h('p', { class: 'help bulk-example', id: 'bulk-example' }),
    rows: field('Clients and their values (CSV)', rows),
    rowsError: null,
    file: field('Or read a CSV file', file, 'Its lines are put into the box above, where you can check them.'),
    check: h('button', { type: 'button', class: 'secondary', id: 'bulk-check' }, 'Check'),
    add: h('button', { type: 'button', class: 'primary', id: 'bulk-add-button' }, 'Add integrations'),
    status: liveRegion('bulk-status'),
    results: h('div', { class: 'bulk-results-slot', id: 'bulk-results', tabindex: '-1', 'aria-label': 'Results' }),
  };
}

/** The columns the chosen connection's connector takes, from its settings form. */
async function showExample(ui, partners) {
  const chosen = partners.find((p) => p.id === ui.from.input.value) || partners[0];
  try {
    const form = await api.get(`/store/connectors/${api.enc(chosen.connectorId)}/form`);
    const own = (form.fields || []).filter((f) => !f.common);
    const example = own.find((f) => f.id === 'companyCode') || own[0];
    ui.example.textContent = own.length ? `Columns you can use besides client: ${own.map((f) => `${f.id} (${f.name})`)
      .join(', ')}.${example ? ` Example first line: client;${example.id}` : ''}` : '';
  } catch (e) {
    ui.example.textContent = '';
  }
}

async function readFile(ui) {
  const file = ui.file.input.files && ui.file.input.files[0];
  if (!file) return;
  try {
    ui.rows.input.value = await file.text();
    const lines = ui.rows.input.value.split(/\r?\n/).filter((l) => l.trim()).length;
    setRowsError(ui, '');
    say(ui.status, `Read “${file.name}”: ${lines} line${lines === 1 ? '' : 's'}. Press “Check” to see what would be `
      + 'added.', 'info');
  } catch (e) {
    say(ui.status, `Could not read “${file.name}”: ${e.message}. Choose the file again, or paste its lines.`, 'error');
  }
}

function setRowsError(ui, message) {
  const input = ui.rows.input;
  if (!ui.rowsError) {
    ui.rowsError = h('p', { class: 'field-error', id: 'bulk-rows-error', hidden: true });
    ui.rows.wrap.append(ui.rowsError);
    input.setAttribute('aria-describedby', ui.rowsError.id);
  }
  ui.rowsError.textContent = message;
  ui.rowsError.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

async function submit(ui, dryRun, onAdded) {
  const text = ui.rows.input.value.trim();
  replace(ui.results);
  if (!text) {
    setRowsError(ui, 'Clients and their values: paste the lines (a header line, then one line per client) or '
      + 'choose a CSV file. Nothing was checked or added.');
    say(ui.status, '');
    ui.rows.input.focus();
    return;
  }
  setRowsError(ui, '');
  [ui.check, ui.add].forEach((b) => { b.disabled = true; });
  say(ui.status, dryRun ? 'Checking the lines…' : 'Adding the integrations…', 'info');
  try {
    const path = `/connections/${api.enc(ui.from.input.value)}/clients${dryRun ? '?dryRun=true' : ''}`;
    const answer = await api.postText(path, `${text}\n`, 'text/csv; charset=utf-8');
    const retry = dryRun ? null : failedLines(text, answer);
    if (retry) ui.rows.input.value = retry;
    say(ui.status, resultSummary(answer) + (retry ? ' The box above now holds only the lines that failed.' : ''),
      resultTone(answer));
    replace(ui.results, resultsTable(answer));
    if (!dryRun && answer.added) onAdded();
  } catch (e) {
    say(ui.status, '');
    replace(ui.results, wholeListError(e, dryRun));
  } finally {
    [ui.check, ui.add].forEach((b) => { b.disabled = false; });
  }
  ui.results.focus();
}

/** A list refused as a whole (422: no lines, an unknown column, too many lines): nothing was created. */
function wholeListError(e, dryRun) {
  return h('div', { class: 'message error', role: 'alert' },
    h('p', {}, `${dryRun ? 'Not checked' : 'Nothing was added'}: ${e.message}`),
    (e.fields || []).length ? h('ul', {}, e.fields.map((f) => h('li', {}, `${listField(f.field)}: ${f.message}`)))
      : null,
    h('p', {}, 'Correct the list and try again.'));
}

/** The server's name of what is wrong, in words: the list itself, or a setting of one of its clients. */
function listField(name) {
  if (name === 'csv' || name === 'clients') return 'The list';
  const m = /^clients\[(\d+)\]\.settings\.(.+)$/.exec(name || '');
  return m ? `Client ${Number(m[1]) + 1}, setting ${m[2]}` : name;
}
