/**
 * Preloaded into the server under test by tests/bench/fanout.ts (`node --import tsx --import
 * <this file> src/main.ts`), so that the benchmark can observe the server process from inside
 * without changing server code. It answers requests over the IPC channel the benchmark opens:
 *
 * - `stats`: RSS, heap, and the event-loop lag since the last reset (perf_hooks.monitorEventLoopDelay
 *   sampling every 10 ms; reported as the excess over those 10 ms), optionally after a full GC
 *   (the server is started with --expose-gc only for that);
 * - `profile-start` / `profile-stop`: a V8 CPU profile of the server, written as .cpuprofile;
 * - `heap-snapshot`: a V8 heap snapshot, written as .heapsnapshot.
 *
 * Without an IPC channel (the server started normally) this module does nothing.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';

type Request =
  | { id: number; type: 'stats'; gc?: boolean; reset?: boolean }
  | { id: number; type: 'heap-snapshot'; file: string }
  | { id: number; type: 'profile-start' } | { id: number; type: 'profile-stop'; file: string };

if (process.send) {
  // The histogram records each sampling interval's length: the lag is what exceeds the 10 ms interval.
  const RESOLUTION_MS = 10;
  const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  loop.enable();
  let inspector: Session | null = null;
  const ms = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION_MS) * 10) / 10);

  process.on('message', (raw: unknown) => {
    const request = raw as Request;
    void (async () => {
      try {
        if (request.type === 'stats') {
          const gc = (globalThis as { gc?: () => void }).gc;
          if (request.gc && gc) {
            gc();
            await new Promise((resolve) => setTimeout(resolve, 50));
            gc();
          }
          const memory = process.memoryUsage();
          const reply = {
            id: request.id,
            rss: memory.rss,
            heapUsed: memory.heapUsed,
            heapTotal: memory.heapTotal,
            external: memory.external,
            arrayBuffers: memory.arrayBuffers,
            loop: { count: loop.count, mean: ms(loop.mean), p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) },
          };
          if (request.reset) loop.reset();
          process.send!(reply);
        } else if (request.type === 'heap-snapshot') {
          writeHeapSnapshot(request.file);
          process.send!({ id: request.id });
        } else if (request.type === 'profile-start') {
          inspector = new Session();
          inspector.connect();
          await inspector.post('Profiler.enable');
          await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
          await inspector.post('Profiler.start');
          process.send!({ id: request.id });
        } else if (request.type === 'profile-stop') {
          const result = inspector ? await inspector.post('Profiler.stop') : null;
          if (result) writeFileSync(request.file, JSON.stringify(result.profile));
          inspector?.disconnect();
          inspector = null;
          process.send!({ id: request.id, written: Boolean(result) });
        }
      } catch (error) {
        process.send!({ id: request.id, error: String(error) });
      }
    })();
  });
  // The channel must not keep the server alive on its own.
  process.channel?.unref();
}
