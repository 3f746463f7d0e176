import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { createHttpBackend } from '@duikit/core/client';
import type { DuiTaskInbox } from '@duikit/components';
import { DuiFormValueAccessor } from './dui-form-value-accessor';
import { visitSchema, visitUiSchema, type VisitRequest } from './visit-request';

/**
 * DUI Kit in Angular: `CUSTOM_ELEMENTS_SCHEMA` lets the template use `dui-*` tags, `[prop]`
 * sets their properties and `(dui-…)` listens to their events; `<dui-form>` is a reactive-forms
 * control through {@link DuiFormValueAccessor}. The backend is the HTTP one, over the DUI Kit
 * server on the same origin.
 */
@Component({
  selector: 'app-root',
  imports: [ReactiveFormsModule, DuiFormValueAccessor],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <dui-provider [backend]="backend" locale="fr">
      <h1>DUI Kit dans Angular</h1>
      <button type="button" (click)="signIn(inbox)">Se connecter (démo)</button>

      <h2>Demande de visite</h2>
      <dui-form [schema]="schema" [uischema]="uischema" [formControl]="visit" (dui-submit)="send()"></dui-form>
      <output role="status">
        @if (sent(); as v) {
          Demande envoyée : {{ v.visitor }} le {{ v.date }}
        }
      </output>

      <dui-task-inbox #inbox (dui-task-open)="open($event)"></dui-task-inbox>
      @if (instanceId(); as id) {
        <dui-workflow-step [instanceId]="id"></dui-workflow-step>
      }
    </dui-provider>
  `,
})
export class AppComponent {
  readonly backend = createHttpBackend({ baseUrl: '', locale: 'fr' });
  readonly schema = visitSchema;
  readonly uischema = visitUiSchema;
  readonly visit = new FormControl<VisitRequest>({}, { nonNullable: true });
  readonly sent = signal<VisitRequest | undefined>(undefined);
  readonly instanceId = signal<string | undefined>(undefined);

  /** The demo server's sign-in (a real host signs in through its own identity provider). */
  async signIn(inbox: DuiTaskInbox): Promise<void> {
    await fetch('/api/auth/demo/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ professionalId: 'demo-ehpad-director' }),
    });
    await inbox.reload();
  }

  /** The form validated the data: the control's value is what it holds. */
  send(): void {
    this.sent.set(this.visit.value);
  }

  open(event: Event): void {
    this.instanceId.set((event as CustomEvent<{ task: { instanceId: string } }>).detail.task.instanceId);
  }
}
