/**
 * The one place an element's backend calls run. One request per intent (a second call while one
 * runs is ignored, so a double click sends one request); abortable, and an answer that comes
 * after an abort, or after the user has moved to another step, is ignored. A failure fires
 * `recovery-error`, shows in the step (`failure`), and — for a fault — can be re-run with
 * `retry()` until another operation starts. An operation that answers `step_up_required` pauses for step-up and then carries on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isRecoveryError,
  prepareChecks,
  RecoveryError,
  type RecoveryClient,
} from '../api/client.js';
import type { OperationName, OperationRequest, OperationResponse } from '../api/contract.js';
import {
  stepUpIdle,
  stepUpTransition,
  type StepUpEvent,
  type StepUpState,
} from '../flows/step-up.js';
import { RecoveryErrorEvent, StepUpRequiredEvent } from './events.js';
import { lazyChunk } from './lazy-chunk.js';

/** The shared steps shown only after an answer (answer-steps.ts), loaded with the first call. */
const loadAnswerSteps = lazyChunk(() => import('./answer-steps.js'));
/** The element classes whose first call has brought what their answers show. */
const prepared = new WeakSet<object>();

/**
 * What an element's first call waits for: the shared steps an answer may show and the element's
 * own later steps (`laterSteps`), and meanwhile the client's checks (one wait for all; a chunk
 * each in the drop-in). Rejects when the steps cannot be loaded; the checks' failure shows on
 * the call itself.
 */
export async function prepareFirstCall(kind: ElementClass): Promise<void> {
  const [steps, own] = await Promise.allSettled([
    loadAnswerSteps(),
    kind.laterSteps?.(),
    prepareChecks(),
  ]);
  if (steps.status === 'rejected') throw steps.reason;
  if (own.status === 'rejected') throw own.reason;
  prepared.add(kind);
}

/** An element's class, with the chunk of its later steps if it has one (core/later-steps.ts). */
type ElementClass = { laterSteps?: () => Promise<unknown> };

/** Failures that say nothing about what the user did: trying again may work. */
const faults = new Set(['network', 'timeout', 'server', 'bad_response', 'rate_limited']);
export const isFault = (error: RecoveryError) => faults.has(error.code);

export interface OperationHost extends ReactiveControllerHost, HTMLElement {
  /** The client to call, or none (the element then shows its configuration error). */
  readonly operationClient: RecoveryClient | undefined;
  /** The step the user is on: an answer that arrives after they have left it is ignored. */
  readonly step: string;
}

export interface Failure {
  operation: OperationName;
  error: RecoveryError;
}

interface Run<N extends OperationName = OperationName> {
  name: N;
  body: OperationRequest<N>;
  onSuccess: (result: OperationResponse<N>) => void;
  /** Return true when the failure changed the step, so it is not also shown in the step. */
  onError?: (error: RecoveryError) => boolean | void;
  step?: string;
}

export class OperationController implements ReactiveController {
  /** The operation under way, if any: the step shows `aria-busy` and its trigger is disabled. */
  running: OperationName | null = null;
  /** The last failure, shown in the step until the next run or a step change. */
  failure: Failure | null = null;
  stepUp: StepUpState = stepUpIdle;

  private current: { run: Run; abort: AbortController } | null = null;
  private retryable: Run | null = null;
  /** The operation waiting for step-up to finish. */
  private paused: Run | null = null;

  constructor(private readonly host: OperationHost) {
    host.addController(this);
  }

  get busy(): boolean {
    return this.running !== null;
  }

  hostDisconnected(): void {
    this.abort();
  }

  /** Runs `name` unless an operation is already running (then returns false and does nothing). */
  run<N extends OperationName>(
    name: N,
    body: OperationRequest<N>,
    onSuccess: (result: OperationResponse<N>) => void,
    onError?: (error: RecoveryError) => boolean | void,
  ): boolean {
    if (this.running) return false;
    void this.execute({ name, body, onSuccess, onError } as unknown as Run);
    return true;
  }

