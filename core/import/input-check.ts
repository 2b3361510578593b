/**
 * Whether a text is worth importing at all: binary files opened by mistake show NUL bytes
 * and control characters; a file decoded in the wrong encoding shows U+FFFD. Both are
 * refused with a message that says what the file looks like, instead of importing garbage.
 */
import { fail, type Failure } from '../ipc/result.ts';
import { megabytes } from './limits.ts';

/** More than this share of replacement or control characters means the bytes are not text. */
const MAX_BAD_SHARE = 0.01;

export type TextCheck = { ok: true; text: string; replaced: number } | Failure;

/** Refuses binary or oversized input; otherwise the text with normalised line ends and no BOM. */
export function checkImportText(raw: string, maxChars: number): TextCheck {
  if (raw.length > maxChars) {
    return fail('TOO_LARGE', `The text is ${megabytes(raw.length)} long; an import takes at most ${megabytes(maxChars)}. Split the file and import the parts.`);
  }
  let control = 0;
  let replaced = 0;
  let nul = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0) nul = true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
    else if (c === 0xfffd) replaced++;
  }
  if (nul) return fail('WRONG_FORMAT', 'This file holds binary data (NUL bytes), not text. Open a text, Markdown, HTML or Word file.');
  if (raw.length > 0 && (control + replaced) / raw.length > MAX_BAD_SHARE) {
    return fail('WRONG_FORMAT', `This file does not read as text: ${control + replaced} of its ${raw.length} characters are control or undecodable characters. Check its encoding, or that it is a text file at all.`);
  }
  const text = (raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  return { ok: true, text, replaced };
}
