import { buildRuntime } from './runtime.ts';

// `npm start`: migrate, load demo data the first time, serve, and run the job worker.
const runtime = await buildRuntime();
await runtime.serve();
