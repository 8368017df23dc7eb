import React from 'react';
import { segments, type Highlighted } from './engine';

/** 渲染一段带 <mark> 的文字。 */
export default function Highlight({ value }: { value: Highlighted }): React.ReactElement {
  return (
    <>
      {segments(value).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <React.Fragment key={i}>{s.text}</React.Fragment>))}
    </>
  );
}
