import React, { type ReactNode, useState } from 'react';
import clsx from 'clsx';
import { activateWaitingWorker } from './activateWaitingWorker';
import styles from './styles.module.css';

/** plugin-pwa 传入的属性；onReload 不用，见 activateWaitingWorker。 */
interface Props {
  readonly onReload: () => void;
}

/** 新版本的 service worker 已下载、等待接管时出现的提示条。 */
export default function PwaReloadPopup(_props: Props): ReactNode {
  const [visible, setVisible] = useState(true);
  if (!visible) return null;
  return (
    <div className={clsx('alert', 'alert--secondary', styles.popup)} role="status" aria-live="polite" data-testid="pwa-reload-popup">
      <p className={styles.text}>有新版本，刷新以更新</p>
      <div className={styles.buttons}>
        <button
          className="button button--sm button--primary"
          type="button"
          onClick={() => {
            setVisible(false);
            void activateWaitingWorker();
          }}>
          刷新
        </button>
        <button className={clsx('button button--sm button--secondary', styles.close)} type="button" aria-label="关闭提示" onClick={() => setVisible(false)}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
