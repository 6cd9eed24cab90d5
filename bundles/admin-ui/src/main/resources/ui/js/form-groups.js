// The settings form laid out in the groups the server gives each field (Connection, What is sent, Import,
// Advanced), showing only the fields of the chosen role: an export connection never shows import settings and the
// other way round. Advanced settings start folded and open by themselves when one of them has an error.

import { h } from './dom.js';

const GROUP_NAMES = { CONNECTION: 'Connection', WHAT_IS_SENT: 'What is sent', IMPORT: 'Import', ADVANCED: 'Advanced' };

/** The form's controls in their groups: one fieldset each (a folded one for Advanced). */
export function groupedLayout(form) {
  const groups = new Map();
  form.controls.forEach((c) => {
    const g = c.def.group || 'CONNECTION';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(c);
  });
  const sets = [...groups.entries()].map(([g, controls]) => groupSet(g, controls));
  const roleControl = form.controls.find((c) => c.def.id === 'role');
  const showRole = () => {
    const role = roleControl ? String(roleControl.read() || 'export').toUpperCase() : null;
    sets.forEach(({ node, controls }) => {
      let shown = 0;
      controls.forEach((c) => {
        const show = !role || !c.def.roles || !c.def.roles.length || c.def.roles.includes(role);
        c.wrap.hidden = !show;
        if (show) shown += 1;
      });
      node.hidden = shown === 0;
    });
  };
  if (roleControl) roleControl.wrap.addEventListener('change', showRole);
  showRole();
  return sets.map((s) => s.node);
}

function groupSet(group, controls) {
  const name = GROUP_NAMES[group] || group;
  const id = `group-${group.toLowerCase().replace(/_/g, '-')}`;
  if (group !== 'ADVANCED') {
    return { node: h('fieldset', { class: 'group', id }, h('legend', {}, name), controls.map((c) => c.wrap)), controls };
  }
  const node = h('details', { class: 'group advanced', id }, h('summary', {}, name), controls.map((c) => c.wrap));
  controls.forEach((c) => {
    const setError = c.setError;
    c.setError = (message) => {
      setError(message);
      if (message) node.open = true; // an error must never hide in a folded group
    };
  });
  return { node, controls };
}
