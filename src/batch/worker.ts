/** A worker thread of isolate.ts: loads its task once, then runs it for each message and answers with the outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { TASKS, type TaskName } from './tasks.ts';

const run = (await TASKS[(workerData as { task: TaskName }).task]()) as (input: unknown) => Promise<unknown>;

parentPort!.postMessage({ ready: true });
async function answer(input: unknown): Promise<void> {
  try {
    parentPort!.postMessage({ ok: true, value: await run(input) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, reason: (e as Error)?.message ?? String(e) });
  }
}
parentPort!.on('message', (input: unknown) => void answer(input));
