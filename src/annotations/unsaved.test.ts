// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../stores/store';
import { unsavedCount, warnBeforeUnload } from './unsaved';

const fire = () => {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
};

afterEach(() => useAppStore.setState({ hlPending: {}, hlEditors: {} }));

describe('unsaved notes', () => {
  it('counts failed or in-flight writes and typed drafts, not empty or unchanged editors', () => {
    expect(unsavedCount({ hlPending: {}, hlEditors: {} })).toBe(0);
    const editor = { target: { kind: 'existing' as const, articleId: 'a', id: 'x' }, error: null, saving: false };
    expect(unsavedCount({ hlPending: {}, hlEditors: { a: { ...editor, draft: 'ghi chú', initial: 'ghi chú' } } })).toBe(0);
    expect(unsavedCount({ hlPending: {}, hlEditors: { a: { ...editor, draft: 'ghi chú mới', initial: '' } } })).toBe(1);
    expect(unsavedCount({ hlPending: { x: { articleId: 'a', id: 'x', after: null, status: 'failed', seq: 1 } }, hlEditors: {} })).toBe(0);
  });

  it('closing the tab asks first while a note is unsaved, and not once it is saved', () => {
    const stop = warnBeforeUnload(useAppStore.subscribe, useAppStore.getState);
    expect(fire()).toBe(false);
    useAppStore.setState({
      hlEditors: { a: { target: { kind: 'new', articleId: 'a', start: 0, end: 3, color: 'yellow' }, draft: 'đang viết', initial: '', error: null, saving: false } },
    });
    expect(fire()).toBe(true);
    useAppStore.setState({ hlEditors: {} });
    expect(fire()).toBe(false);
    stop();
  });
});
