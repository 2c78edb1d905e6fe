// One standard item to assess: a card on phones, a table row on wide screens. Group and field
// names are built from visible text (item name + column label) so screen readers hear
// "党费收缴管理 自评是否达标". Each part is edited by its own organisation: out of 验收模式 the
// 自评 and note, in it the 上级验收; the other part stays visible, read-only (compact on phones).
import type { Answer, Verdict } from '../../lib/checklist/checklist';
import { useAutoGrow } from '../grow';

const choices: [Verdict | undefined, string][] = [['达标', '达标'], ['未达标', '未达标'], [undefined, '未填']];

interface Props {
  item: { id: string; name: string; text: string };
  answer: Answer;
  disabled: boolean;
  /** 验收模式: the superior's verdict is editable, the organisation's own part read-only. */
  reviewing: boolean;
  hidden: boolean;
  onChange: (change: Partial<Answer>) => void;
}

export function ItemCard({ item, answer, disabled, reviewing, hidden, onChange }: Props) {
  const { id } = item;
  const note = useAutoGrow(answer.note, hidden);
  const group = (field: 'self' | 'superior', label: string, readOnly: boolean) => (
    <div role="radiogroup" class={readOnly ? 'ck-choice ck-ro' : 'ck-choice'} aria-labelledby={`n-${id} ${field}-${id}`}>
      <span id={`${field}-${id}`} class="ck-label">{label}</span>
      {choices.map(([value, text]) => (
        <label key={text} class={[value === '未达标' && 'ck-unmet', answer[field] === value && 'is-on'].filter(Boolean).join(' ') || undefined}>
          <input type="radio" name={`${id}:${field}`} disabled={disabled || readOnly} checked={answer[field] === value} onChange={() => onChange({ [field]: value })} />
          {text}
        </label>
      ))}
    </div>
  );
  return (
    <div class="ck-item" id={`item-${id}`} hidden={hidden} data-state={answer.self ?? '未填'}>
      <h3 class="ck-name" id={`n-${id}`}>{item.name}</h3>
      <p class="ck-text">{item.text}</p>
      {group('self', '自评是否达标', reviewing)}
      {group('superior', '上级验收是否达标', !reviewing)}
      <div class={reviewing ? 'ck-note ck-ro' : 'ck-note'}>
        <label id={`note-l-${id}`} for={`note-${id}`}>说明</label>
        <textarea ref={note} id={`note-${id}`} rows={1} maxLength={2000} disabled={disabled || reviewing} aria-labelledby={`n-${id} note-l-${id}`} placeholder="佐证材料、存在问题等（选填）" value={answer.note ?? ''} onInput={(e) => onChange({ note: e.currentTarget.value })} />
      </div>
      {/* Evidence from the branch book is rendered here on demand (EvidencePanel). */}
      <div class="ck-evidence-slot" data-item={id} data-name={item.name} />
    </div>
  );
}
