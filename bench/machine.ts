/** What the figures were measured on: date, CPUs, RAM, node. */
import {readFileSync} from 'node:fs';
import os from 'node:os';
import process from 'node:process';

function cpuModel(): string {
	try {
		const match = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'));
		if (match?.[1]) {
			return match[1].trim();
		}
	} catch {
		// Not Linux: os.cpus() below.
	}

	return os.cpus()[0]?.model ?? 'unknown CPU';
}

export function describeMachine(now: Date = new Date()): string {
	const date = now.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/u, ' UTC');
	const ram = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`;
	return `${date} · ${os.availableParallelism()} × ${cpuModel()} · ${ram} · node ${process.version} · ${os.platform()} ${os.release()} · ${loadAverage()}`;
}

/** Other work on the machine skews every figure: the table says how busy it was. */
export function loadAverage(): string {
	return `load average ${os.loadavg()[0]!.toFixed(2)}`;
}
