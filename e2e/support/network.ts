import type { CDPSession, Page } from '@playwright/test';

// Why this exists: Chromium 150 starts every new document with navigator.onLine === true while
// Playwright's context.setOffline still fails all of its requests. A real loss of network keeps
// navigator.onLine false, so after each document load while offline the document is told again,
// through a DevTools session kept open (closing it lifts the condition). The page then gets an
// 'offline' event, as it would if the network went away under it. On browsers that keep the
// state across loads this changes nothing.
const sessions = new WeakMap<Page, CDPSession>();

const OFFLINE = { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 };

/** The page's current document is offline: its requests fail and navigator.onLine is false. */
export async function offlineDocument(page: Page): Promise<void> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  await session.send('Network.emulateNetworkConditions', OFFLINE);
}

/** The whole browser context loses its network, and the page knows it. */
export async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await offlineDocument(page);
}

/** A reload with no network: the page is answered by the service worker and knows it is offline. */
export async function reloadOffline(page: Page): Promise<void> {
  await page.reload();
  await offlineDocument(page);
}

/** The network comes back for the context and for the page's document. */
export async function goOnline(page: Page): Promise<void> {
  const session = sessions.get(page);
  sessions.delete(page);
  if (session) await session.detach();
  await page.context().setOffline(false);
}
