// Text from the data (cells, headers, file names) printed for people: a cell holding an escape
// sequence (`\e[2J`, an OSC 8 link that disguises its target) must not act on the user's terminal.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with every C0/C1 control character (ESC, BEL, CR, newline, …) shown as `?`. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, '?');
}
