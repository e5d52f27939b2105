import {useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {defaultSize, type TerminalSize} from '../geometry.js';

function dimension(value: number | undefined, fallback: number): number {
	return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

function readSize(stdout: NodeJS.WriteStream): TerminalSize {
	return {
		columns: dimension(stdout.columns, defaultSize.columns),
		rows: dimension(stdout.rows, defaultSize.rows),
	};
}

/** The terminal's size, updated on every `resize` event (80×24 when stdout is not a terminal). */
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
