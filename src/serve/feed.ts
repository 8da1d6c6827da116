/** An Atom feed of new disclosures (RFC 4287): the latest versions, newest publication first. */
import type { DisclosureRow } from '../store/store.ts';
import { kindName } from '../store/identity.ts';
import { escape } from './html.ts';
import { discUrl } from './pages.ts';

export function atomFeed(rows: DisclosureRow[], base: string): string {
  const updated =
    rows
      .map((r) => r.publishedAt)
      .sort()
      .at(-1) ?? new Date(0).toISOString();
  const entry = (r: DisclosureRow) => `<entry>
<id>${escape(`${base}${discUrl(r)}#v${r.versionId}`)}</id>
<title>${escape(`${r.org} ${r.year}年${kindName(r.kind, r.scope)}`)}</title>
<link rel="alternate" type="text/html" href="${escape(base + discUrl(r))}"/>
<updated>${escape(r.publishedAt)}</updated>
<summary>${escape(`${r.region} · ${r.title} · ${r.checked ? `检查：${r.errors} 个错误，${r.warnings} 个警告` : '未检查'}`)}</summary>
</entry>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${escape(`${base}/feed.atom`)}</id>
<title>预算公开平台：新公开的文件</title>
<link rel="self" href="${escape(`${base}/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${escape(`${base}/`)}"/>
<updated>${escape(updated)}</updated>
${rows.map(entry).join('\n')}
</feed>
`;
}
