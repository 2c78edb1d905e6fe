// One standard item to assess: a card on phones, a table row on wide screens. Group and field
// names are built from visible text (item name + column label) so screen readers hear
// "党费收缴管理 自评是否达标".
import type { Answer, Verdict } from '../../lib/checklist/checklist';
import { useAutoGrow } from '../grow';

const choices: [Verdict | undefined, string][] = [['达标', '达标'], ['未达标', '未达标'], [undefined, '未填']];

interface Props {
  item: { id: string; name: string; text: string };
  answer: Answer;
  disabled: boolean;
  hidden: boolean;
  onChange: (change: Partial<Answer>) => void;
}

export function ItemCard({ item, answer, disabled, hidden, onChange }: Props) {
  const { id } = item;
  const note = useAutoGrow(answer.note, hidden);
  const group = (field: 'self' | 'superior', label: string) => (
    <div role="radiogroup" class="ck-choice" aria-labelledby={`n-${id} ${field}-${id}`}>
      <span id={`${field}-${id}`} class="ck-label">{label}</span>
      {choices.map(([value, text]) => (
        <label key={text} class={value === '未达标' ? 'ck-unmet' : undefined}>
          <input type="radio" name={`${id}:${field}`} disabled={disabled} checked={answer[field] === value} onChange={() => onChange({ [field]: value })} />
          {text}
        </label>
      ))}
    </div>
  );
  return (
    <div class="ck-item" id={`item-${id}`} hidden={hidden} data-state={answer.self ?? '未填'}>
      <h3 class="ck-name" id={`n-${id}`}>{item.name}</h3>
      <p class="ck-text">{item.text}</p>
      {group('self', '自评是否达标')}
      {group('superior', '上级验收是否达标')}
      <div class="ck-note">
        <label id={`note-l-${id}`} for={`note-${id}`}>说明</label>
        <textarea ref={note} id={`note-${id}`} rows={1} maxLength={2000} disabled={disabled} aria-labelledby={`n-${id} note-l-${id}`} placeholder="佐证材料、存在问题等（选填）" value={answer.note ?? ''} onInput={(e) => onChange({ note: e.currentTarget.value })} />
      </div>
    </div>
  );
}
