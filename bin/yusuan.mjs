#!/usr/bin/env node
// The installed command: registers the TypeScript loader and runs the CLI. All error handling is in main.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
