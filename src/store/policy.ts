/**
 * Who may do what with a submission: the one place the portal and the store ask. An editor works on their own
 * organisation's submissions only; a reviewer sees and decides those of their region; an administrator sees all
 * but neither submits nor approves (the four-eyes rule stays with departments and finance bureaus).
 */
import type { Account } from './accounts.ts';

export interface Owned {
  orgId: number;
  region: string;
  state: string;
}

export const EDITABLE = new Set(['draft', 'returned']);

export const canSee = (a: Account, s: Owned) =>
  a.role === 'admin' || (a.role === 'editor' && a.org?.id === s.orgId) || (a.role === 'reviewer' && a.region === s.region && s.state !== 'draft');
export const canEdit = (a: Account, s: Owned) => a.role === 'editor' && a.org?.id === s.orgId && EDITABLE.has(s.state);
export const canReview = (a: Account, s: Owned) => a.role === 'reviewer' && a.region === s.region && s.state === 'submitted';
