import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';

/**
 * Files the browser saves (or shows) under their official Japanese name, from a server URL, so
 * the name never depends on how fast the page runs: `Content-Disposition` carries the name as
 * RFC 5987 `filename*` (UTF-8) with an ASCII `filename` for old clients (RFC 6266).
 */

const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]+/gu;

/** A name no file system refuses: path separators, reserved and control characters become `_`; spaces stay. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, '_').replace(/^[.\s_]+/, '').trim().slice(0, 120);
  return cleaned || 'download';
}

export type DownloadOptions = {
  /** The file's name as users know it, e.g. 実績報告_在宅医療ソリューション会議_令和7年度.xlsx. */
  name: string;
  /** ASCII name for clients that cannot read `filename*`. */
  fallback: string;
  contentType: string;
  /** Shown in the browser (a printable page, a calendar) rather than saved. */
  inline?: boolean;
};

export function sendDownload(res: Response, body: string | Buffer, options: DownloadOptions): void {
  res.setHeader('content-type', options.contentType);
  res.setHeader('content-disposition', contentDisposition(safeFileName(options.name), { type: options.inline ? 'inline' : 'attachment', fallback: safeFileName(options.fallback) }));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'private, no-cache');
  res.send(body);
}
