/**
 * File attachments: a native file input whose upload goes through the host's `uploadFile`
 * hook; the value stored in the data is whatever the hook resolves to (typically
 * `{ id, name, size, type }`), never the file's bytes. Without a hook the widget says so.
 *
 * @example
 * form.uploadFile = async (file, { path }) => {
 *   const res = await fetch('/api/files', { method: 'POST', body: file });
 *   return { ...(await res.json()), name: file.name, size: file.size, type: file.type };
 * };
 */
import type { FileRef, Renderer } from '../contracts.js';

export type { FileRef, UploadFile } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField } from '../field.js';
import { useExtras } from '../extras.js';

/** Renders the file widget. */
export const fileRenderer: Renderer = (ctx) => {
  useExtras(ctx.engine);
  const { t, engine, path } = ctx;
  const field = createField<HTMLInputElement>(ctx, 'input');
  const input = field.control;
  input.type = 'file';
  const accept = ctx.uischema.options?.accept ?? ctx.schema.contentMediaType;
  if (typeof accept === 'string') input.accept = accept;
  input.disabled = ctx.readonly;
  const status = document.createElement('p');
  status.className = 'file-status';
  status.setAttribute('role', 'status');
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'btn btn-small remove';
  remove.setAttribute('part', 'button remove');
  remove.textContent = t('form.array.remove');
  field.el.append(status, remove);
  const show = (v: unknown) => {
    const ref = typeof v === 'string' ? { name: v } : (v as FileRef | undefined);
    status.textContent = ref?.name
      ? t('form.file.uploaded', { name: ref.name, size: ref.size ? formatBytes(ref.size, ctx.locale) : '—' })
      : '';
    remove.hidden = !ref?.name || ctx.readonly;
    if (ref?.name) remove.ariaLabel = t('form.file.remove', { name: ref.name });
  };
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    const hook = engine.options.uploadFile;
    if (!file) return;
    const fail = (reason: string) => {
      engine.setLocalError(path, { path, keyword: 'upload', message: reason, params: { name: file.name } });
      engine.display.touch(path);
      engine.display.refresh(false);
    };
    if (!hook) return fail(t('form.file.noHook'));
    status.textContent = t('form.file.uploading', { name: file.name });
    hook(file, { path }).then(
      (ref) => {
        engine.setLocalError(path, undefined);
        engine.input(path, ref);
        show(ref);
        input.value = '';
      },
      (err: unknown) =>
        fail(
          t('form.file.failed', {
            name: file.name,
            reason: err instanceof Error ? err.message : String(err),
          }),
        ),
    );
  });
  remove.addEventListener('click', () => {
    engine.input(path, undefined);
    show(undefined);
    input.focus();
  });
  return bindControl(ctx, field, { setValue: show });
};

/** The number format of a byte size (`1.2 Mo` / `1.2 MB`). */
function formatBytes(size: number, locale: string): string {
  const units = locale.startsWith('fr') ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let i = 0;
  let n = size;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${units[i]}`;
}
