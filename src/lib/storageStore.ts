/**
 * 给 useSyncExternalStore 用的订阅表：本标签页里改动时调用 notify()；
 * 别的标签页改了同一个 localStorage 键时（storage 事件）先交给 onForeignChange，再通知订阅者。
 */
export function createStorageSubscription(onForeignChange: (e: StorageEvent) => boolean) {
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((l) => l());
  const onStorage = (e: StorageEvent): void => {
    if (onForeignChange(e)) notify();
  };
  const subscribe = (listener: () => void): (() => void) => {
    if (listeners.size === 0) window.addEventListener('storage', onStorage);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener('storage', onStorage);
    };
  };
  return { subscribe, notify };
}
