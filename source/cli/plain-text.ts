/**
 * Text from article files and file names is untrusted: before it is printed
 * outside the layout engine (which already strips controls), every C0/C1
 * control character, DEL included, becomes a space so no escape sequence,
 * carriage return or tab from a file can reach the terminal or break a
 * one-line-per-record output.
 */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/gu;

export function plainText(text: string): string {
	return text.replaceAll(controlCharacters, ' ');
}
