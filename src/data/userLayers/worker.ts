// Module Web Worker: reads and validates an imported file off the main thread, then posts the
// result in slices (see transfer.ts). Loaded by importFile.ts with
// `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
import { handleImportRequest, type ImportRequest } from './handleMessage';
import { splitResult } from './transfer';

addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  void handleImportRequest(event.data).then((result) => {
    for (const message of splitResult(result)) postMessage(message);
  });
});
