// Sending the backup on, loaded when the button is pressed: the phone's share sheet (straight into
// WeChat or mail) where the browser can share files, a download everywhere else.
import { download } from '../drafts/download';

/** Shares or downloads the file; returns what happened, in plain Chinese ('' when nothing to say). */
export async function sendFile(text: string, name: string): Promise<string> {
  const file = typeof File === 'function' ? new File([text], name, { type: 'application/json' }) : null;
  if (file && navigator.canShare?.({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return '';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return '';
      // Sharing refused (no gesture, blocked): the download below still gets the file out.
    }
  }
  download(text, name, 'application/json');
  return `已下载文件“${name}”，请用微信或邮件把它发出去。`;
}
