/**
 * A reactive controller for one backend read: it tracks loading / value / error, ignores stale
 * answers when a newer call started, and re-renders the host at each change. Errors are state,
 * never exceptions, so a screen always shows the reason.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BackendError, BackendResult } from '@duikit/core';

/** Where a call stands. */
export type CallStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * Runs a backend call and keeps its result.
 *
 * @example
 * private readonly tasks = new BackendCallController(this, () => this.screen.backend?.getTasks());
 * // connectedCallback / when inputs change:
 * void this.tasks.run();
 * // render:
 * if (this.tasks.status === 'error') return html`<p role="alert">${this.tasks.error?.message}</p>`;
 */
export class BackendCallController<T> implements ReactiveController {
  /** Current status. */
  status: CallStatus = 'idle';
  /** Last successful value (kept while reloading, so screens do not flash). */
  value?: T;
  /** Last error, cleared by a successful call. */
  error?: BackendError;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly call: () => Promise<BackendResult<T>> | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Runs the call now; resolves once the answer (or a newer call) is in. */
  async run(): Promise<void> {
    const promise = this.call();
    if (!promise) return;
    const generation = ++this.generation;
    this.status = 'loading';
    this.host.requestUpdate();
    let result: BackendResult<T>;
    try {
      result = await promise;
    } catch (e) {
      // A host backend that throws (network down) is shown like a refusal, never swallowed.
      result = {
        ok: false,
        error: { code: 'unavailable', message: e instanceof Error ? e.message : String(e) },
      };
    }
    if (generation !== this.generation) return;
    if (result.ok) {
      this.value = result.value;
      this.error = undefined;
      this.status = 'ready';
    } else {
      this.error = result.error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
