/**
 * INS matricule and FINESS widgets: a text input that accepts the groups people type with
 * spaces, stores the compact value and checks the key as the person types (the message shows
 * once the field was left, like every other error).
 *
 * @example
 * // { type: 'Control', scope: '#/properties/ins', options: { format: 'ins' } }
 */
import type { Renderer } from '../contracts.js';
import { bindControl } from '../bind.js';
import { createField } from '../field.js';
import { checkFiness, checkIns, compactId, type IdCheck } from '@duikit/core/form/identifiers';
import { useExtras } from '../extras.js';

function idRenderer(kind: 'ins' | 'finess', check: (v: string) => IdCheck, maxLength: number): Renderer {
  return (ctx) => {
    useExtras(ctx.engine);
    const field = createField<HTMLInputElement>(
      ctx.schema.description || ctx.uischema.options?.hint
        ? ctx
        : {
            ...ctx,
            uischema: {
              ...ctx.uischema,
              options: { ...ctx.uischema.options, hint: ctx.t(`form.${kind}.hint`) },
            },
          },
      'input',
    );
    const input = field.control;
    input.type = 'text';
    input.inputMode = kind === 'ins' ? 'numeric' : 'text';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.maxLength = maxLength;
    input.classList.add(`id-${kind}`);
    if (ctx.readonly) input.readOnly = true;
    const verify = (value: string | undefined) => {
      const result = value ? check(value) : 'ok';
      ctx.engine.setLocalError(
        ctx.path,
        result === 'ok'
          ? undefined
          : {
              path: ctx.path,
              keyword: 'format',
              message: ctx.t(`form.${kind}.${result === 'key' ? 'invalid' : 'format'}`),
              params: { format: kind },
            },
      );
    };
    input.addEventListener('input', () => {
      const value = compactId(input.value) || undefined;
      verify(value);
      ctx.engine.input(ctx.path, value);
    });
    return bindControl(ctx, field, {
      setValue: (v) => {
        const view = typeof v === 'string' ? v : '';
        if (compactId(input.value) !== view) input.value = view;
        verify(typeof v === 'string' ? v : undefined);
      },
    });
  };
}

/** The INS matricule widget (15 digits with its key; spaces allowed while typing). */
export const insRenderer = idRenderer('ins', checkIns, 21);

/** The FINESS widget (9 characters with a Luhn key). */
export const finessRenderer = idRenderer('finess', checkFiness, 11);
