import { Directive, ElementRef, HostListener, forwardRef, inject } from '@angular/core';
import { NG_VALUE_ACCESSOR, type ControlValueAccessor } from '@angular/forms';
import type { DuiForm } from '@duikit/components';

/**
 * Makes `<dui-form>` an Angular form control: `[formControl]`, `formControlName` and `[(ngModel)]`
 * read and write its `data`. `dui-change` carries a new data object on every change (the one
 * given is never mutated), so the control's value is replaced, never patched; leaving the form
 * marks the control touched; disabling the control disables the form.
 *
 * @example
 * <dui-form [schema]="schema" [formControl]="visit"></dui-form>
 */
@Directive({
  selector: 'dui-form[formControl],dui-form[formControlName],dui-form[ngModel]',
  providers: [
    { provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => DuiFormValueAccessor), multi: true },
  ],
})
export class DuiFormValueAccessor implements ControlValueAccessor {
  private readonly form = inject<ElementRef<DuiForm>>(ElementRef).nativeElement;
  private onChange: (value: unknown) => void = () => {};
  private onTouched: () => void = () => {};

  writeValue(value: unknown): void {
    this.form.data = value ?? {};
  }

  registerOnChange(fn: (value: unknown) => void): void {
    this.onChange = fn;
  }

  registerOnTouched(fn: () => void): void {
    this.onTouched = fn;
  }

  setDisabledState(disabled: boolean): void {
    this.form.disabled = disabled;
  }

  @HostListener('dui-change', ['$event'])
  protected changed(event: CustomEvent<{ data: unknown }>): void {
    this.onChange(event.detail.data);
  }

  @HostListener('focusout')
  protected left(): void {
    this.onTouched();
  }
}
