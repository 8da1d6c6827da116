import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { figureChanges, lineDiff } from './diff.ts';

describe('version diff', () => {
  it('lists the figures that changed, with an exact signed change', () => {
    const c = figureChanges(
      { 'threePublic.total': '10.00', 'income.total': '500.00', 'doc.title': 'a' },
      { 'threePublic.total': '11.00', 'income.total': '500.00', operatingCost: '50.00', 'doc.title': 'b' },
    );
    assert.deepEqual(c, [
      { key: 'threePublic.total', from: '10.00', to: '11.00', change: '+1.00' },
      { key: 'operatingCost', from: undefined, to: '50.00', change: '—' },
    ]);
  });

  it('marks changed lines and folds long unchanged runs', () => {
    const a = ['一', '二', '三', '四', '五', '六', '七', '旧行', '九'].join('\n');
    const b = ['一', '二', '三', '四', '五', '六', '七', '新行', '九', '十'].join('\n');
    const ops = lineDiff(a, b);
    assert.deepEqual(ops, [
      { op: 'skip', count: 5 },
      { op: 'same', text: '六' },
      { op: 'same', text: '七' },
      { op: 'del', text: '旧行' },
      { op: 'ins', text: '新行' },
      { op: 'same', text: '九' },
      { op: 'ins', text: '十' },
    ]);
  });

  it('finds the common lines between edits (LCS), and identical texts have no change', () => {
    const ops = lineDiff('a\nb\nc\nd', 'a\nx\nc\ny', 5).filter((o) => o.op !== 'same');
    assert.deepEqual(ops, [
      { op: 'del', text: 'b' },
      { op: 'ins', text: 'x' },
      { op: 'del', text: 'd' },
      { op: 'ins', text: 'y' },
    ]);
    assert.ok(lineDiff('a\nb', 'a\nb').every((o) => o.op === 'same' || o.op === 'skip'));
  });
});
