import { useCallback, useSyncExternalStore } from 'react';
import { createStorageSubscription } from '../../lib/storageStore';

/** 自测模式：<html data-self-test="on"> 加 localStorage。折叠本身由 CSS 完成，见 styles.module.css。 */
export const SELF_TEST_STORAGE_KEY = 'handbook:self-test';
export const SELF_TEST_ATTRIBUTE = 'data-self-test';

// 别的标签页切换了模式：同步到本页的 <html> 属性。
const store = createStorageSubscription((e) => {
  if (e.key !== SELF_TEST_STORAGE_KEY) return false;
  setAttribute(e.newValue === 'on');
  return true;
});

function isOn(): boolean {
  return document.documentElement.getAttribute(SELF_TEST_ATTRIBUTE) === 'on';
}

function setAttribute(on: boolean): void {
  if (on) document.documentElement.setAttribute(SELF_TEST_ATTRIBUTE, 'on');
  else document.documentElement.removeAttribute(SELF_TEST_ATTRIBUTE);
}

export function setSelfTest(on: boolean): void {
  try {
    if (on) localStorage.setItem(SELF_TEST_STORAGE_KEY, 'on');
    else localStorage.removeItem(SELF_TEST_STORAGE_KEY);
  } catch {
    // 隐私模式下写不进去：本页仍然生效，只是不记住。
  }
  setAttribute(on);
  store.notify();
}

/** 服务端和水合时一律按“关闭”渲染，挂载后再同步真实状态。 */
export function useSelfTestMode(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(store.subscribe, isOn, () => false);
  return [on, useCallback((next: boolean) => setSelfTest(next), [])];
}
