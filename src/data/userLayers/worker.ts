// Module Web Worker: reads and validates an imported file off the main thread. Loaded by
// importFile.ts with `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
import { handleImportRequest, type ImportRequest } from './handleMessage';

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void handleImportRequest(event.data).then((result) => postMessage(result));
});
