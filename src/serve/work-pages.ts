/** The work area's pages (工作台): sign-in, the editor's uploads, the reviewer's queue, a submission, the audit log. */
import type { Session } from '../store/sessions.ts';
import { ROLE_NAMES } from '../store/accounts.ts';
import { canEdit, canReview } from '../store/policy.ts';
import { MAX_UPLOAD_BYTES, UPLOAD_EXTENSIONS } from '../import/upload.ts';
import type { Submission, SubmissionFinding } from '../store/workflow.ts';
import { kindName } from '../store/identity.ts';
import { SEVERITY_LABEL } from './format.ts';
import { html, url, type Html } from './html.ts';
import { dataTable, page } from './layout.ts';

export const STATE_NAMES: Record<string, string> = { draft: '草稿', submitted: '待审核', returned: '已退回', approved: '已批准公开' };
const RESPONSE_NAMES: Record<string, string> = { explained: '已说明', fixed: '已改正' };
const DECISION_NAMES: Record<string, string> = { accepted: '接受', dismissed: '驳回' };

export interface Message {
  text: string;
  ok?: boolean;
}

const userOf = (s: Session) => ({ login: s.account.login, displayName: s.account.displayName, role: s.account.role, csrf: s.csrf });
const csrf = (s: Session) => html`<input type="hidden" name="_csrf" value="${s.csrf}" />`;
const note = (m?: Message) => (m ? html`<p class="message${m.ok ? ' ok' : ''}" role="${m.ok ? 'status' : 'alert'}">${m.text}</p>` : '');
const state = (s: string) => html`<span class="state ${s}">${STATE_NAMES[s] ?? s}</span>`;
const time = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function loginPage(token: string, m?: Message): Html {
  return page({
    title: '登录',
    path: '/login',
    body: html`<h1>登录工作台</h1>
      <p class="muted">部门编辑上传并提交本单位的公开文件；财政审核人员审核本地区的提交。公众浏览无需登录。</p>
      ${note(m)}
      <form class="stack card" method="post" action="/login">
        <input type="hidden" name="_csrf" value="${token}" />
        <div><label for="login">用户名</label><input type="text" id="login" name="login" autocomplete="username" required maxlength="64" /></div>
        <div>
          <label for="password">密码</label><input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200" />
        </div>
        <div><button type="submit">登录</button></div>
      </form>`,
  });
}

interface Row {
  id: number;
  state: string;
  kind: string;
  year: number;
  title: string;
  updatedAt: string;
  org: string;
  region: string;
}

function rowsTable(rows: Row[]): Html {
  if (!rows.length) return html`<p class="muted">暂无。</p>`;
  return dataTable(
    ['文件', '单位', '状态', '更新'],
    rows.map((r) => [html`<a href="${`/work/s/${r.id}`}">${r.title}</a>`, r.org, state(r.state), time(r.updatedAt)]),
  );
}

function uploadForm(s: Session): Html {
  return html`<section aria-labelledby="up">
    <h2 id="up">上传公开文件</h2>
    <form class="stack card" method="post" action="/work/upload" enctype="multipart/form-data">
      ${csrf(s)}
      <div>
        <label for="file">文件（${UPLOAD_EXTENSIONS.join(' ')}，或 <code>yusuan template</code> 填好的 YAML；最大 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）</label>
        <input type="file" id="file" name="file" required accept="${UPLOAD_EXTENSIONS.join(',')}" />
      </div>
      <div><button type="submit">上传并检查</button></div>
    </form>
  </section>`;
}

