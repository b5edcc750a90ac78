/**
 * Tells whether a text looks like something other than an article: a binary file opened as
 * text shows NUL characters or many U+FFFD replacement characters where bytes did not decode.
 * Returns a sentence for the person, or undefined when the text can be analysed.
 */
export function binaryReason(text: string): string | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (sample.includes('\u0000')) {
    return 'The file contains NUL characters: it looks binary, so it is not annotated.';
  }
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) === 0xfffd) replacement++;
  }
  if (sample.length >= 64 && replacement / sample.length > 0.05) {
    return 'Much of the file did not decode as text: it looks binary or uses another encoding, so it is not annotated.';
  }
  return undefined;
}
