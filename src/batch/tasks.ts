/**
 * The tasks a worker of isolate.ts can run, by name. Each is loaded in the worker only, on first use; add a
 * task here (with its input and output types) to run it isolated.
 */
import type { CheckInput, CheckRow, Extracted } from './check-task.ts';
import type { Part, Prepared } from '../import/prepare.ts';

export interface Tasks {
  /** read, extract and check one document (or several as one disclosure) */
  check: { input: CheckInput; output: CheckRow };
  /** the same, returning the model and findings for the store (`yusuan worker`) */
  extract: { input: CheckInput; output: Extracted };
  /** one publication for `yusuan import`: a document read, extracted and checked, or a model parsed and checked */
  import: { input: { parts: Part[] }; output: Prepared };
}
export type TaskName = keyof Tasks;
export type TaskInput<N extends TaskName> = Tasks[N]['input'];
export type TaskOutput<N extends TaskName> = Tasks[N]['output'];

export const TASKS: { [N in TaskName]: () => Promise<(input: TaskInput<N>) => Promise<TaskOutput<N>>> } = {
  check: async () => (await import('./check-task.ts')).checkTask,
  extract: async () => (await import('./check-task.ts')).extractTask,
  import: async () => (await import('../import/prepare.ts')).prepareTask,
};
