/**
 * The signature field. Its drawing pad is a heavy widget, so it loads on first use
 * (`import('./signature-pad.js')`): forms without a signature never download it. The value is
 * a PNG data URL. A person who cannot draw types their name instead (keyboard access).
 *
 * @example
 * // { type: 'Control', scope: '#/properties/signature', options: { format: 'signature' } }
 */
import type { Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField } from '../field.js';

/** Renders the signature field; the pad itself loads lazily. */
export const signatureRenderer: Renderer = (ctx) => {
  const field = createField<HTMLDivElement>(ctx, 'group');
  field.el.classList.add('signature');
  field.el.removeAttribute('role');
  const loading = document.createElement('p');
  loading.className = 'hint';
  loading.textContent = ctx.t('form.loading');
  field.control.append(loading);
  let pad: { setValue(v: unknown): void; setEnabled(on: boolean): void; focus(): void } | undefined;
  let pending: unknown = ctx.engine.get(ctx.path);
  let enabled = !ctx.readonly;
  const ready = import('./signature-pad.js').then((m) => {
    pad = m.mountSignaturePad(ctx, field.control, field.id);
    loading.remove();
    pad.setValue(pending);
    pad.setEnabled(enabled);
  });
  const node = bindControl(ctx, field, {
    setValue: (v) => (pad ? pad.setValue(v) : (pending = v)),
    setEnabled: (on) => (pad ? pad.setEnabled(on) : (enabled = on)),
    focus: () => void ready.then(() => pad?.focus()),
  });
  return node;
};
