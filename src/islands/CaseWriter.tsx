// The case report writer (附件1): fields in the template's order, saved as drafts in this
// browser, a live A4 preview, print to PDF and export to Word (the docx code loads on click).
import { caseBackup, caseBlocks, caseTitle, emptyCase, repeatedGeneral, setField, unitLine, type CaseDraft, type TextField } from '../lib/case/report';
import type { CaseFormat } from '../lib/case/format';
import { caseSession } from '../stores/case-draft';
import { DraftBar } from './drafts/DraftBar';
import { browserStorage, useSession } from './drafts/useSession';
import { CaseActions } from './case/CaseActions';
import { CaseDocument, CasePreview } from './case/CasePreview';
import { PhotoList } from './case/PhotoList';
import { PracticeList } from './case/PracticeList';
import { RememberedOrg } from './drafts/RememberedOrg';

const limits: Record<TextField, number> = { title: 200, zongzhi: 100, zhibu: 100, intro: 20_000, results: 20_000, lessons: 20_000 };
// The server render (and the page without JavaScript) shows this blank draft, every control disabled.
const blank = emptyCase('ssr', 'ssr');

/** "一、案例简介" shows its number; the field's name is the words alone (案例简介), which other tools rely on. */
function numbered(heading: string) {
  const [, ordinal = '', words = heading] = /^([一二三四五六七八九十]+、)?(.*)$/.exec(heading) ?? [];
  return <><span aria-hidden="true">{ordinal}</span>{words}</>;
}

export default function CaseWriter({ format }: { format: CaseFormat }) {
  const [session, state] = useSession(() => caseSession(browserStorage()));
  const d = state?.current ?? blank;
  const off = !session;
  const edit = (change: (d: CaseDraft) => CaseDraft) => session?.edit(change);
  const blocks = caseBlocks(d, format.headings);
  const [h1, h2, h3, h4] = format.headings;
  const repeated = repeatedGeneral(d.zongzhi, d.zhibu);

  const field = (name: TextField, label: preact.ComponentChildren, hint?: string, rows?: number) => {
    const props = {
      id: `case-${name}`, value: d[name], maxLength: limits[name], 'aria-describedby': hint ? `case-${name}-hint` : undefined,
      onInput: (e: Event) => edit((x) => setField(x, name, (e.currentTarget as HTMLInputElement).value)),
    };
    return (
      <div class={rows ? 'field section-field' : 'field'}>
        <label for={`case-${name}`}>{label}</label>
        {rows ? <textarea rows={rows} {...props} /> : <input type="text" {...props} />}
        {hint && <p id={`case-${name}-hint`} class="hint">{hint}</p>}
      </div>
    );
  };

  return (
    <div class="case-writer">
      <div class="case-screen">
        <DraftBar session={session} state={state} title={caseTitle} backup={caseBackup} />
        <fieldset class="case-form" disabled={off}>
          <legend class="visually-hidden">案例内容</legend>
          <section aria-labelledby="case-basic">
            <h2 id="case-basic">基本信息</h2>
            {field('title', '案例名称', `打印为标题（${format.elements.title.font}，${format.elements.title.sizeName}，居中）。`)}
            {field('zongzhi', '所在党总支')}
            {field('zhibu', '所在党支部')}
            <p class="hint">标题下面一行印作：<output for="case-zongzhi case-zhibu">{unitLine(d.zongzhi, d.zhibu) || '（填写后显示，如“XX党总支XX党支部”）'}</output></p>
            <RememberedOrg />
            {repeated && (
              <div class="notice">
                <p>“所在党支部”里已经写了党总支的名称，打印出来会重复两次。</p>
                <button type="button" onClick={() => edit((x) => setField(x, 'zhibu', repeated))}>改为“{repeated}”</button>
              </div>
            )}
          </section>
          <section aria-labelledby="case-text">
            <h2 id="case-text">正文</h2>
            <p class="hint">每按一次回车开始一个新段落，打印时首行缩进两字。</p>
            {field('intro', numbered(h1), undefined, 6)}
            <h3>{h2}</h3>
            <PracticeList practices={d.practices} session={session} />
            {field('results', numbered(h3), undefined, 6)}
            {field('lessons', numbered(h4), undefined, 6)}
          </section>
          <section aria-labelledby="case-photos">
            <h2 id="case-photos">照片</h2>
            <PhotoList photos={d.photos} session={session} format={format.photos} />
          </section>
        </fieldset>
        <CaseActions draft={d} blocks={blocks} format={format} disabled={off} onBeforeOutput={() => session?.flush()} />
      </div>
      <section class="case-preview-pane" aria-labelledby="case-preview" tabIndex={0}>
        <h2 id="case-preview">预览</h2>
        <CasePreview blocks={blocks} format={format} />
      </section>
      <div class="case-print">
        <CaseDocument blocks={blocks} />
      </div>
    </div>
  );
}
