import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { readDocument } from './index.ts';
import { readHtml } from './html.ts';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>2024年部门预算情况说明_渝中区人民政府</title>
<script>var nav = "收入预算999.99万元";</script><style>.x{color:red}</style></head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/news">新闻动态</a></div>
<div class="nav"><ul><li><a href="#">机构概况</a></li><li><a href="#">政策文件</a></li><li><a href="#">财政预决算</a></li></ul></div>
<div class="main"><div class="sidebar"><a href="#">相关链接一</a><a href="#">相关链接二</a></div>
<div class="article"><h1>重庆市渝中区科学技术局2024年部门预算情况说明</h1>
<p>一、单位基本情况</p>
<p>（一）收入预算：2024年年初预算数447.01万元，<br>其中：一般公共预算拨款447.01万元；收入较去年减少2544.50万元，<br/>主要是政策兑现资金拟在年中据实追加。</p>
<table><tr><th rowspan="2">项目</th><th colspan="2">预算数</th></tr><tr><td>本年</td><td>上年</td></tr>
<tr><td>“三公”经费</td><td>4.30</td><td>5.30</td></tr></table>
<p>联系人：王亚&nbsp;&nbsp;联系方式：023-63765282 &lt;script&gt;</p></div></div>
<div class="footer">版权所有 © 渝中区人民政府 网站标识码 5001030001</div></body></html>`;

test('finds the article among navigation, keeps tables, joins <br>-broken paragraphs', async () => {
  const doc = await readDocument('page.html', Buffer.from(PAGE, 'utf8'));
  const text = doc.lines.map((l) => l.text).join('\n');
  assert.match(text, /重庆市渝中区科学技术局2024年部门预算情况说明/);
  assert.match(text, /其中：一般公共预算拨款447\.01万元；收入较去年减少2544\.50万元，主要是政策兑现资金/);
  for (const chrome of ['首页', '政务公开', '机构概况', '相关链接一', '版权所有', '999.99', 'color:red']) {
    assert.doesNotMatch(text, new RegExp(chrome), `${chrome} is page chrome, not the article`);
  }
  assert.match(text, /联系人：王亚 联系方式：023-63765282 <script>/, 'entities decoded to text');
  assert.equal(doc.tables.length, 1);
  assert.deepEqual(doc.tables[0].rows, [
    ['项目', '预算数', '预算数'],
    ['项目', '本年', '上年'],
    ['“三公”经费', '4.30', '5.30'],
  ]);
});

test('reads an HTML page published in GBK with a meta charset', async () => {
  const gbk = iconv.encode(PAGE.replace('charset="utf-8"', 'charset="gbk"'), 'gbk');
  const doc = await readDocument('page.htm', gbk);
  assert.equal(doc.encoding, 'gb18030');
  assert.ok(doc.lines.some((l) => l.text.includes('收入较去年减少2544.50万元')));
});

test('an HTML disclosure reads to the same figures as its text', async () => {
  const { extract } = await import('../extract/index.ts');
  const { flattenFigures } = await import('../model/index.ts');
  const f = flattenFigures(extract([await readDocument('page.html', Buffer.from(PAGE, 'utf8'))]));
  assert.equal(f['doc.unit'], '重庆市渝中区科学技术局');
  assert.equal(f['income.total'], '447.01');
  assert.equal(f['income.total.change'], '-2544.50');
  assert.equal(f['income.general'], '447.01');
});

test('100,000 nested elements are read in linear time (depth capped), their text kept', () => {
  const n = 100_000;
  const html = `<html><body><h1>2024年部门预算</h1>${'<div><span>'.repeat(n)}收入预算447.01万元。${'</span></div>'.repeat(n)}${'<script>x</script>y'.repeat(n)}</body></html>`;
  const started = Date.now();
  const doc = readHtml('deep.html', Buffer.from(html));
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  assert.ok(doc.lines.some((l) => l.text.includes('收入预算447.01万元。')));
});
