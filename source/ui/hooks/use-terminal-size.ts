import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {defaultSize, type TerminalSize} from '../geometry.js';

function dimension(value: number | undefined, fallback: number): number {
	return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/**
 * The app draws one row less than the terminal has: when Ink's output is as tall
 * as the terminal, Ink 6 clears the whole screen before every frame (a visible
 * flicker on terminals without synchronised output, such as xterm), while a
 * shorter output is updated in place, line by line.
 */
function readSize(stdout: NodeJS.WriteStream): TerminalSize {
	return {
		columns: dimension(stdout.columns, defaultSize.columns),
		rows: Math.max(1, dimension(stdout.rows, defaultSize.rows + 1) - 1),
	};
}

/** The size the app may draw in, updated on every `resize` event (80×24 when stdout is not a terminal). */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => readSize(stdout));
	useEffect(() => {
		const update = () => {
			setSize(previous => {
				const next = readSize(stdout);
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		};

		stdout.on('resize', update);
		update();
		return () => {
			stdout.off('resize', update);
		};
	}, [stdout]);
	return size;
}
