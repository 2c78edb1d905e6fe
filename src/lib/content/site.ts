// Site-wide names and the header navigation, in one place.
export const siteName = '党支部工作手册';
export const siteDescription = '高校党组织每月工作任务：通知、学习材料、标准化建设标准、自评登记表和案例模板。';

export const nav = [
  { href: '/notices/', label: '通知' },
  { href: '/study/', label: '学习' },
  { href: '/standards/', label: '标准' },
  { href: '/checklist/zhibu/', label: '自评', section: '/checklist/' },
  { href: '/records/', label: '记录' },
  { href: '/dues/', label: '党费' },
  { href: '/templates/', label: '模板' },
  { href: '/search/', label: '搜索', className: 'nav-search' },
] as const;

/** The nav entry a path belongs to, for aria-current. */
export function navSection(pathname: string): string | undefined {
  return nav.find((n) => pathname.startsWith('section' in n ? n.section : n.href))?.href;
}

export interface Crumb {
  href: string;
  label: string;
}
