/**
 * What the page says when the application's code cannot start (the network failed its chunk, or it
 * threw). Plain DOM outside #root, so the prerendered text stays readable and nothing React owns is
 * touched; the i18n catalogue may be the very code that failed, hence the two strings here.
 */
import { documentLanguage } from '../prefs/lang';

const TEXT = {
  vi: {
    network: 'Không tải được phần tương tác của trang (mạng?). Bài vẫn đọc được; tô sáng, ghi chú và các nút cần phần này.',
    error: 'Phần tương tác của trang gặp lỗi khi khởi động. Bài vẫn đọc được.',
    retry: 'Thử lại',
    reload: 'Tải lại trang',
  },
  en: {
    network: 'The interactive part of the page could not be loaded (network?). The article is still readable; highlights, notes and buttons need it.',
    error: 'The interactive part of the page failed to start. The article is still readable.',
    retry: 'Try again',
    reload: 'Reload the page',
  },
} as const;

export const BOOT_FAILURE_ID = 'margin-boot-failure';

/** Shows (or replaces) the notice; `retry` is offered for a failed download, a reload otherwise. */
export function showBootFailure(network: boolean, retry: () => void, doc: Document = document): HTMLElement {
  const text = TEXT[documentLanguage() === 'en' ? 'en' : 'vi'];
  doc.getElementById(BOOT_FAILURE_ID)?.remove();
  const box = doc.createElement('div');
  box.id = BOOT_FAILURE_ID;
  // The look of a failed island's message (styles/base.css), at the top of the screen.
  box.className = 'island-error island-error-toast';
  box.setAttribute('role', 'alert');
  const message = doc.createElement('p');
  message.textContent = network ? text.network : text.error;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = network ? text.retry : text.reload;
  button.addEventListener('click', () => {
    box.remove();
    if (network) retry();
    else doc.location.reload();
  });
  box.append(message, button);
  doc.body.append(box);
  return box;
}
