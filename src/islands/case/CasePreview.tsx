// A4 pages as they will print. Every line sits on the fixed 28 pt grid and a page holds at most
// linesPerPage lines, so a page is the whole document shifted up to the page's first line and
// clipped to its lines: no line can straddle two pages. Which line starts a page comes from
// pageStarts, which follows the print CSS's rules (headings stay with what follows).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { A4mm, type CaseFormat } from '../../lib/case/format';
import { keepsWithNext, pageStarts } from '../../lib/case/paginate';
import type { Block } from '../../lib/case/report';

const pxPerPt = 96 / 72;
const pxPerMm = 96 / 25.4;

export function CaseDocument({ blocks, flowRef, shiftPt = 0 }: { blocks: Block[]; flowRef?: preact.Ref<HTMLDivElement>; shiftPt?: number }) {
  return (
    <div class="case-doc" ref={flowRef} style={shiftPt ? { transform: `translateY(-${shiftPt}pt)` } : undefined}>
      {blocks.map((b) => <p class={b.blankLineAfter ? `case-${b.kind} case-gap` : `case-${b.kind}`}>{b.text}</p>)}
    </div>
  );
}

export function CasePreview({ blocks, format }: { blocks: Block[]; format: CaseFormat }) {
  const frame = useRef<HTMLDivElement>(null);
  const flow = useRef<HTMLDivElement>(null);
  const [starts, setStarts] = useState([0]);
  // Unknown until measured in the browser: the server render carries no style attribute, which
  // the Content-Security-Policy would block (styles set from script are allowed).
  const [scale, setScale] = useState<number | null>(null);
  const linePt = format.lineSpacingPt;

  const measure = () => {
    const linePx = linePt * pxPerPt;
    // Read from the rendered paragraphs themselves (this also runs once the fonts have loaded).
    const flowBlocks = [...(flow.current?.children ?? [])].map((p) => ({
      lines: Math.max(1, Math.round((p as HTMLElement).offsetHeight / linePx)),
      keep: keepsWithNext(p.classList.contains('case-body') ? 'body' : 'h1'),
      spaceAfter: p.classList.contains('case-gap') ? 1 : 0,
    }));
    const next = pageStarts(flowBlocks, format.linesPerPage);
    setStarts((old) => (old.join() === next.join() ? old : next));
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
      <p class="hint">A4 · 共 {starts.length} 页 · 分页、行距和页边距与打印一致</p>
      {starts.map((first, k) => {
        // A page that ends early (its heading moved on with the lines after it) shows only its own lines.
        const lines = k + 1 < starts.length ? starts[k + 1] - first : format.linesPerPage;
        return (
          <div class="case-sheet-frame" key={k}>
            <div class="case-sheet" aria-hidden="true">
              <div class="case-clip" style={lines < format.linesPerPage ? { height: `${lines * linePt}pt` } : undefined}>
                <CaseDocument blocks={blocks} flowRef={k === 0 ? flow : undefined} shiftPt={first * linePt} />
              </div>
              <div class="case-folio">{k + 1}</div>
            </div>
          </div>
        );
      })}
    </div>
  );
}
