// The organisation this browser remembers, where a page fills it in, with a way to forget it:
// on a shared office PC the next person should not get someone else's name.
import { useEffect, useState } from 'preact/hooks';
import { $profile, forgetProfile } from '../../lib/storage/profile';
import { browserStorage } from './useSession';

export function RememberedOrg() {
  // A plain subscription: @nanostores/preact's useStore would add its bytes to the checklist's budget.
  const [own, setOwn] = useState($profile.get());
  useEffect(() => $profile.subscribe(setOwn), []);
  const [news, setNews] = useState('');
  function forget() {
    const problem = forgetProfile(browserStorage());
    setNews(problem ? `未能忘记：${problem}。` : '已不再记住。新建草稿时不会再自动填入组织名称。');
  }
  return (
    <div class="remembered-org">
      {own.name && (
        <p>
          本浏览器记住的组织：{own.name}（新建草稿时自动填入）。
          <button type="button" onClick={forget}>不再记住</button>
        </p>
      )}
      {/* Not role="status": the drafts bar's save state is the page's one status. */}
      <p class="remembered-news" aria-live="polite">{news}</p>
    </div>
  );
}