export function workHome(s: Session, rows: Row[], m?: Message): Html {
  const a = s.account;
  const where = a.role === 'editor' ? a.org?.name : a.role === 'reviewer' ? a.region : '全部地区';
  return page({
    title: '工作台',
    path: '/work',
    user: userOf(s),
    body: html`<h1>工作台</h1>
      <p class="kv"><span>${ROLE_NAMES[a.role]}</span><span>${where}</span></p>
      ${note(m)} ${a.role === 'editor' ? uploadForm(s) : ''}
      <section aria-labelledby="list">
        <h2 id="list">${a.role === 'reviewer' ? '审核队列' : a.role === 'editor' ? '本单位的提交' : '全部提交'}</h2>
        ${
          a.role === 'reviewer'
            ? html`<h3>待审核</h3>
                ${rowsTable(rows.filter((r) => r.state === 'submitted'))}
                <h3>其他</h3>
                ${rowsTable(rows.filter((r) => r.state !== 'submitted'))}`
            : rowsTable(rows)
        }
      </section>
      <p>
        ${a.role !== 'editor' ? html`<a class="button secondary" href="${url('/transparency', { region: a.region ?? undefined })}#ledger">公开台账（按期公开情况）</a> ` : ''}${a.role === 'admin' ? html`<a class="button secondary" href="/work/audit">操作日志</a>` : ''}
      </p>`,
  });
}

/** One answer to a finding: the department's (说明/已改正) or the finance bureau's (接受/驳回), with its reason. */
interface AnswerForm {
  action: 'respond' | 'decide';
  /** the select's name, label and options; the ids' prefix */
  name: 'response' | 'decision';
  label: string;
  options: [string, string][];
  id: string;
  reason: string | null | undefined;
}

function answerForm(s: Session, sub: Submission, f: SubmissionFinding, a: AnswerForm): Html {
  return html`<form class="inline" method="post" action="${`/work/s/${sub.id}/${a.action}`}">
    ${csrf(s)}<input type="hidden" name="seq" value="${f.seq}" />
    <div>
      <label for="${`${a.id}-${f.seq}`}">${a.label}</label
      ><select id="${`${a.id}-${f.seq}`}" name="${a.name}">
        ${a.options.map(([value, text]) => html`<option value="${value}">${text}</option>`)}
      </select>
    </div>
    <div class="grow">
      <label for="${`${a.id}r-${f.seq}`}">理由</label
      ><input type="text" id="${`${a.id}r-${f.seq}`}" name="reason" required maxlength="2000" value="${a.reason ?? ''}" />
    </div>
    <button type="submit">保存</button>
  </form>`;
}

const editorAnswer = (s: Session, sub: Submission, f: SubmissionFinding): Html =>
  answerForm(s, sub, f, {
    action: 'respond',
    name: 'response',
    label: '处理',
    options: [
      ['explained', '说明（数字无误）'],
      ['fixed', '已改正'],
    ],
    id: 'r',
    reason: f.responseReason,
  });

const reviewerAnswer = (s: Session, sub: Submission, f: SubmissionFinding): Html =>
  answerForm(s, sub, f, {
    action: 'decide',
    name: 'decision',
    label: '审核',
    options: [
      ['accepted', '接受（问题成立）'],
      ['dismissed', '驳回（不是问题）'],
    ],
    id: 'd',
    reason: f.decisionReason,
  });

function findingItem(s: Session, sub: Submission, f: SubmissionFinding): Html {
  return html`<li class="${f.severity}" id="${`f-${f.seq}`}">
    <p><span class="badge ${f.severity}">${SEVERITY_LABEL[f.severity]}</span> <span class="where">${f.rule}</span> ${f.message}</p>
    ${f.suggestion ? html`<p class="small muted">建议：${f.suggestion}</p>` : ''}
    ${f.response ? html`<p class="answer">部门：${RESPONSE_NAMES[f.response]} — ${f.responseReason}</p>` : ''}
    ${f.decision ? html`<p class="answer">财政：${DECISION_NAMES[f.decision]} — ${f.decisionReason}</p>` : ''}
    ${canEdit(s.account, sub) ? editorAnswer(s, sub, f) : ''}${canReview(s.account, sub) ? reviewerAnswer(s, sub, f) : ''}
  </li>`;
}

