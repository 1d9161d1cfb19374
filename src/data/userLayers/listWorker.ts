// Module Web Worker: reads every stored layer when the page opens and posts each in slices
// (see readStored.ts). Separate from the import worker: it only reads, never validates.
import { isListRequest, listStoredMessages } from './readStored';

addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isListRequest(request)) return;
  void listStoredMessages(request).then(
    (messages) => messages.forEach((message) => postMessage(message)),
    () => postMessage({ kind: 'listed-failed' }),
  );
});
