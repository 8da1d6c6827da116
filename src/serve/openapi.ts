/** The OpenAPI 3.1 document of the JSON API (served at /api/openapi.json). */
import { FORMATS } from '../write/formats.ts';

const str = { type: 'string' };
const int = { type: 'integer' };
const q = (name: string, description: string, schema: object = str) => ({ name, in: 'query', required: false, description, schema });
const p = (name: string, description: string, schema: object = str) => ({ name, in: 'path', required: true, description, schema });
const filters = [
  q('region', '地区，如 重庆市渝中区'),
  q('year', '年度', int),
  q('kind', 'budget（预算）或 final（决算）', { enum: ['budget', 'final'] }),
  q('scope', 'department（部门）、unit（单位）或 aggregate（汇总）', { enum: ['department', 'unit', 'aggregate'] }),
  q('org', '单位标识（12 位十六进制）'),
];
const disc = [
  p('org', '单位标识'),
  p('year', '年度', int),
  p('kind', '类型与范围：budget、final（部门预算、决算），unit-budget、unit-final（单位），aggregate-budget、aggregate-final（汇总）', {
    enum: ['budget', 'final', 'unit-budget', 'unit-final', 'aggregate-budget', 'aggregate-final'],
  }),
];
const ok = (description: string, schema: object = { $ref: '#/components/schemas/Any' }, type = 'application/json') => ({
  200: { description, content: { [type]: { schema } } },
});
const notFound = { 404: { description: '未找到', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } };

// the portal's write operations (sign-in, the work area) and their security scheme
import { WORK_PATHS, WORK_SECURITY } from './openapi-work.ts';

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'yusuan 预算公开平台 API',
    version: '1',
    description:
      '部门预算、部门决算公开数据：列表、单位、文件（数字、检查发现、原件、版本）、全文检索、对比、地区汇总与透明度。金额为万元，以精确的十进制字符串表示。',
  },
  paths: {
    '/api/stats': { get: { summary: '概况：数量、地区、年度', responses: ok('概况') } },
    '/api/disclosures': {
      get: {
        summary: '文件列表（最新版本）',
        parameters: [...filters, q('limit', '条数（≤500）', int), q('offset', '偏移', int)],
        responses: ok('列表', { type: 'array', items: { $ref: '#/components/schemas/DisclosureRow' } }),
      },
    },
    '/api/disclosures/{org}/{year}/{kind}': {
      get: { summary: '一份文件：数字、检查发现、原件、版本、正文', parameters: disc, responses: { ...ok('文件'), ...notFound } },
    },
    '/api/disclosures/{org}/{year}/{kind}/series': {
      get: { summary: '本单位同类文件历年的主要数字', parameters: disc, responses: { ...ok('历年数字'), ...notFound } },
    },
    '/org/{org}/{year}/{kind}/model.json': { get: { summary: '数据模型（yusuan/disclosure@1）', parameters: disc, responses: { ...ok('模型'), ...notFound } } },
    '/org/{org}/{year}/{kind}/figures.csv': {
      get: { summary: '数字 CSV：key,name,value（UTF-8，带 BOM）', parameters: disc, responses: { ...ok('CSV', str, 'text/csv'), ...notFound } },
    },
    '/org/{org}/{year}/{kind}/original/{sha256}': {
      get: {
        summary: '原件，逐字节',
        parameters: [...disc, p('sha256', '原件的 SHA-256')],
        responses: { ...ok('原件', { type: 'string', format: 'binary' }, 'application/octet-stream'), ...notFound },
      },
    },
    '/org/{org}/{year}/{kind}/render/{format}': {
      get: {
        summary: '由数据生成的文件',
        parameters: [...disc, p('format', '格式', { enum: FORMATS })],
        responses: { ...ok('文件', { type: 'string', format: 'binary' }, 'application/octet-stream'), ...notFound },
      },
    },
    '/api/organisations': { get: { summary: '单位列表', parameters: [filters[0]], responses: ok('单位') } },
    '/api/organisations/{org}': { get: { summary: '单位及其历年文件', parameters: [p('org', '单位标识')], responses: { ...ok('单位'), ...notFound } } },
    '/api/search': {
      get: {
        summary: '全文检索（支持两个字的词，如“三公”“预算”；空格分隔的多个词须同时出现）',
        parameters: [{ ...q('q', '关键词'), required: true }, ...filters, q('limit', '条数（≤100）', int), q('offset', '偏移', int)],
        responses: ok('结果：total、hits（含 snippet 与 marks 高亮位置）'),
      },
    },
    '/api/compare': {
      get: {
        summary: '对比两份或更多文件',
        parameters: [
          {
            name: 'd',
            in: 'query',
            required: true,
            description: '文件键 {org}/{year}/{kind}，可重复',
            schema: { type: 'array', items: str },
            style: 'form',
            explode: true,
          },
        ],
        responses: ok('各文件的数字，及相对第一份的增减、变化率和占比'),
      },
    },
    '/api/regions': { get: { summary: '地区列表', responses: ok('地区') } },
    '/api/regions/{region}': {
      get: { summary: '地区汇总：各部门数字与合计', parameters: [p('region', '地区'), filters[1], filters[2]], responses: ok('汇总') },
    },
    '/api/transparency': { get: { summary: '透明度：各文件的完整性与一致性', parameters: filters.slice(0, 3), responses: ok('透明度表') } },
    '/transparency/ledger.csv': {
      get: {
        summary: '公开台账 CSV：各单位的批复日期、公开期限（批复后 20 日）、首次公开日期、状态（按期公开、逾期公开、逾期未公开、未到期）与最新版本错误数',
        parameters: filters.slice(0, 3),
        responses: ok('CSV', str, 'text/csv'),
      },
    },
    '/org/{org}/{year}/{kind}/diff': {
      get: {
        summary: '两个已公开版本的差异（数字与正文；默认最新版与上一版）',
        parameters: [...disc, q('from', '旧版本的内容哈希（前 8–64 位）'), q('to', '新版本的内容哈希（前 8–64 位）')],
        responses: { ...ok('差异页面', str, 'text/html'), ...notFound },
      },
    },
    ...WORK_PATHS,
  },
  components: {
    securitySchemes: WORK_SECURITY,
    schemas: {
      Any: { type: 'object' },
      Error: { type: 'object', properties: { error: str } },
      DisclosureRow: {
        type: 'object',
        properties: {
          key: { type: 'string', description: '{org}/{year}/{kind}' },
          orgSlug: str,
          org: str,
          region: str,
          isSample: { type: 'boolean' },
          kind: { enum: ['budget', 'final'] },
          year: int,
          title: str,
          versionId: int,
          versions: int,
          publishedAt: { type: 'string', format: 'date-time' },
          checked: { type: 'boolean' },
          errors: int,
          warnings: int,
          infos: int,
          expenditure: { type: ['string', 'null'], description: '支出总计（万元，精确十进制）' },
        },
      },
    },
  },
};
