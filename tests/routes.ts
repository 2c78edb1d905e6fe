// Every page of the site, derived from content/ so new study pages are covered automatically.
import { list } from './content';

const study = list('study', '.md').map((f) => `/study/${f.slice('study/'.length, -'.md'.length)}/`);

export const routes = [
  '/',
  '/notices/',
  '/notices/2022-04/',
  '/study/',
  ...study,
  '/standards/',
  '/standards/zongzhi/',
  '/standards/zhibu/',
  '/checklist/zongzhi/',
  '/checklist/zhibu/',
  '/templates/',
  '/templates/case/',
  '/templates/case/write/',
  '/tasks/2022-04/',
  '/summary/',
  '/records/',
  '/dues/',
  '/search/',
];

/** Pages that load scripts of their own; every other page loads only the service-worker registration. The home page's is the deadline countdown. */
export const scripted = new Set(['/', '/search/', '/checklist/zongzhi/', '/checklist/zhibu/', '/templates/case/write/', '/tasks/2022-04/', '/summary/', '/records/', '/dues/']);
