// After the first save, asks the browser to keep this site's data (not clear it when space runs
// low), and says what it answered and how much the site stores, for the drafts bar's data notice.
export async function askToKeep(): Promise<string> {
  let text = '';
  try {
    const s = navigator.storage;
    text = (await s.persisted()) || (await s.persist()) ? '浏览器已同意长期保留本站数据。' : '浏览器未同意长期保留本站数据，空间不足时可能清除。';
    // The estimate leaves out localStorage, where the drafts are: UTF-16, two bytes a character.
    const used = ((await s.estimate()).usage ?? 0) + JSON.stringify(localStorage).length * 2;
    text += `本站已用约 ${Math.ceil(used / 1024)} KB。`;
  } catch {
    // Older browsers (Safari before 15.2) cannot be asked: the notice says what it always says.
  }
  return text;
}
