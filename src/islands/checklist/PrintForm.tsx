// The official 登记表 as it prints: the paper form's header line, table and signature line,
// filled with the draft's answers (blank where unanswered). Also the page without JavaScript.
import { formDate, signatureLines, type ChecklistDraft, type FormSpec } from '../../lib/checklist/checklist';

interface Props {
  spec: FormSpec;
  draft: ChecklistDraft;
  notes: boolean;
}

export function PrintForm({ spec, draft, notes }: Props) {
  const a = (id: string) => draft.answers[id] ?? {};
  return (
    <div class="print-form official-form wide">
      <p class="form-head">
        <span>{spec.nameLabel}：<span class="fill-line">{draft.orgName || '　'.repeat(12)}</span></span>
        <span>{spec.dateLabel}：{formDate(draft.date)}</span>
      </p>
      <section class="table-scroll" tabindex={0} aria-label={`${spec.title}（打印版）`}>
        <table class="official-table">
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col" colSpan={2}>具体标准</th>
              <th scope="col" class="answer">自评<br />是否达标</th>
              <th scope="col" class="answer">上级验收<br />是否达标</th>
              {notes && <th scope="col" class="note">说明</th>}
            </tr>
          </thead>
          {spec.categories.map((c) => (
            <tbody key={c.id}>
              {c.items.map((item, i) => (
                <tr key={item.id}>
                  {/* With notes a category may break across pages, and Chromium never breaks the rows a
                      rowspan covers: there each row has its own cell, drawn as one (checklist.css). */}
                  {i === 0 ? <th scope="rowgroup" class="category" rowSpan={notes ? undefined : c.items.length}>{c.name}</th> : notes && <td class="category" />}
                  <th scope="row">{item.name}</th>
                  <td>{item.text}</td>
                  <td class="answer">{a(item.id).self}</td>
                  <td class="answer">{a(item.id).superior}</td>
                  {notes && <td class="note">{a(item.id).note}</td>}
                </tr>
              ))}
            </tbody>
          ))}
          {/* The signature is the table's last row, so it prints on the page of the 验收结果 row
              (Chromium does not keep a block after a table with the table's last row). */}
          <tbody class="closing">
            <tr class="result">
              <th scope="row" colSpan={2}>{spec.resultLabel}</th>
              <td colSpan={notes ? 4 : 3}>{draft.result}</td>
            </tr>
            <tr class="signature">
              <td colSpan={notes ? 6 : 5}>{signatureLines[0]}<br />{signatureLines[1]}</td>
            </tr>
          </tbody>
        </table>
      </section>
    </div>
  );
}
