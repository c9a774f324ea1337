/**
 * Recordings and pictures that come from other programs. Sparks codes text, so such a document's
 * text is its transcript (or a picture's description); without one it is a line naming the file,
 * which an export recognises so that the recording goes out again without a made-up transcript.
 */
import type { MediaKind } from './records.js';

const WHAT: Record<MediaKind, string> = { audio: 'Audio recording', video: 'Video recording', picture: 'Picture' };
const UNTRANSCRIBED = ' (imported without a transcript).\n';

/** The text of a recording or picture that came without a transcript. */
export function mediaPlaceholder(kind: MediaKind, file: string): string {
  return `${WHAT[kind]} ${file}${UNTRANSCRIBED}`;
}

/** True when a document's text is only the line naming its recording or picture. */
export function isMediaPlaceholder(kind: MediaKind, text: string): boolean {
  return text.startsWith(`${WHAT[kind]} `) && text.endsWith(UNTRANSCRIBED) && !text.slice(0, -1).includes('\n');
}

const MIME: Record<string, string> = {
  mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', wav: 'audio/wav', ogg: 'audio/ogg', flac: 'audio/flac', wma: 'audio/x-ms-wma',
  mp4: 'video/mp4', m4v: 'video/mp4', mov: 'video/quicktime', avi: 'video/x-msvideo', wmv: 'video/x-ms-wmv', webm: 'video/webm', mkv: 'video/x-matroska',
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', bmp: 'image/bmp', tif: 'image/tiff', tiff: 'image/tiff', webp: 'image/webp',
};

/** The file name at the end of a path as other programs write it (`internal://…`, `relative:///…`, a Windows path). */
export const mediaFileName = (path: string): string => path.replace(/^[a-z]+:\/\/\/?/iu, '').split(/[\\/]/u).pop() || path;

/** The media type of a recording or picture by its file name, `application/octet-stream` when unknown. */
export function mediaMime(fileName: string): string {
  return MIME[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** True for the media types of recordings and pictures, i.e. a document's original that is its media file. */
export const isMediaMime = (mime: string): boolean => /^(audio|video|image)\//u.test(mime);
