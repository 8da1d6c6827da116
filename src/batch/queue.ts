import type { Io } from '../cli/command.ts';
export async function enqueuePaths(_db: string, _paths: string[], _o: { asOneBy?: RegExp }, io: Io): Promise<number> {
  io.err('not yet');
  return 2;
}
