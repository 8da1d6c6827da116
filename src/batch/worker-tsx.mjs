// The worker of isolate.ts when the TypeScript sources run (development, tests): it registers tsx itself, since
// neither the main thread's loader hooks nor `--import` in a worker's execArgv reach a worker thread on Node 20.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
