import React from 'react';
import clsx from 'clsx';
import { useSelfTestMode } from './selfTestMode';
import styles from './styles.module.css';

/** 文档页顶部的自测模式开关（role="switch"，空格和回车都能切换）。 */
export default function SelfTestSwitch(): React.ReactElement {
  const [on, setOn] = useSelfTestMode();
  return (
    <div className={clsx(styles.switchBar, 'search-ignore')}>
      <button type="button" role="switch" aria-checked={on} className={styles.switch} onClick={() => setOn(!on)}>
        <span className={styles.track} aria-hidden="true">
          <span className={styles.thumb} />
        </span>
        自测模式
      </button>
      <span className={styles.switchHint}>开启后答案先折叠，想好了再点“显示答案”</span>
    </div>
  );
}
