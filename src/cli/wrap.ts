/**
 * Breaks text into lines of at most `width` characters at spaces (a word
 * longer than a line is cut), for a terminal of known width. Characters are
 * counted as code points: close enough for Cyrillic and Latin text.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of text.split(' ')) {
    let chars = [...word];
    if (line.length > 0 && line.length + 1 + chars.length > width) {
      lines.push(line.join(''));
      line = [];
    }
    if (line.length > 0) line.push(' ');
    while (line.length + chars.length > width) {
      const room = width - line.length;
      lines.push([...line, ...chars.slice(0, room)].join(''));
      line = [];
      chars = chars.slice(room);
    }
    line.push(...chars);
  }
  lines.push(line.join(''));
  return lines;
}
