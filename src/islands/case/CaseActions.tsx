// Print to PDF and export to Word, with what the user should know first: fields still empty,
// fonts this machine lacks, and whether this browser prints page numbers.
import { useEffect, useState } from 'preact/hooks';
import { docxFileName, missingFields, type Block, type CaseDraft } from '../../lib/case/report';
import { docxSpec, officialFont, type CaseFormat } from '../../lib/case/format';
import { fontNotice, printsPageNumbers } from '../../lib/case/print-support';
import { useWordExport } from '../drafts/useWordExport';
import { fontUses } from './fonts';

const wordFonts = (format: CaseFormat) =>
  [...new Set(Object.values(format.elements).map((e) => officialFont(e.font).word)), format.numeralsFont].join('、');

interface Props {
  draft: CaseDraft;
  blocks: Block[];
  format: CaseFormat;
  disabled: boolean;
  onBeforeOutput: () => void;
}

export function CaseActions({ draft, blocks, format, disabled, onBeforeOutput }: Props) {
  const [fonts, setFonts] = useState<ReturnType<typeof fontNotice>>(null);
  const [pageNumbers, setPageNumbers] = useState(true);
  const [word, exportWord] = useWordExport();
  useEffect(() => {
    setPageNumbers(printsPageNumbers(navigator.userAgent));
    // Once the page's fonts have settled; the measuring yields between families (see fonts.ts).
    let live = true;
    (document.fonts?.ready ?? Promise.resolve())
      .then(() => fontUses(format, (f) => officialFont(f).cssVar))
      .then((uses) => live && setFonts(fontNotice(uses)))
      .catch(() => {}); // a browser that cannot measure fonts just shows no font notice
    return () => {
      live = false;
    };
  }, []);
  const missing = missingFields(draft);

  function print() {
    onBeforeOutput();
    window.print();
  }

  function onWord() {
    onBeforeOutput();
    exportWord(docxFileName(draft.title), () => import('../../lib/case/docx'), (m) => m.caseDocxBlob(blocks, docxSpec(format), draft.title.trim()));
  }

  return (
    <section class="case-actions" aria-labelledby="case-output">
      <h2 id="case-output">打印与导出</h2>
      {missing.length > 0 && <p class="hint">尚未填写：{missing.join('、')}。也可以先打印或导出草稿。</p>}
      <div class="row-actions">
        <button type="button" class="primary" disabled={disabled} onClick={print}>打印 / 存为 PDF</button>
        <button type="button" class="primary" disabled={disabled || word.busy} onClick={onWord}>导出 Word（.docx）</button>
      </div>
      <p class="hint">打印时在浏览器的打印设置里选择 A4 纸、纵向，“边距”保持“默认”，不要勾选“页眉和页脚”；要得到 PDF 文件，目标打印机选“另存为 PDF”。</p>
      <p class="hint">Word 文件里写的是官方字体名（{wordFonts(format)}）；打开它的电脑没有这些字体时，Word 会用其他字体代替显示。</p>
      <p role="status" class={word.failed ? 'field-error' : 'hint'}>{word.message}</p>
      {!pageNumbers && <p class="notice">当前浏览器打印时不会加页码。需要页码时，请在电脑上用 Chrome 或 Edge 浏览器（131 版以上）打印，或导出 Word 后打印。</p>}
      {fonts && (
        <div class="notice">
          <p>{fonts.summary}</p>
          <details>
            <summary>详情</summary>
            <ul>{fonts.details.map((d) => <li key={d}>{d}</li>)}</ul>
          </details>
        </div>
      )}
    </section>
  );
}
