// 整本下载清单（构建目录里的 offline-files.json）的格式：插件写，页面读。

export interface OfflineFile {
  /** 站点内的绝对路径，如 /docs/mysql、/assets/js/xxx.js。 */
  url: string;
  /** 内容的 md5：与上次下载时不同就重新下载。 */
  revision: string;
  /** gzip 压缩后的字节数：下载时实际要传输的大小（静态托管通常压缩传输）。 */
  bytes: number;
}

export interface OfflineFiles {
  /** 全部 revision 的摘要：清单有变化时跟着变。 */
  version: string;
  totalBytes: number;
  files: OfflineFile[];
}
