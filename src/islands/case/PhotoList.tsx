// Photos: each picked file is checked in the browser (JPEG, enough pixels); only its name, size
// and caption are kept with the draft. The file itself stays in this page's memory for the
// thumbnail and is never uploaded or stored: the original is sent separately, as the template asks.
import { useEffect, useRef, useState } from 'preact/hooks';
import { addPhoto, maxPhotoName, removePhoto, setCaption, type Photo } from '../../lib/case/report';
import { clipText } from '../../lib/storage/checks';
import { newId } from '../../lib/storage/drafts';
import type { CaseFormat } from '../../lib/case/format';
import type { CaseSession } from '../../stores/case-draft';

const maxPhotos = 50;
const wan = (n: number) => `${Math.floor(n / 10_000)} 万像素`;

interface Props {
  photos: Photo[];
  session: CaseSession | null;
  format: CaseFormat['photos'];
}

export function PhotoList({ photos, session, format }: Props) {
  const { minPixels, captionChars } = format;
  const urls = useRef(new Map<string, string>());
  const [errors, setErrors] = useState<string[]>([]);
  const [added, setAdded] = useState('');
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  async function pick(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    input.value = '';
    // Loaded on first use: most visits never pick a photo, and the page has a size budget.
    let checkPhoto: typeof import('../../lib/case/photo-check').checkPhoto;
    try {
      ({ checkPhoto } = await import('../../lib/case/photo-check'));
    } catch {
      setErrors(['无法加载照片检查功能（网络可能已断开），请联网后刷新页面再试。']);
      return;
    }
    const problems: string[] = [];
    const names: string[] = [];
    let room = maxPhotos - photos.length;
    for (const file of files) {
      if (room <= 0) {
        problems.push(`最多添加 ${maxPhotos} 张照片，“${file.name}”未添加。`);
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await file.arrayBuffer());
      } catch {
        problems.push(`无法读取“${file.name}”，请重新选择。`);
        continue;
      }
      const r = checkPhoto(file.name, bytes, minPixels);
      if (!r.ok) {
        problems.push(r.message);
        continue;
      }
      const id = newId();
      urls.current.set(id, URL.createObjectURL(file));
      session?.edit((d) => addPhoto(d, { id, name: clipText(file.name, maxPhotoName), width: r.width, height: r.height, caption: '' }));
      names.push(`“${file.name}”（${r.width} × ${r.height}，${wan(r.width * r.height)}）`);
      room--;
    }
    setErrors(problems);
    setAdded(names.length ? `已添加 ${names.join('、')}，请为每张照片写说明。` : '');
  }

  function remove(p: Photo) {
    const url = urls.current.get(p.id);
    if (url) URL.revokeObjectURL(url);
    urls.current.delete(p.id);
    session?.edit((d) => removePhoto(d, p.id));
    setAdded(`已删除“${p.name}”。`);
  }

  return (
    <div class="photos">
      <label for="photo-pick">选择照片</label>
      <input id="photo-pick" type="file" accept=".jpg,.jpeg,image/jpeg" multiple aria-describedby="photo-rule" onChange={(e) => pick(e.currentTarget)} />
      <p id="photo-rule" class="hint">
        模板要求：{format.format} 格式原图，{minPixels / 10_000} 万像素以上，每张配 {captionChars} 字左右的文字说明。
        照片只在本页检查，不会上传，也不保存在浏览器里；报送时请把原图和文档一起发送。说明会作为“图1、图2……”列在文末。
      </p>
      {errors.length > 0 && (
        <div class="field-error" role="alert">
          <p>以下照片未添加：</p>
          <ul>{errors.map((m) => <li>{m}</li>)}</ul>
        </div>
      )}
      <p role="status" class="hint">{added}</p>
      {photos.length > 0 && (
        <ol class="photo-list">
          {photos.map((p, i) => {
            const url = urls.current.get(p.id);
            const count = [...p.caption.trim()].length;
            return (
              <li key={p.id}>
                {url ? <img src={url} alt="" width={96} height={Math.round((96 * p.height) / p.width)} /> : <span class="no-thumb">原图未在本页打开</span>}
                <div>
                  <p class="photo-name">图{i + 1}：{p.name}（{p.width} × {p.height}）</p>
                  <label for={`photo-${i}-caption`}>图{i + 1} 说明</label>
                  <input id={`photo-${i}-caption`} type="text" maxLength={200} value={p.caption} aria-describedby={`photo-${i}-count`}
                    onInput={(e) => session?.edit((d) => setCaption(d, p.id, e.currentTarget.value))} />
                  <p id={`photo-${i}-count`} class="hint">{count} 字（建议 {captionChars} 字左右）</p>
                  <button type="button" class="danger" onClick={() => remove(p)}>删除<span class="visually-hidden">图{i + 1}</span></button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
