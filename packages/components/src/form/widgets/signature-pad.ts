/**
 * The drawing pad behind the signature field (loaded lazily): a canvas drawn with pointer
 * events (mouse, touch, stylus), a typed-name alternative for keyboard users, and a clear button.
 *
 * @example
 * const pad = mountSignaturePad(ctx, container, 'sig');
 */
import type { RenderContext } from '../contracts.js';
import { useExtras } from '../extras.js';

/**
 * Builds the pad inside `container`.
 *
 * @example
 * mountSignaturePad(ctx, el, 'f-signature').setValue(undefined);
 */
export function mountSignaturePad(ctx: RenderContext, container: HTMLElement, id: string) {
  useExtras(ctx.engine);
  const { t, engine, path } = ctx;
  const canvas = document.createElement('canvas');
  canvas.width = 480;
  canvas.height = 160;
  canvas.className = 'signature-pad';
  canvas.setAttribute('part', 'signature-pad');
  canvas.setAttribute('role', 'img');
  canvas.ariaLabel = t('form.signature.canvas');
  const typedLabel = document.createElement('label');
  typedLabel.htmlFor = `${id}-typed`;
  typedLabel.textContent = t('form.signature.typed');
  const typed = document.createElement('input');
  typed.id = `${id}-typed`;
  typed.className = 'control';
  typed.setAttribute('part', 'control');
  typed.autocomplete = 'name';
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'btn btn-small';
  clear.setAttribute('part', 'button clear');
  clear.textContent = t('form.signature.clear');
  container.append(canvas, typedLabel, typed, clear);
  const g = canvas.getContext('2d');
  let enabled = true;
  let drawing = false;
  const ink = () => getComputedStyle(canvas).color || '#1e1e1e';
  const wipe = () => g?.clearRect(0, 0, canvas.width, canvas.height);
  const commit = () => engine.input(path, canvas.toDataURL('image/png'));
  const point = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    return [
      ((e.clientX - r.left) * canvas.width) / r.width,
      ((e.clientY - r.top) * canvas.height) / r.height,
    ] as const;
  };
  canvas.addEventListener('pointerdown', (e) => {
    if (!enabled || !g) return;
    drawing = true;
    canvas.setPointerCapture(e.pointerId);
    g.strokeStyle = ink();
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.beginPath();
    g.moveTo(...point(e));
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drawing || !g) return;
    g.lineTo(...point(e));
    g.stroke();
  });
  canvas.addEventListener('pointerup', () => {
    if (!drawing) return;
    drawing = false;
    typed.value = '';
    commit();
  });
  typed.addEventListener('input', () => {
    if (!g) return;
    wipe();
    if (!typed.value.trim()) return engine.input(path, undefined);
    g.fillStyle = ink();
    g.font = 'italic 40px "Brush Script MT", "Segoe Script", cursive';
    g.fillText(typed.value, 20, 100, canvas.width - 40);
    commit();
  });
  clear.addEventListener('click', () => {
    wipe();
    typed.value = '';
    engine.input(path, undefined);
    typed.focus();
  });
  return {
    setValue(v: unknown) {
      wipe();
      if (typeof v !== 'string' || !v.startsWith('data:image/')) return;
      const img = new Image();
      img.onload = () => g?.drawImage(img, 0, 0, canvas.width, canvas.height);
      img.src = v;
    },
    setEnabled(on: boolean) {
      enabled = on && !ctx.readonly;
      typed.disabled = clear.disabled = !enabled;
      if (ctx.readonly) typed.readOnly = true;
    },
    focus: () => typed.focus(),
  };
}
