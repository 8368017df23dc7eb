import React from 'react';
import styles from './styles.module.css';

interface State {
  failed: boolean;
  attempt: number;
}

/** 每个示例自己的错误边界：一个示例出了问题，页面和其他示例照常可用。 */
export default class PlaygroundBoundary extends React.Component<{ title: string; children: React.ReactNode }, State> {
  state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  private retry = (): void => this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));

  render(): React.ReactNode {
    if (this.state.failed) {
      return (
        <figure className={styles.playground} role="alert">
          <figcaption className={styles.header}>
            <span className={styles.title}>{this.props.title}</span>
          </figcaption>
          <p className={styles.note}>
            这个示例的界面出错了，页面的其他部分不受影响。
            <button type="button" className="button button--sm button--secondary margin-left--sm" onClick={this.retry}>
              重新加载示例
            </button>
          </p>
        </figure>
      );
    }
    return <React.Fragment key={this.state.attempt}>{this.props.children}</React.Fragment>;
  }
}
