declare module 'bidi-js' {
	export type EmbeddingLevels = {
		levels: Uint8Array;
		paragraphs: Array<{start: number; end: number; level: number}>;
	};

	export type Bidi = {
		getEmbeddingLevels(text: string, explicitDirection?: 'ltr' | 'rtl'): EmbeddingLevels;
		getReorderSegments(text: string, levels: EmbeddingLevels, start?: number, end?: number): Array<[number, number]>;
		getMirroredCharactersMap(text: string, levels: EmbeddingLevels, start?: number, end?: number): Map<number, string>;
		getMirroredCharacter(char: string): string | null;
		getBidiCharTypeName(char: string): string;
	};

	export default function bidiFactory(): Bidi;
}
