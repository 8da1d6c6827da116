/**
 * The review workflow (部门提交、财政审核、审核通过即公开): an editor's upload becomes a submission with its findings;
 * the editor explains or marks fixed each finding and submits; the region's reviewer accepts or dismisses each
 * finding and returns or approves. Approval publishes through the store's one write path (a new immutable version)
 * in the same transaction as the submission's state, the version's note and the audit lines.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Finding } from '../model/index.ts';
import type { DB } from './schema.ts';
import type { ImportInput, Store } from './store.ts';
import { audit, type Account, type Actor } from './accounts.ts';
import { canEdit, canReview, canSee, type Owned } from './policy.ts';
import { sha256 } from './text.ts';
import { mediaTypeOf } from './store.ts';

/** A refused step: the message says why, in Chinese, for the page. */
export class WorkflowError extends Error {
  constructor(
    message: string,
    readonly status: 403 | 404 | 409 | 400 = 409,
  ) {
    super(message);
  }
}

export const Reason = z.string().trim().min(2, '请写明理由（至少 2 个字）').max(2000, '理由最多 2000 字');
export const ResponseSchema = z.object({ seq: z.coerce.number().int().min(0), response: z.enum(['explained', 'fixed']), reason: Reason });
export const DecisionSchema = z.object({ seq: z.coerce.number().int().min(0), decision: z.enum(['accepted', 'dismissed']), reason: Reason });
export const NoteSchema = z.string().trim().max(2000, '说明最多 2000 字');

/** An upload read, extracted and checked into what the store would publish (the import stage does this). */
export type PrepareUpload = (fileName: string, bytes: Uint8Array, unit: string) => Promise<ImportInput>;

export interface SubmissionFinding extends Finding {
  seq: number;
  response: string | null;
  responseReason: string | null;
  decision: string | null;
  decisionReason: string | null;
}

export interface Submission extends Owned {
  id: number;
  org: string;
  orgSlug: string;
  editor: string;
  kind: string;
  scope: string;
  year: number;
  title: string;
  fileName: string;
  contentHash: string;
  changeNote: string | null;
  reviewNote: string | null;
  versionId: number | null;
  createdAt: string;
  updatedAt: string;
  /** whether the disclosure has a published version already (then a change note is required) */
  published: boolean;
  findings: SubmissionFinding[];
}

/** What input_json keeps: the ImportInput with its originals by hash (their bytes are in blobs). */
type Stored = Omit<ImportInput, 'sources'> & { sources: { file: string; format: string; mediaType?: string; sha256: string }[] };

const now = () => new Date().toISOString();
/** Findings that must be answered before submitting and decided before approving. */
const weighty = (f: { severity: string }) => f.severity !== 'info';

export class Workflow {
  private db: Kysely<DB>;
  /** `prepare` reads, extracts and checks an upload (the import stage's prepareUpload): the store only stores */
  constructor(
    private store: Store,
    private prepare: PrepareUpload,
  ) {
    this.db = store.db;
  }

