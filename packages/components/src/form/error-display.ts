/**
 * Which error each control shows, and when: after the field was touched (left once), or after a
 * submit or `validate()`. Each refresh diffs the new messages against the shown ones and only
 * touches the DOM of controls whose message changed. An error with no control of its own (an
 * object-level rule, a nested value) lands on the nearest ancestor control.
 *
 * @example
 * engine.display.touch('/birthDate');   // on blur
 * engine.display.showAll();             // on submit
 */
import { parsePointer, toPointer } from '@duikit/core/base';
import type { ControlBinding, ErrorDisplayApi, FormEngineApi } from './contracts.js';

/** See the module documentation. */
export class ErrorDisplay implements ErrorDisplayApi {
  readonly touched = new Set<string>();
  /** True after a submit or `validate()`: every error is shown. */
  all = false;
  private shown = new Map<ControlBinding, string>();
  /** A polite live region: a message that appears after a person left a field is read out. */
  live?: HTMLElement;

  constructor(private engine: FormEngineApi) {}

  /** The control that shows errors at `path`: its own, or the nearest ancestor's. */
  owner(path: string): ControlBinding | undefined {
    const direct = this.engine.controls.get(path)?.[0];
    if (direct || path === '') return direct;
    const segments = parsePointer(path);
    while (segments.length > 0) {
      segments.pop();
      const c = this.engine.controls.get(toPointer(segments))?.[0];
      if (c) return c;
    }
    return undefined;
  }

  /** Marks a field as touched and shows its error, announcing it. */
  touch(path: string): void {
    if (this.touched.has(path)) return;
    this.touched.add(path);
    const owner = this.owner(path);
    const before = owner && this.shown.get(owner);
    this.refresh(false);
    const after = owner && this.shown.get(owner);
    if (after && after !== before) this.announceText(`${owner.label} : ${after}`);
  }

  /** Shows every error (submit, `validate()`). */
  showAll(): void {
    this.all = true;
    this.refresh();
  }

  /** Shows the errors of these controls only (a wizard step). */
  showFor(controls: ControlBinding[]): void {
    for (const c of controls) this.touched.add(c.path);
    this.refresh();
  }

  /** Forgets touched state and shown errors (reset). */
  clear(): void {
    this.touched.clear();
    this.all = false;
    this.refresh(false);
  }

  /** Forgets a removed control. */
  forget(c: ControlBinding): void {
    this.shown.delete(c);
  }

  /** Revalidates (when `revalidate`) and updates the controls whose shown message changed. */
  refresh(revalidate = true): void {
    if (revalidate) this.engine.revalidate();
    const next = new Map<ControlBinding, string>();
    const host = new Set(this.engine.hostErrors);
    for (const e of this.engine.errors()) {
      const owner = this.owner(e.path);
      if (!owner || next.has(owner)) continue;
      // Errors the host injected (server-side checks) show at once: the person must see them.
      if (this.all || host.has(e) || this.isTouched(owner.path)) next.set(owner, e.message);
    }
    for (const [c, message] of this.shown) {
      if (!next.has(c)) {
        c.setError(undefined);
        this.shown.delete(c);
      } else if (next.get(c) === message) next.delete(c);
    }
    for (const [c, message] of next) {
      c.setError(message);
      this.shown.set(c, message);
    }
  }

  /** The controls currently showing an error, in document order. */
  shownControls(): ControlBinding[] {
    return [...this.shown.keys()].sort((a, b) =>
      a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }

  /** The message a control shows now. */
  messageOf(c: ControlBinding): string | undefined {
    return this.shown.get(c);
  }

  private isTouched(path: string): boolean {
    if (this.touched.has(path)) return true;
    // A container (array) counts as touched once a field inside it was, and the fields of a
    // touched container (a wizard step's array) count as touched too.
    for (const t of this.touched) if (t.startsWith(path + '/') || path.startsWith(t + '/')) return true;
    return false;
  }

  /** Reads a message out through the polite live region. */
  announceText(message: string): void {
    if (!this.live) return;
    this.live.textContent = '';
    // A fresh text node in a later task makes screen readers read the same text again.
    setTimeout(() => this.live && (this.live.textContent = message), 50);
  }
}
