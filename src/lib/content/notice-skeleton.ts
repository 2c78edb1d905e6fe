// An empty notice that passes the build: every field says 待填写, so nothing reads as real content.
// For a month whose notice did not come as a Word file (npm run notice -- new --month YYYY-MM).
export function skeletonMdx(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `---
# 空白通知：把每个“待填写”换成通知原文，删去用不到的任务和截止事项。
# 日期写成 "YYYY-MM-DD"（带引号）；任务的 anchor 要和正文标题后的 {#…} 一致。
month: "${month}"
title: 待填写：通知标题
issuer: 组织人事处
audience: 各党总支、党支部
summary: 待填写：一句话说明本月任务和报送截止
deadlines:
  - id: deadline-1
    what: 待填写：报送什么
    due: "${month}-${String(lastDay).padStart(2, '0')}" # 待填写：截止日期
    from: 各党总支、党支部
    submitTo: 组织人事处
    format: 待填写：报送格式
    link: /notices/${month}/
    linkText: 待填写：链接文字
tasks:
  - id: task-1
    section: 组织生活
    title: 待填写：任务标题
    who: 全体
    anchor: org-life-1
---

<p class="salutation">各党总支、党支部</p>

## 二、组织生活 \\{#org-life}

### （一）待填写。 \\{#org-life-1}

<p>待填写：正文。</p>
`;
}
