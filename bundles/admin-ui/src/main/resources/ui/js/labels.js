// Plain words for the codes of the API.

const TRANSFER = {
  PENDING: 'Waiting',
  IN_FLIGHT: 'Sending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
  SKIPPED: 'Skipped',
  CANCELLED: 'Cancelled',
  WAITING_FOR_CONNECTOR: 'Waiting for connector',
  NEEDS_ATTENTION: 'Needs attention',
};

/** Transfer statuses a document list can be filtered by. */
export const TRANSFER_FILTERS = [
  ['NEEDS_ATTENTION', 'Needs attention'], ['FAILED', 'Failed'], ['PENDING', 'Waiting'], ['DELIVERED', 'Delivered'],
];

const TRANSFER_TONE = {
  DELIVERED: 'ok', FAILED: 'error', SKIPPED: 'warn', WAITING_FOR_CONNECTOR: 'warn', CANCELLED: 'muted',
  NEEDS_ATTENTION: 'warn',
};

export function transferStatus(code) {
  return TRANSFER[code] || (code ? code.toLowerCase().replace(/_/g, ' ') : 'Not sent');
}

export function transferTone(code) {
  return TRANSFER_TONE[code] || 'info';
}

const DETAIL = {
  CONFIGURATION_ERROR: 'A setting is wrong',
  AUTH_ERROR: 'Sign-in to the service failed',
  PERMISSION_ERROR: 'Missing permission',
  COMMUNICATION_ERROR: 'Service not reachable',
  RATE_LIMITED: 'Slowed down by the service',
  CONNECTOR_MISSING: 'Waiting for connector (not installed)',
};

export function connectionStatus(view) {
  if (!view.active) return { text: 'Off', tone: 'muted' };
  if (view.status === 'ONLINE') return { text: 'Online', tone: 'ok' };
  if (view.status === 'OFFLINE') return { text: 'Offline', tone: 'error' };
  return { text: 'Not used yet', tone: 'info' };
}

/** Why a connection is offline, in words; '' when there is no reason (NONE, or none given). */
export function statusDetail(code) {
  return code && code !== 'NONE' ? (DETAIL[code] || code.toLowerCase().replace(/_/g, ' ')) : '';
}

const CAPABILITY = {
  EXPORT: 'Sends documents',
  IMPORT: 'Imports documents',
  CONTACT_SYNC: 'Syncs customers',
  PAYMENT_STATUS: 'Payment status',
  CANCELLATION_STATUS: 'Cancellation status',
  ATTACHMENTS: 'Sends PDFs',
};

export function capability(code) {
  return CAPABILITY[code] || code.toLowerCase().replace(/_/g, ' ');
}

export const DOCUMENT_TYPES = [
  ['SALES_INVOICE', 'Invoice'], ['CREDIT_NOTE', 'Credit note'], ['RECEIPT', 'Receipt'], ['OTHER', 'Other'],
];
export const DIRECTIONS = [['OUTGOING', 'Income (outgoing)'], ['INCOMING', 'Expenses (incoming)']];
export const DOCUMENT_STATUSES = [
  ['DRAFT', 'Draft'], ['FINALIZED', 'Finalized'], ['SENT', 'Sent'], ['CANCELLED', 'Cancelled'],
];

export function documentType(code) {
  const found = DOCUMENT_TYPES.find(([c]) => c === code);
  return found ? found[1] : code;
}

export function direction(code) {
  return code === 'OUTGOING' ? 'Income' : code === 'INCOMING' ? 'Expense' : code;
}

export function documentStatus(code) {
  const found = DOCUMENT_STATUSES.find(([c]) => c === code);
  return found ? found[1] : code;
}

const BACKFILL = {
  PLANNED: 'Checked', RUNNING: 'Running', PAUSED: 'Paused', CANCELLED: 'Cancelled', DONE: 'Done',
};

export function backfillStatus(code) {
  return BACKFILL[code] || code;
}

const KIND = {
  AUTH: 'The service rejected the credentials',
  PERMISSION: 'The credentials lack a permission',
  CONFIGURATION: 'A setting is wrong',
  NOT_FOUND: 'Something needed was not found at the service',
  VALIDATION: 'The service rejected the document',
  RATE_LIMITED: 'The service asked to slow down',
  UNAVAILABLE: 'The service is not reachable right now',
};

export function failureKind(code) {
  return KIND[code] || code || '';
}

/**
 * The name of the page of connections: "Extensions" for partners, as the help-centre articles call what they
 * install; "Connections" for admins, who see every tenant's.
 */
export function connectionsArea(ctx) {
  return ctx.isAdmin ? 'Connections' : 'Extensions';
}

/** The tenant's display name from a list of tenants. */
export function tenantName(tenants, id) {
  const t = (tenants || []).find((x) => x.id === id);
  return t ? t.name : id;
}
