/**
 * Run untrusted work in worker threads, each call under a time limit and a memory limit: a file that makes a
 * reader spin or swell costs that call (an outcome with a reason), never the caller. A worker that is stopped is
 * replaced for the next call. Reusable: a task is a named function in tasks.ts, run as `pool.run(input)`.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { TaskName, TaskInput, TaskOutput } from './tasks.ts';

export interface IsolateOptions {
  /** workers (default: the number of cores) */
  jobs?: number;
  /** wall-clock limit per call, ms (default 120 s) */
  timeoutMs?: number;
  /** the worker's JavaScript heap limit, MB (default 768) */
  memoryMb?: number;
}

/** A failed call says why; `crashed` when the worker broke rather than the input (worth trying again later). */
export type Outcome<T> = { ok: true; value: T; ms: number } | { ok: false; reason: string; ms: number; crashed?: boolean };

interface Call {
  input: unknown;
  transfer: ArrayBuffer[];
  timeoutMs: number;
  resolve(o: Outcome<unknown>): void;
}

interface Slot {
  worker: Worker | null;
  /** the worker has loaded its task: the time limit counts from here, not from the thread's start-up */
  ready: boolean;
  call: Call | null;
  started: number;
  timer?: NodeJS.Timeout;
}

/** The worker's entry: the bundle's beside the compiled build, else a bootstrap that loads the sources through tsx. */
const workerEntry = () => new URL(import.meta.url.endsWith('.ts') ? './worker-tsx.mjs' : './batch-worker.js', import.meta.url);

export class IsolatedPool<N extends TaskName> {
  readonly jobs: number;
  private readonly timeoutMs: number;
  private readonly memoryMb: number;
  private readonly slots: Slot[];
  private readonly queue: Call[] = [];
  private closed = false;

  constructor(
    private readonly task: N,
    opts: IsolateOptions = {},
  ) {
    this.jobs = Math.max(1, opts.jobs ?? availableParallelism());
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.memoryMb = opts.memoryMb ?? 768;
    this.slots = Array.from({ length: this.jobs }, () => ({ worker: null, ready: false, call: null, started: 0 }));
  }

  /** Run the task on one input; the ArrayBuffers in `transfer` are moved to the worker, not copied. */
  run(input: TaskInput<N>, transfer: ArrayBuffer[] = [], opts: { timeoutMs?: number } = {}): Promise<Outcome<TaskOutput<N>>> {
    if (this.closed) return Promise.resolve({ ok: false, reason: 'stopped before it started', ms: 0 });
    return new Promise((resolve) => {
      this.queue.push({ input, transfer, timeoutMs: opts.timeoutMs ?? this.timeoutMs, resolve: resolve as Call['resolve'] });
      this.pump();
    });
  }

  /** Stop every worker; calls still queued or running end as failed with `reason`. */
  async close(reason = 'stopped'): Promise<void> {
    this.closed = true;
    for (const c of this.queue.splice(0)) c.resolve({ ok: false, reason, ms: 0 });
    await Promise.all(this.slots.map((s) => this.stop(s, reason)));
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.call || !this.queue.length) continue;
      const call = this.queue.shift()!;
      slot.call = call;
      slot.started = performance.now(); // until the worker is ready; startClock resets it
      const worker = (slot.worker ??= this.spawn(slot));
      worker.ref(); // a worker at work keeps the process alive; an idle one does not
      if (slot.ready) this.startClock(slot);
      worker.postMessage(call.input, call.transfer);
    }
  }

  private startClock(slot: Slot): void {
    const limit = slot.call!.timeoutMs;
    slot.started = performance.now();
    slot.timer = setTimeout(
      () => this.fail(slot, `took longer than ${limit >= 1000 ? `${Math.round(limit / 1000)} s` : `${limit} ms`} (stopped)`, true),
      limit,
    );
  }

  private spawn(slot: Slot): Worker {
    // The command's shebang caps the young generation at 4 MB semi-spaces (a short command needs no more, and that
    // kept checking a PDF under 150 MB); a V8 flag outranks a worker's resourceLimits, so each worker got 4 MB too
    // and scavenged constantly. Lifted for the isolates created from here on (a batch's workers keep 64 MB).
    setFlagsFromString('--max-semi-space-size=0');
    const worker = new Worker(workerEntry(), {
      workerData: { task: this.task },
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true, // a library that prints would garble the progress bar; its output is dropped
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    slot.ready = false;
    worker.on('message', (m: { ready?: boolean; ok: boolean; value?: unknown; reason?: string }) => {
      if (slot.worker !== worker) return;
      if (m.ready) {
        slot.ready = true;
        if (slot.call) this.startClock(slot);
        return;
      }
      if (!slot.call) return;
      this.finish(slot, m.ok ? { ok: true, value: m.value, ms: this.elapsed(slot) } : { ok: false, reason: m.reason ?? 'failed', ms: this.elapsed(slot) });
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, `needed more than ${this.memoryMb} MB of memory (stopped)`, false);
      else this.fail(slot, `the worker failed: ${e.message}`, false, true);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.call) this.fail(slot, `the worker exited (code ${code})`, false, true);
    });
    return worker;
  }

  private elapsed(slot: Slot): number {
    return Math.round(performance.now() - slot.started);
  }

  private finish(slot: Slot, o: Outcome<unknown>): void {
    clearTimeout(slot.timer);
    slot.worker?.unref();
    const call = slot.call!;
    slot.call = null;
    call.resolve(o);
    if (!this.closed) this.pump();
  }

  /** End the running call as failed; the worker is thrown away (it may be spinning or broken). */
  private fail(slot: Slot, reason: string, terminate: boolean, crashed = false): void {
    const worker = slot.worker;
    slot.worker = null;
    if (terminate && worker) void worker.terminate();
    if (slot.call) this.finish(slot, { ok: false, reason, ms: this.elapsed(slot), ...(crashed ? { crashed } : {}) });
  }

  private async stop(slot: Slot, reason: string): Promise<void> {
    const worker = slot.worker;
    slot.worker = null;
    clearTimeout(slot.timer);
    if (slot.call) {
      const call = slot.call;
      slot.call = null;
      call.resolve({ ok: false, reason, ms: this.elapsed(slot) });
    }
    if (worker) await worker.terminate();
  }
}
