/**
 * The write operations of the portal (sign-in, the work area) for the OpenAPI document. They take HTML forms, not
 * JSON: each needs the session cookie (securityScheme `session`), the session's form token in `_csrf`, and an
 * Origin (or Referer) of the portal itself; the answer is a 303 redirect or an HTML page saying what was refused.
 */
const str = { type: 'string' };
const form = (properties: Record<string, object>, required: string[], type = 'application/x-www-form-urlencoded') => ({
  required: true,
  content: {
    [type]: {
      schema: {
        type: 'object',
        properties: { _csrf: { type: 'string', description: '本会话的表单令牌（页面表单中的隐藏字段）' }, ...properties },
        required: ['_csrf', ...required],
      },
    },
  },
});
const refused = {
  303: { description: '完成，转到结果页面' },
  400: { description: '输入有误（页面说明原因）' },
  403: { description: '未登录、无权操作、表单令牌不符或请求来自其他网站' },
  404: { description: '没有这份提交，或无权查看' },
  409: { description: '当前状态下不能这样做（页面说明原因）' },
  413: { description: '内容过大' },
};
const reason = { type: 'string', minLength: 2, maxLength: 2000 };
const id = { name: 'id', in: 'path', required: true, description: '提交编号', schema: { type: 'integer' } };
const session = [{ session: [] }];

export const WORK_PATHS = {
  '/login': {
    post: {
      summary: '登录（表单；令牌来自登录页的 Cookie，双重提交）。失败 5 次后该用户名锁定 15 分钟（429，Retry-After）',
      requestBody: form({ login: str, password: { type: 'string', format: 'password' } }, ['login', 'password']),
      responses: {
        303: { description: '登录成功：发放新的会话 Cookie（旧会话结束）' },
        401: { description: '用户名或密码不正确，或账号已停用' },
        403: { description: '表单令牌不符或来自其他网站' },
        429: { description: '失败次数过多' },
      },
    },
  },
  '/logout': {
    post: {
      summary: '退出（结束服务器端会话）',
      security: session,
      requestBody: form({}, []),
      responses: { 303: { description: '已退出' }, 403: refused[403] },
    },
  },
  '/work/upload': {
    post: {
      summary: '部门编辑上传本单位的公开文件（PDF、DOCX、XLSX、HTML、文本，或 yusuan template 的 YAML；≤20 MB），检查后生成草稿',
      security: session,
      requestBody: form({ file: { type: 'string', format: 'binary' } }, ['file'], 'multipart/form-data'),
      responses: refused,
    },
  },
  '/work/s/{id}/respond': {
    post: {
      summary: '部门编辑：说明或标为已改正一条检查发现（草稿或退回时）',
      security: session,
      parameters: [id],
      requestBody: form({ seq: { type: 'integer' }, response: { enum: ['explained', 'fixed'] }, reason }, ['seq', 'response', 'reason']),
      responses: refused,
    },
  },
  '/work/s/{id}/submit': {
    post: {
      summary: '部门编辑：提交财政审核（错误与警告须已处理；更正已公开文件须写更正说明）',
      security: session,
      parameters: [id],
      requestBody: form({ note: { type: 'string', maxLength: 2000 } }, []),
      responses: refused,
    },
  },
  '/work/s/{id}/decide': {
    post: {
      summary: '本地区财政审核：接受或驳回一条检查发现，并写明理由',
      security: session,
      parameters: [id],
      requestBody: form({ seq: { type: 'integer' }, decision: { enum: ['accepted', 'dismissed'] }, reason }, ['seq', 'decision', 'reason']),
      responses: refused,
    },
  },
  '/work/s/{id}/return': {
    post: {
      summary: '本地区财政审核：退回部门修改（须写理由）',
      security: session,
      parameters: [id],
      requestBody: form({ note: reason }, ['note']),
      responses: refused,
    },
  },
  '/work/s/{id}/approve': {
    post: {
      summary: '本地区财政审核：批准并公开（新的不可更改版本）',
      security: session,
      parameters: [id],
      requestBody: form({ note: { type: 'string', maxLength: 2000 } }, []),
      responses: refused,
    },
  },
};

export const WORK_SECURITY = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'yusuan_session',
    description: '登录后发放的会话（HttpOnly、SameSite=Strict，8 小时后过期）；写操作另须表单令牌 _csrf 与本站 Origin',
  },
};
