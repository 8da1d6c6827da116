/** The Markdown writer escapes raw HTML: a document's text cannot become markup in a Markdown viewer. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DisclosureSchema } from '../model/schemas.ts';
import { render } from './index.ts';

it('raw HTML in the unit name and text shows as text in Markdown', async () => {
  const d = DisclosureSchema.parse(JSON.parse(readFileSync('data/samples/seed-2024-budget.json', 'utf8')));
  d.identity.unit = '<script>alert(1)</script>测试局';
  d.unitInfo.functions = ['<img src=x onerror=alert(1)>负责测试。'];
  const md = new TextDecoder().decode(await render(d, 'md'));
  assert.doesNotMatch(md, /<script>|<img/);
  assert.match(md, /&lt;script&gt;alert\(1\)&lt;\/script&gt;测试局/);
  assert.match(md, /&lt;img src=x onerror=alert\(1\)&gt;负责测试。/);
});
