// lphm <command>: filled in by the CLI work.
import { buildRuntime } from './runtime.ts';

const runtime = await buildRuntime();
await runtime.serve();
