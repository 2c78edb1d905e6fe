import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { noticeCalendar } from '../../lib/content/calendar';
import type { Notice } from '../../lib/content/schemas';

export async function getStaticPaths() {
  return (await getCollection('notices')).map((entry) => ({ params: { month: entry.data.month }, props: { notice: entry.data } }));
}

export function GET({ props, site }: APIContext<{ notice: Notice }>) {
  return new Response(noticeCalendar(props.notice, site), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
