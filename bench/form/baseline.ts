/**
 * The plain-DOM baseline: what a developer writes by hand for the same form: sections as
 * fieldsets, a label and a native control per field with the same attributes, values set from
 * the data, an input listener that stores the value, and a hand-written validation pass that
 * writes messages next to invalid fields.
 */
import type { FormFixture } from '../../stories/fixtures/forms/types.js';
import type { JsonSchema } from '@duikit/core/form/types';

interface Baseline {
  data: Record<string, unknown>;
  controls: Map<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>;
  setData(data: Record<string, unknown>): void;
}

/** Builds the form by hand into `parent`. */
export function baselineMount(parent: HTMLElement, f: FormFixture): Baseline {
  const data = { ...(f.data as Record<string, unknown>) };
  const controls: Baseline['controls'] = new Map();
  const formEl = document.createElement('form');
  const props = f.schema.properties!;
  const required = new Set(f.schema.required);
  for (const section of (
    f.uischema as {
      elements: { label: string; elements: { scope: string; options?: { multi?: boolean } }[] }[];
    }
  ).elements) {
    const fs = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = section.label;
    fs.append(legend);
    for (const el of section.elements) {
      const name = el.scope.split('/').pop()!;
      const s = props[name];
      const wrap = document.createElement('div');
      const label = document.createElement('label');
      label.textContent = s.title!;
      label.htmlFor = name;
      let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
      if (s.enum) {
        const select = document.createElement('select');
        select.append(new Option('—', ''), ...s.enum.map((v) => new Option(String(v), String(v))));
        select.value = String((data[name] as string | number | undefined) ?? '');
        control = select;
      } else if (el.options?.multi) {
        control = document.createElement('textarea');
        control.value = String((data[name] as string | number | undefined) ?? '');
      } else {
        const input = document.createElement('input');
        if (s.type === 'boolean') {
          input.type = 'checkbox';
          input.checked = data[name] === true;
        } else {
          input.type = s.type === 'integer' ? 'number' : s.format === 'date' ? 'date' : 'text';
          if (s.minimum !== undefined) input.min = String(s.minimum);
          if (s.maximum !== undefined) input.max = String(s.maximum);
          input.value = String((data[name] as string | number | undefined) ?? '');
        }
        control = input;
      }
      control.id = name;
      if (required.has(name)) control.setAttribute('aria-required', 'true');
      control.addEventListener('input', () => (data[name] = control.value));
      controls.set(name, control);
      wrap.append(label, control);
      fs.append(wrap);
    }
    formEl.append(fs);
  }
  parent.append(formEl);
  return {
    data,
    controls,
    setData(next) {
      Object.assign(data, next);
      for (const [name, c] of controls)
        if (c instanceof HTMLInputElement && c.type === 'checkbox') c.checked = next[name] === true;
        else c.value = String((next[name] as string | number | undefined) ?? '');
    },
  };
}

/** Checks every field by hand (required, pattern, bounds, enum, date) and shows messages. */
export function baselineValidate(b: Baseline, schema: JsonSchema): number {
  let shown = 0;
  const required = new Set(schema.required);
  for (const [name, s] of Object.entries(schema.properties!)) {
    const v = b.data[name];
    let message = '';
    if (required.has(name) && (v === undefined || v === '')) message = 'Ce champ est obligatoire.';
    else if (s.pattern && typeof v === 'string' && !new RegExp(s.pattern, 'u').test(v))
      message = 'Le format saisi n’est pas valide.';
    else if (
      typeof v === 'number' &&
      ((s.minimum !== undefined && v < s.minimum) || (s.maximum !== undefined && v > s.maximum))
    )
      message = 'Valeur hors limites.';
    else if (s.enum && v !== undefined && !s.enum.includes(v))
      message = 'Choisissez une valeur dans la liste.';
    else if (s.format === 'date' && typeof v === 'string' && Number.isNaN(Date.parse(v + 'T00:00:00Z')))
      message = 'Date invalide.';
    if (!message) continue;
    const c = b.controls.get(name)!;
    const p = document.createElement('p');
    p.id = `${name}-error`;
    p.textContent = message;
    c.after(p);
    c.setAttribute('aria-invalid', 'true');
    c.setAttribute('aria-describedby', p.id);
    shown++;
  }
  return shown;
}
