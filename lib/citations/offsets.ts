// A <textarea> normalises "\r\n" to "\n", so its selection offsets drift from the stored text's wherever the text has
// CRLF line ends. These map a textarea offset back to an offset in the stored text.
export function toSourceOffset(fullText: string, textareaOffset: number): number {
  if (!fullText.includes("\r")) return textareaOffset;
  let seen = 0;
  for (let i = 0; i < fullText.length; i++) {
    if (seen === textareaOffset) return i;
    if (fullText[i] === "\r" && fullText[i + 1] === "\n") i++;
    seen++;
  }
  return fullText.length;
}

export function passageAt(fullText: string, textareaStart: number, textareaEnd: number) {
  const quoteStart = toSourceOffset(fullText, textareaStart);
  const quoteEnd = toSourceOffset(fullText, textareaEnd);
  return { quote: fullText.slice(quoteStart, quoteEnd), quoteStart, quoteEnd };
}
