/**
 * Events of `<dui-form>`: `dui-change`, `dui-submit`, `dui-draft` and `dui-invalid`.
 *
 * @example
 * form.addEventListener('dui-change', (e) => save(e.detail.data));
 */

/**
 * One validation problem, in the shape of core's validators: `path` is a JSON Pointer into the
 * data (`''` for the root), `message` is already translated.
 *
 * @example
 * const e: FormError = { path: '/birthDate', keyword: 'required', message: 'Champ obligatoire', params: {} };
 */
export interface FormError {
  path: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/**
 * Detail of `dui-change` and `dui-submit`: a fresh copy-on-write `data` object (the object the
 * host set is never mutated), every current error, and the JSON Pointer of the changed value
 * (`''` for a whole-form action such as submit or reset).
 *
 * @example
 * form.addEventListener('dui-change', (e: DuiChangeEvent) => console.log(e.detail.path));
 */
export interface DuiFormChangeDetail {
  data: unknown;
  errors: FormError[];
  path: string;
}

/**
 * Detail of `dui-draft`: fired after changes settle (debounced) while the form is dirty, so a
 * host can persist a draft; resuming is setting `data` back.
 *
 * @example
 * form.addEventListener('dui-draft', (e) => localStorage.setItem('draft', JSON.stringify(e.detail.data)));
 */
export interface DuiFormDraftDetail {
  data: unknown;
  dirty: boolean;
}

/** Detail of `dui-invalid`: a submit was refused; `errors` are the blocking errors. */
export interface DuiFormInvalidDetail {
  data: unknown;
  errors: FormError[];
}

/** `dui-change` event type. */
export type DuiChangeEvent = CustomEvent<DuiFormChangeDetail>;
/** `dui-submit` event type. */
export type DuiSubmitEvent = CustomEvent<DuiFormChangeDetail>;
/** `dui-draft` event type. */
export type DuiDraftEvent = CustomEvent<DuiFormDraftDetail>;
/** `dui-invalid` event type. */
export type DuiInvalidEvent = CustomEvent<DuiFormInvalidDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'dui-change': DuiChangeEvent;
    'dui-submit': DuiSubmitEvent;
    'dui-draft': DuiDraftEvent;
    'dui-invalid': DuiInvalidEvent;
  }
}
