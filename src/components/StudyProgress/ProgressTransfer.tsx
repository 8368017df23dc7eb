import React, { useId, useState } from 'react';
import { clearMarks, mergeMarks, mergeReviewCards, parseProgressFile, serializeProgress, useMarks, useReviewCards } from './progressStore';
import styles from './styles.module.css';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // 立即回收会让部分浏览器拿不到文件。
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** 把进度导出成 JSON 文件，或从文件导入（与现有标记合并，文件里的优先）。 */
export default function ProgressTransfer(): React.ReactElement {
  const marks = useMarks();
  const review = useReviewCards();
  const inputId = useId();
  const [status, setStatus] = useState('');
  const count = Object.keys(marks).length;

  const onExport = () => {
    download(`handbook-progress-${new Date().toISOString().slice(0, 10)}.json`, serializeProgress(marks, review));
    setStatus(`已导出 ${count} 条标记、${Object.keys(review).length} 道题的复习排程。`);
  };

  const onImport = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    try {
      const imported = parseProgressFile(await file.text());
      mergeMarks(imported.marks);
      mergeReviewCards(imported.review);
      setStatus(`已导入 ${Object.keys(imported.marks).length} 条标记、${Object.keys(imported.review).length} 道题的复习排程。`);
    } catch (err) {
      setStatus(`导入失败：${(err as Error).message}`);
    }
  };

  const onClear = () => {
    if (window.confirm('清除这个浏览器里的全部进度和复习排程？建议先导出备份。')) {
      clearMarks();
      setStatus('已清除全部标记。');
    }
  };

  return (
    <div className={styles.transfer}>
      <p className={styles.muted}>当前共有 {count} 条标记。</p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onExport}>
          导出进度（JSON）
        </button>
        <label htmlFor={inputId} className={styles.fileLabel}>
          导入进度文件
        </label>
        <input id={inputId} type="file" accept=".json,application/json" onChange={(e) => void onImport(e)} className={styles.fileInput} />
        <button type="button" className="button button--secondary" onClick={onClear} disabled={count === 0}>
          清除全部
        </button>
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
    </div>
  );
}
