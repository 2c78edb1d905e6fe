// A4 pages as they will print. Every line sits on the fixed 28 pt grid and a page holds exactly
// linesPerPage lines, so page k is the whole document shifted up by k page heights and clipped:
// no line can straddle two pages, and the break falls where Chromium's print breaks it.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { A4mm, pageStridePt, type CaseFormat } from '../../lib/case/format';
import type { Block } from '../../lib/case/report';

const pxPerPt = 96 / 72;
const pxPerMm = 96 / 25.4;

export function CaseDocument({ blocks, flowRef, shiftPt = 0 }: { blocks: Block[]; flowRef?: preact.Ref<HTMLDivElement>; shiftPt?: number }) {
  return (
    <div class="case-doc" ref={flowRef} style={shiftPt ? { transform: `translateY(-${shiftPt}pt)` } : undefined}>
      {blocks.map((b) => <p class={`case-${b.kind}`}>{b.text}</p>)}
    </div>
  );
}

export function CasePreview({ blocks, format }: { blocks: Block[]; format: CaseFormat }) {
  const frame = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState(1);
  // Unknown until measured in the browser: the server render carries no style attribute, which
  // the Content-Security-Policy would block (styles set from script are allowed).
  const [scale, setScale] = useState<number | null>(null);
  const stridePt = pageStridePt(format);

  const measure = () => {
    const h = flow.current?.offsetHeight ?? 0;
    setPages(Math.max(1, Math.ceil(h / (stridePt * pxPerPt) - 0.01)));
  };
  useLayoutEffect(measure, [blocks]);
  useEffect(() => {
    document.fonts?.ready.then(measure);
    const el = frame.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setScale(Math.min(1, el.clientWidth / (A4mm.width * pxPerMm))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  return (
    <div class="case-preview" ref={frame} style={scale === null ? undefined : { '--scale': scale }}>
      <p class="hint">A4 · 共 {pages} 页 · 分页、行距和页边距与打印一致</p>
      {Array.from({ length: pages }, (_, k) => (
        <div class="case-sheet-frame" key={k}>
          <div class="case-sheet" aria-hidden="true">
            <div class="case-clip">
              <CaseDocument blocks={blocks} flowRef={k === 0 ? flow : undefined} shiftPt={k * stridePt} />
            </div>
            <div class="case-folio">{k + 1}</div>
          </div>
        </div>
      ))}
    </div>
  );
}
