/**
 * The tables of the portal database, as kysely sees them. The same names and columns exist on SQLite and
 * PostgreSQL (see migrations.ts); where the storage type differs the TypeScript type is what both drivers return
 * after `normalize` (ids and counts as numbers, money as exact decimal strings, times as ISO-8601 UTC text).
 */
import type { Generated } from 'kysely';

export interface OrganisationTable {
  id: Generated<number>;
  /** stable public key: 12 hex digits of sha256(region|name) */
  slug: string;
  name: string;
  region: string;
  level: string | null;
  parent_id: number | null;
  is_sample: number;
  created_at: string;
}

/** One disclosure = one organisation × kind × year × scope; points at its latest published version. */
export interface DisclosureTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  /** department (部门), unit (单位) or aggregate (汇总): part of the identity, see identity.ts */
  scope: Generated<string>;
  year: number;
  title: string;
  latest_version_id: number | null;
  version_count: number;
  created_at: string;
  updated_at: string;
}

/** An immutable published version: one row per content hash, never updated once written (review_state aside). */
export interface VersionTable {
  id: Generated<number>;
  disclosure_id: number;
  content_hash: string;
  model_json: string;
  /** the text as published (source lines) or, for models without text, the narrative generated from figures */
  body: string;
  text_origin: string;
  checked: number;
  errors: number;
  warnings: number;
  infos: number;
  review_state: string;
  imported_by: number | null;
  published_at: string;
}

export interface BlobTable {
  sha256: string;
  bytes: Uint8Array;
  size: number;
  media_type: string;
  created_at: string;
}

export interface VersionSourceTable {
  id: Generated<number>;
  version_id: number;
  seq: number;
  file_name: string;
  format: string;
  sha256: string;
}

export interface FindingTable {
  id: Generated<number>;
  version_id: number;
  seq: number;
  rule: string;
  severity: string;
  message: string;
  path: string | null;
  detail_json: string;
}

/** Flat figure keys (flattenFigures): text in value, money also in amount (NUMERIC on PostgreSQL, TEXT on SQLite). */
export interface FigureTable {
  version_id: number;
  key: string;
  value: string;
  amount: string | null;
}

export interface SearchDocTable {
  disclosure_id: number;
  version_id: number;
  title: string;
  body: string;
  /** CJK bigrams separated by spaces (the word index for 2-character queries) */
  bigrams: string;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  detail_json: string;
  /** the client's address, for actions through the portal */
  ip: Generated<string | null>;
}

export interface AccountTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  role: string;
  org_id: number | null;
  password_hash: string | null;
  disabled: number;
  created_at: string;
  /** a finance reviewer's region (财政局 of 地区) */
  region: Generated<string | null>;
}

/** A server-side session: the cookie holds a random token, the table only its sha256. */
export interface SessionTable {
  token_hash: string;
  account_id: number;
  /** the synchronizer token every form of the session carries */
  csrf: string;
  created_at: string;
  expires_at: string;
}

/** A department's upload on its way to publication: draft → submitted → returned|approved. Private until approved. */
export interface SubmissionTable {
  id: Generated<number>;
  org_id: number;
  account_id: number;
  state: string;
  kind: string;
  year: number;
  title: string;
  content_hash: string;
  /** what the store will publish on approval (ImportInput without bytes; the originals are in blobs) */
  input_json: string;
  change_note: string | null;
  review_note: string | null;
  version_id: number | null;
  created_at: string;
  updated_at: string;
}

/** The editor's answer (explained|fixed) and the reviewer's decision (accepted|dismissed) on one finding. */
export interface SubmissionFindingTable {
  id: Generated<number>;
  submission_id: number;
  seq: number;
  response: string | null;
  response_reason: string | null;
  decision: string | null;
  decision_reason: string | null;
  updated_at: string;
}

/** Who submitted and approved a published version, and the change note of a correction. Written once. */
export interface VersionNoteTable {
  version_id: number;
  change_note: string | null;
  submitted_by: string;
  approved_by: string;
  approved_at: string;
}

export interface ReviewTable {
  id: Generated<number>;
  version_id: number;
  account_id: number | null;
  state: string;
  note: string | null;
  at: string;
}

export interface LedgerTable {
  id: Generated<number>;
  org_id: number;
  kind: string;
  /** department (部门), unit (单位) or aggregate (汇总): part of the identity, see identity.ts */
  scope: Generated<string>;
  year: number;
  due_date: string;
  /** 批复日期 from the roster (YYYY-MM-DD); null for rows made by an import alone */
  approved_on: Generated<string | null>;
  version_id: number | null;
  status: string;
  updated_at: string;
}

export interface JobTable {
  id: Generated<number>;
  queue: string;
  payload_json: string;
  state: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_at: string | null;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** Every number of a disclosure's latest text in whole 元, for search by amount (amounts.ts). */
export interface SearchAmountTable {
  disclosure_id: number;
  amount: number;
}

export interface DB {
  organisations: OrganisationTable;
  disclosures: DisclosureTable;
  disclosure_versions: VersionTable;
  blobs: BlobTable;
  version_sources: VersionSourceTable;
  findings: FindingTable;
  figures: FigureTable;
  search_docs: SearchDocTable;
  search_amounts: SearchAmountTable;
  audit_log: AuditTable;
  accounts: AccountTable;
  reviews: ReviewTable;
  publication_ledger: LedgerTable;
  jobs: JobTable;
  sessions: SessionTable;
  submissions: SubmissionTable;
  submission_findings: SubmissionFindingTable;
  version_notes: VersionNoteTable;
}
