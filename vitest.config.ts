import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Under CI a JSON report is written too, so .ci/run can print a plain summary line.
		reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
		outputFile: {json: '.ci/test-results.json'},
	},
});
