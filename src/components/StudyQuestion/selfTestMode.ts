import { useCallback, useSyncExternalStore } from 'react';

/** 自测模式：<html data-self-test="on"> 加 localStorage。折叠本身由 CSS 完成，见 styles.module.css。 */
export const SELF_TEST_STORAGE_KEY = 'handbook:self-test';
export const SELF_TEST_ATTRIBUTE = 'data-self-test';

const listeners = new Set<() => void>();

function isOn(): boolean {
  return document.documentElement.getAttribute(SELF_TEST_ATTRIBUTE) === 'on';
}

function apply(on: boolean): void {
  if (on) document.documentElement.setAttribute(SELF_TEST_ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(SELF_TEST_ATTRIBUTE);
  listeners.forEach((l) => l());
}

export function setSelfTest(on: boolean): void {
  try {
    if (on) localStorage.setItem(SELF_TEST_STORAGE_KEY, 'on');
    else localStorage.removeItem(SELF_TEST_STORAGE_KEY);
  } catch {
    // 隐私模式下写不进去：本页仍然生效，只是不记住。
  }
  apply(on);
}

function onStorage(e: StorageEvent): void {
  if (e.key === SELF_TEST_STORAGE_KEY) apply(e.newValue === 'on');
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}

/** 服务端和水合时一律按“关闭”渲染，挂载后再同步真实状态。 */
export function useSelfTestMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, isOn, () => false);
  return [on, useCallback((next: boolean) => setSelfTest(next), [])];
}