  /** An editor's upload → a draft submission with its findings; nothing is public yet. */
  async upload(account: Account, fileName: string, bytes: Uint8Array, actor: Actor): Promise<number> {
    if (account.role !== 'editor' || !account.org) throw new WorkflowError('只有部门编辑可以上传文件。', 403);
    const input = await this.prepare(fileName, bytes, account.org.name);
    // the account's organisation is the authority on whose document this is (published under its name and region)
    input.disclosure.identity.unit = account.org.name;
    if (await this.store.hasVersion(input.contentHash)) throw new WorkflowError('这份文件已经公开过（内容完全相同），无需再次提交。');
    const d = input.disclosure;
    const at = now();
    const stored: Stored = {
      ...input,
      sources: input.sources.map((s) => ({ file: s.file, format: s.format, mediaType: s.mediaType, sha256: sha256(s.bytes) })),
    };
    return this.db.transaction().execute(async (trx) => {
      for (const s of input.sources) {
        const h = sha256(s.bytes);
        if (!(await trx.selectFrom('blobs').select('sha256').where('sha256', '=', h).executeTakeFirst()))
          await trx
            .insertInto('blobs')
            .values({ sha256: h, bytes: s.bytes, size: s.bytes.length, media_type: s.mediaType ?? mediaTypeOf(s.format), created_at: at })
            .execute();
      }
      const row = await trx
        .insertInto('submissions')
        .values({
          org_id: account.org!.id,
          account_id: account.id,
          state: 'draft',
          kind: d.identity.kind,
          year: d.identity.year,
          title: d.identity.title?.slice(0, 200) || `${account.org!.name}${d.identity.year}年`,
          content_hash: input.contentHash,
          input_json: JSON.stringify(stored),
          change_note: null,
          review_note: null,
          version_id: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const findings = input.findings ?? [];
      if (findings.length)
        await trx
          .insertInto('submission_findings')
          .values(
            findings.map((_, seq) => ({
              submission_id: row.id,
              seq,
              response: null,
              response_reason: null,
              decision: null,
              decision_reason: null,
              updated_at: at,
            })),
          )
          .execute();
      await audit(trx, actor, 'submission.upload', ['submission', row.id], {
        file: stored.sources[0]?.file,
        contentHash: input.contentHash,
        findings: findings.length,
      });
      return row.id;
    });
  }

  /** A submission as `account` may see it, or a WorkflowError (404 when it does not exist or is not theirs to see). */
  async get(id: number, account: Account): Promise<Submission> {
    const s = await this.load(id);
    if (!s || !canSee(account, s)) throw new WorkflowError('没有这份提交，或您无权查看。', 404);
    return s;
  }

  private async load(id: number): Promise<Submission | null> {
    const r = await this.db
      .selectFrom('submissions as s')
      .innerJoin('organisations as o', 'o.id', 's.org_id')
      .innerJoin('accounts as a', 'a.id', 's.account_id')
      .selectAll('s')
      .select(['o.name as org', 'o.slug', 'o.region', 'a.login as editor'])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!r) return null;
    const input = JSON.parse(r.input_json) as Stored;
    const answers = await this.db.selectFrom('submission_findings').selectAll().where('submission_id', '=', id).orderBy('seq').execute();
    const by = new Map(answers.map((x) => [x.seq, x]));
    const scope = input.disclosure.identity.scope ?? 'department';
    const published = await this.db
      .selectFrom('disclosures')
      .select('id')
      .where('org_id', '=', r.org_id)
      .where('kind', '=', r.kind)
      .where('year', '=', r.year)
      .where('scope', '=', scope)
      .where('latest_version_id', 'is not', null)
      .executeTakeFirst();
    return {
      id: r.id,
      orgId: r.org_id,
      org: r.org,
      orgSlug: r.slug,
      region: r.region,
      editor: r.editor,
      state: r.state,
      kind: r.kind,
      scope,
      year: r.year,
      title: r.title,
      fileName: input.sources[0]?.file ?? '',
      contentHash: r.content_hash,
      changeNote: r.change_note,
      reviewNote: r.review_note,
      versionId: r.version_id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      published: !!published,
      findings: (input.findings ?? []).map((f, seq) => {
        const a = by.get(seq);
        return {
          ...f,
          seq,
          response: a?.response ?? null,
          responseReason: a?.response_reason ?? null,
          decision: a?.decision ?? null,
          decisionReason: a?.decision_reason ?? null,
        };
      }),
    };
  }

  /** The submissions an account works on: an editor's organisation's, a reviewer's region's (not drafts), all for an administrator. */
  async list(account: Account, states?: string[]) {
    let q = this.db
      .selectFrom('submissions as s')
      .innerJoin('organisations as o', 'o.id', 's.org_id')
      .select(['s.id', 's.state', 's.kind', 's.year', 's.title', 's.updated_at', 'o.name as org', 'o.region'])
      .orderBy('s.updated_at', 'desc')
      .limit(200);
    if (account.role === 'editor') q = q.where('s.org_id', '=', account.org?.id ?? -1);
    else if (account.role === 'reviewer') q = q.where('o.region', '=', account.region ?? '').where('s.state', '!=', 'draft');
    if (states?.length) q = q.where('s.state', 'in', states);
    return (await q.execute()).map((r) => ({
      id: r.id,
      state: r.state,
      kind: r.kind,
      year: r.year,
      title: r.title,
      updatedAt: r.updated_at,
      org: r.org,
      region: r.region,
    }));
  }

  async respond(id: number, account: Account, input: unknown, actor: Actor): Promise<void> {
    const r = ResponseSchema.parse(input);
    const s = await this.get(id, account);
    if (!canEdit(account, s)) throw new WorkflowError('这份提交现在不能修改（已提交审核或已公开）。', 403);
    if (!s.findings[r.seq]) throw new WorkflowError('没有这条检查发现。', 400);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('submission_findings')
        .set({ response: r.response, response_reason: r.reason, updated_at: now() })
        .where('submission_id', '=', id)
        .where('seq', '=', r.seq)
        .execute();
      await audit(trx, actor, 'finding.respond', ['submission', id], { seq: r.seq, response: r.response, reason: r.reason });
    });
  }

  async submit(id: number, account: Account, note: unknown, actor: Actor): Promise<void> {
    const changeNote = NoteSchema.parse(note ?? '');
    const s = await this.get(id, account);
    if (!canEdit(account, s)) throw new WorkflowError('这份提交现在不能提交（已提交审核或已公开）。', 403);
    const open = s.findings.filter((f) => weighty(f) && !f.response);
    if (open.length) throw new WorkflowError(`还有 ${open.length} 条错误或警告未说明或标为已改正。`);
    if (s.published && changeNote.length < 2) throw new WorkflowError('这是对已公开文件的更正：请写明更正说明。', 400);
    await this.setState(id, s.state, 'submitted', { change_note: changeNote || null }, actor, 'submission.submit', { changeNote });
  }

  async decide(id: number, account: Account, input: unknown, actor: Actor): Promise<void> {
    const r = DecisionSchema.parse(input);
    const s = await this.get(id, account);
    if (!canReview(account, s)) throw new WorkflowError('只有本地区的财政审核人员可以审核已提交的文件。', 403);
    if (!s.findings[r.seq]) throw new WorkflowError('没有这条检查发现。', 400);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('submission_findings')
        .set({ decision: r.decision, decision_reason: r.reason, updated_at: now() })
        .where('submission_id', '=', id)
        .where('seq', '=', r.seq)
        .execute();
      await audit(trx, actor, 'finding.decide', ['submission', id], { seq: r.seq, decision: r.decision, reason: r.reason });
    });
  }

  async returnToEditor(id: number, account: Account, note: unknown, actor: Actor): Promise<void> {
    const reviewNote = Reason.parse(note);
    const s = await this.get(id, account);
    if (!canReview(account, s)) throw new WorkflowError('只有本地区的财政审核人员可以退回已提交的文件。', 403);
    await this.setState(id, 'submitted', 'returned', { review_note: reviewNote }, actor, 'submission.return', { note: reviewNote });
  }

  /** Approve and publish: a new immutable version, in one transaction with the submission's state and the audit line. */
  async approve(id: number, account: Account, note: unknown, actor: Actor): Promise<{ key: string; versionId: number }> {
    const reviewNote = NoteSchema.parse(note ?? '');
    const s = await this.get(id, account);
    if (!canReview(account, s)) throw new WorkflowError('只有本地区的财政审核人员可以批准已提交的文件。', 403);
    const open = s.findings.filter((f) => weighty(f) && !f.decision);
    if (open.length) throw new WorkflowError(`还有 ${open.length} 条错误或警告未审核（接受或驳回）。`);
    const row = await this.db.selectFrom('submissions').select('input_json').where('id', '=', id).executeTakeFirstOrThrow();
    const stored = JSON.parse(row.input_json) as Stored;
    const sources = await Promise.all(stored.sources.map(async (x) => ({ ...x, bytes: new Uint8Array((await this.store.blob(x.sha256))!.bytes) })));
    const at = now();
    const r = await this.store.importDisclosure({ ...stored, sources, region: s.region, actor: actor.login }, async (trx, result) => {
      const moved = await trx
        .updateTable('submissions')
        .set({ state: 'approved', review_note: reviewNote || null, version_id: result.versionId, updated_at: at })
        .where('id', '=', id)
        .where('state', '=', 'submitted')
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw new WorkflowError('这份提交的状态已经改变，请刷新页面。');
      if (result.status !== 'unchanged')
        await trx
          .insertInto('version_notes')
          .values({ version_id: result.versionId, change_note: s.changeNote, submitted_by: s.editor, approved_by: account.login, approved_at: at })
          .execute();
      await audit(trx, actor, 'submission.approve', ['submission', id], { versionId: result.versionId, key: result.key, note: reviewNote });
    });
    return { key: r.key, versionId: r.versionId };
  }

  /** A state change that holds only if nobody changed the state meanwhile (two reviewers, two tabs). */
  private async setState(
    id: number,
    from: string,
    to: string,
    set: { change_note?: string | null; review_note?: string | null },
    actor: Actor,
    action: string,
    detail: object,
  ) {
    await this.db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('submissions')
        .set({ ...set, state: to, updated_at: now() })
        .where('id', '=', id)
        .where('state', '=', from)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw new WorkflowError('这份提交的状态已经改变，请刷新页面。');
      await audit(trx, actor, action, ['submission', id], detail);
    });
  }
}
