// Confirmations in a native <dialog>: the question first, then Confirm / Cancel. Escape cancels.

import { h, replace, uid } from './dom.js';

/**
 * Opens a modal dialog. Returns {result, setBody, confirmButton, close}: result resolves to true on Confirm and
 * false on Cancel or Escape. The confirm button starts disabled when `ready` is false (enable it once the body
 * says what will happen).
 */
export function openDialog({ title, body, confirmText = 'Confirm', cancelText = 'Cancel', danger = false, ready = true }) {
  const titleId = uid('dialog-title');
  const content = h('div', { class: 'dialog-body' });
  const confirmButton = h('button', { type: 'button', class: danger ? 'danger' : 'primary', disabled: !ready }, confirmText);
  const cancelButton = h('button', { type: 'button', class: 'secondary' }, cancelText);
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId },
    h('h2', { id: titleId }, title), content,
    h('div', { class: 'actions' }, confirmButton, cancelButton));
  replace(content, body);
  document.body.append(dialog);

  let settle;
  const result = new Promise((resolve) => { settle = resolve; });
  const close = (value) => {
    if (dialog.open) dialog.close();
    dialog.remove();
    settle(value);
  };
  confirmButton.addEventListener('click', () => close(true));
  cancelButton.addEventListener('click', () => close(false));
  dialog.addEventListener('cancel', (event) => { event.preventDefault(); close(false); });
  dialog.showModal();
  (ready ? confirmButton : cancelButton).focus();
  return {
    result,
    confirmButton,
    setBody: (...nodes) => replace(content, ...nodes),
    close,
  };
}

/** A yes/no question; resolves to true when confirmed. */
export function confirmDialog(options) {
  return openDialog(options).result;
}
