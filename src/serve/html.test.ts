import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, html, raw, url } from './html.ts';
import { fmtChange, fmtMoney, share } from './format.ts';

describe('the escaping template helper', () => {
  it('escapes every interpolated value unless it is Html', () => {
    const evil = `<script>alert("x")</script><img src=x onerror='y'>\``;
    const esc = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt;&#96;';
    assert.equal(String(html`<p title="${evil}">${evil}</p>`), `<p title="${esc}">${esc}</p>`);
    assert.ok(!String(html`${evil}`).includes('<'));
    assert.ok(!String(html`${evil}`).includes('"'));
    assert.equal(String(html`${[html`<b>${'<i>'}</b>`, '&', null, undefined, false, 3]}`), '<b>&lt;i&gt;</b>&amp;3');
    assert.equal(String(html`${raw('<svg/>')}`), '<svg/>');
  });
  it('highlights given ranges, escaping the rest', () => {
    assert.equal(String(highlight('<a>三公经费</a>', [[3, 7]])), '&lt;a&gt;<mark>三公经费</mark>&lt;/a&gt;');
  });
  it('builds query strings', () => {
    assert.equal(url('/s', { q: '三公', year: 2024, kind: '', d: ['a/1', 'b/2'] }), '/s?q=%E4%B8%89%E5%85%AC&year=2024&d=a%2F1&d=b%2F2');
  });
  it('formats money exactly', () => {
    assert.equal(fmtMoney('2544.5'), '2,544.50');
    assert.equal(fmtMoney('-1234567.005'), '−1,234,567.01');
    assert.equal(fmtMoney(undefined), '—');
    assert.deepEqual(fmtChange('2991.51', '447.01'), { diff: '−2,544.50', pct: '−85.1%', dir: 'down' });
    assert.equal(share('352.72', '447.01'), '78.9%');
  });
});
