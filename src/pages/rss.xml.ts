import rss from '@astrojs/rss';
import { getCollection } from 'astro:content';
import type { APIContext } from 'astro';
import { newestFirst, noticePath } from '../lib/content/notices';
import { chineseMonth } from '../lib/content/dates';
import { deadlineRows } from '../lib/content/tasks';
import { siteName } from '../lib/content/site';

// @astrojs/rss only takes an absolute base. Without SITE_URL it gets this one, which is then taken out
// again: links stay relative to the feed (readers resolve them against its address).
const placeholder = 'https://site-url.invalid';

export async function GET(context: APIContext) {
  const notices = newestFirst(await getCollection('notices'));
  const feed = await rss({
    title: `${siteName} · 通知`,
    description: '组织人事处每月下发的党组织工作任务和具体要求',
    site: context.site ?? placeholder,
    customData: '<language>zh-CN</language>',
    items: notices.map(({ data: n }) => ({
      title: `${chineseMonth(n.month)} ${n.title}`,
      link: noticePath(n.month),
      // Month-only notices: date them to the first of the month.
      pubDate: new Date(`${n.month}-01T00:00:00+08:00`),
      description: `${n.summary} 截止：${deadlineRows(n).map((d) => `${d.dueText}前${d.from}报送${d.what}至${d.submitTo}（格式：${d.format}）`).join('；')}。`,
    })),
  });
  if (context.site) return feed;
  // A relative link is no permalink: the guid stays a plain identifier.
  const xml = (await feed.text()).replaceAll(placeholder, '').replaceAll('isPermaLink="true"', 'isPermaLink="false"');
  return new Response(xml, { headers: feed.headers });
}