function actions(s: Session, sub: Submission): Html | '' {
  if (canEdit(s.account, sub))
    return html`<section aria-labelledby="act">
      <h2 id="act">提交审核</h2>
      <form class="stack card" method="post" action="${`/work/s/${sub.id}/submit`}">
        ${csrf(s)}
        <div>
          <label for="note">${sub.published ? '更正说明（必填：改了什么，为什么）' : '提交说明（可选）'}</label
          ><textarea id="note" name="note" maxlength="2000" ${sub.published ? html` required` : ''}>${sub.changeNote ?? ''}</textarea>
        </div>
        <div><button type="submit">提交财政审核</button></div>
      </form>
    </section>`;
  if (canReview(s.account, sub))
    return html`<section aria-labelledby="act">
      <h2 id="act">审核结论</h2>
      <form class="stack card" method="post" action="${`/work/s/${sub.id}/approve`}">
        ${csrf(s)}
        <div><label for="anote">批准意见（可选）</label><textarea id="anote" name="note" maxlength="2000"></textarea></div>
        <div><button type="submit">批准并公开</button></div>
      </form>
      <form class="stack card" method="post" action="${`/work/s/${sub.id}/return`}">
        ${csrf(s)}
        <div><label for="rnote">退回理由（必填）</label><textarea id="rnote" name="note" required maxlength="2000"></textarea></div>
        <div><button type="submit" class="button secondary">退回部门修改</button></div>
      </form>
    </section>`;
  return '';
}

export function submissionPage(s: Session, sub: Submission, m?: Message): Html {
  const order = { error: 0, warning: 1, info: 2 } as const;
  const findings = [...sub.findings].sort((a, b) => order[a.severity] - order[b.severity] || a.seq - b.seq);
  const publicUrl = `/org/${sub.orgSlug}/${sub.year}/${sub.scope === 'department' ? sub.kind : `${sub.scope}-${sub.kind}`}`;
  return page({
    title: sub.title,
    path: '/work',
    user: userOf(s),
    body: html`<nav class="crumbs" aria-label="位置"><a href="/work">工作台</a> › 提交 ${sub.id}</nav>
      <h1>${sub.title}</h1>
      <p class="kv">
        <span>${state(sub.state)}</span><span>${sub.org}</span><span>${sub.region}</span><span>${sub.year}年${kindName(sub.kind, sub.scope)}</span
        ><span>文件：${sub.fileName}</span><span>提交人：${sub.editor}</span>
      </p>
      ${note(m)} ${sub.published ? html`<p class="notice">本单位这份文件已有公开版本：批准后将作为<strong>新版本</strong>公开，原版本保留。</p>` : ''}
      ${sub.changeNote ? html`<p class="answer">更正说明：${sub.changeNote}</p>` : ''}
      ${sub.reviewNote ? html`<p class="answer">财政意见：${sub.reviewNote}</p>` : ''}
      ${sub.state === 'approved' ? html`<p class="message ok">已批准并公开：<a href="${publicUrl}">查看公开页面</a></p>` : ''}
      <section aria-labelledby="fs">
        <h2 id="fs">检查发现（${sub.findings.length} 条）</h2>
        ${
          findings.length
            ? html`<ul class="plain findings">
                ${findings.map((f) => findingItem(s, sub, f))}
              </ul>`
            : html`<p><span class="badge ok">未发现问题</span></p>`
        }
      </section>
      ${actions(s, sub)}`,
  });
}

export function auditPage(s: Session, rows: { at: string; actor: string; action: string; subject: string; ip: string | null; detail: string }[]): Html {
  return page({
    title: '操作日志',
    path: '/work',
    user: userOf(s),
    body: html`<h1>操作日志</h1>
      <p class="muted">最近 500 条：谁、何时、做了什么、从哪里。</p>
      ${dataTable(
        ['时间', '操作人', '操作', '对象', '来源', '详情'],
        rows.map((r) => [time(r.at), r.actor, r.action, r.subject, r.ip ?? '命令行', html`<span class="small">${r.detail}</span>`]),
      )}`,
  });
}

export function workError(s: Session | null, status: number, text: string): Html {
  return page({
    title: '无法完成',
    path: '/work',
    user: s ? userOf(s) : undefined,
    body: html`<h1>无法完成（${status}）</h1>
      ${note({ text })}
      <p><a href="/work">返回工作台</a></p>`,
  });
}
