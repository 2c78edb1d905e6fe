// Export to Word, shared by the form pages: the docx code is imported only when the user asks for
// the file, and the user is told what happened either way. The draft itself is never touched.
import { useState } from 'preact/hooks';
import { download } from './download';

export interface WordExport {
  busy: boolean;
  message: string;
  failed: boolean;
}

/** `load` fetches the Word code (a literal import() in the caller, or a worker); `make` builds the file with it. */
export function useWordExport() {
  const [state, setState] = useState<WordExport>({ busy: false, message: '', failed: false });
  async function exportWord<M>(fileName: string, load: () => Promise<M>, make: (module: M) => Promise<Blob>) {
    setState({ busy: true, message: '正在生成 Word 文件…', failed: false });
    let module: M;
    try {
      module = await load();
    } catch {
      return setState({ busy: false, failed: true, message: '无法加载 Word 导出功能（网络可能已断开）。请联网后刷新页面再试；填写的内容已保存在本浏览器。' });
    }
    try {
      download(await make(module), fileName);
      setState({ busy: false, failed: false, message: `已生成“${fileName}”，请在浏览器的下载中查看。` });
    } catch {
      setState({ busy: false, failed: true, message: '生成 Word 文件时出错。请刷新页面后重试；填写的内容已保存在本浏览器。' });
    }
  }
  return [state, exportWord] as const;
}