  /** Re-runs what last failed with a fault, or what step-up paused once the host has verified the user. */
  retry(): void {
    if (this.stepUp.phase === 'waiting') {
      this.moveStepUp({ type: 'hostVerified' });
      this.resume();
    } else if (this.retryable && !this.running) {
      const run = this.retryable;
      this.retryable = null;
      void this.execute(run);
    }
  }

  /** Gives up the operation under way; its answer, if it comes, is ignored. */
  abort(): void {
    this.current?.abort.abort();
    this.current = null;
    this.running = null;
    this.host.requestUpdate();
  }

  /** Called by the host when its step changes: the old step's work and error go. */
  stepChanged(step: string): void {
    if (this.current && this.current.run.step !== step) this.abort();
    this.failure = null;
  }

  /** The user's code for step-up. */
  submitStepUp(code: string): void {
    this.run('stepUp', { code }, () => {
      this.moveStepUp({ type: 'verified' });
      this.resume();
    });
  }

  /** "Resend code" in step-up: a new SMS or call (the server may answer `rate_limited`). */
  resendStepUp(): void {
    if (this.running || this.stepUp.phase !== 'code') return;
    this.moveStepUp({ type: 'resend' });
    this.startStepUp();
  }

  cancelStepUp(): void {
    this.abort();
    this.paused = null;
    this.failure = null;
    this.moveStepUp({ type: 'cancelled' });
  }

  private async execute(run: Run): Promise<void> {
    const client = this.host.operationClient;
    const abort = new AbortController();
    run.step = this.host.step;
    this.current = { run, abort };
    this.running = run.name;
    this.failure = null;
    this.retryable = null; // "Try again" is for the last operation only
    this.host.requestUpdate();
    try {
      if (!client) throw new RecoveryError('unknown', { message: 'No client is configured.' });
      const kind = this.host.constructor as ElementClass;
      if (!prepared.has(kind)) {
        // Before the request: no answer can then arrive that a step not yet defined would show,
        // and a failed load is a fault to retry, with nothing sent.
        await prepareFirstCall(kind).catch((cause: unknown) => {
          throw new RecoveryError('network', { message: 'The steps could not be loaded.', cause });
        });
        if (abort.signal.aborted) return;
      }
      const call = client[run.name] as (
        body: unknown,
        options: { signal: AbortSignal },
      ) => Promise<unknown>;
      const result = await call.call(client, run.body, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.settle();
      run.onSuccess(result as never);
    } catch (caught) {
      if (abort.signal.aborted) return;
      this.settle();
      this.fail(
        run,
        isRecoveryError(caught) ? caught : new RecoveryError('unknown', { cause: caught }),
      );
    } finally {
      this.host.requestUpdate();
    }
  }

  private settle(): void {
    this.current = null;
    this.running = null;
  }

  private fail(run: Run, error: RecoveryError): void {
    this.host.dispatchEvent(new RecoveryErrorEvent({ operation: run.name, code: error.code }));
    if (error.code === 'step_up_required' && run.name !== 'stepUp') {
      this.pauseForStepUp(run);
      return;
    }
    if (isFault(error)) this.retryable = run;
    if (!run.onError?.(error)) this.failure = { operation: run.name, error };
  }

  private pauseForStepUp(run: Run): void {
    this.paused = run;
    const event = new StepUpRequiredEvent({ operation: run.name });
    this.host.dispatchEvent(event);
    this.moveStepUp({
      type: 'required',
      operation: run.name,
      hostVerifies: event.defaultPrevented,
    });
    if (this.stepUp.phase === 'starting') this.startStepUp();
  }

  private startStepUp(): void {
    this.run('startStepUp', {}, (challenge) => this.moveStepUp({ type: 'started', challenge }));
  }

  /** Carries on with the operation step-up paused, everything the user typed kept. */
  private resume(): void {
    const run = this.paused;
    this.paused = null;
    if (run) void this.execute(run);
  }

  private moveStepUp(event: StepUpEvent): void {
    this.stepUp = stepUpTransition(this.stepUp, event);
    this.host.requestUpdate();
  }
}
