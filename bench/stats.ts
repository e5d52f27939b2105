/** Medians, percentiles and the units the bench table prints. */

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) {
		return Number.NaN;
	}

	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile (`fraction` 0.95 for p95). */
export function percentile(values: readonly number[], fraction: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

export function formatMs(ms: number): string {
	if (!Number.isFinite(ms)) {
		return 'n/a';
	}

	return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

export function formatMb(bytes: number): string {
	return Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(0)} MB` : 'n/a';
}

export function formatRate(perSecond: number, unit: string): string {
	return `${Math.round(perSecond).toLocaleString('en')} ${unit}`;
}

/** Spread `count` items evenly over `items` (the first always included). */
export function spread<T>(items: readonly T[], count: number): T[] {
	if (count <= 0 || items.length === 0) {
		return [];
	}

	const step = items.length / Math.min(count, items.length);
	return Array.from({length: Math.min(count, items.length)}, (_, index) => items[Math.floor(index * step)]!);
}
