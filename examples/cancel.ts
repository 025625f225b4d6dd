import { createHandl } from 'handl-rx';
import { takeUntil, type Observable } from 'rxjs';

const handl = createHandl({ token: 'YOUR-LICENSE-KEY' });

/** RxJS: stops polling (and aborts the request in flight) when `cancel$` emits. Silent. */
export function recognizeUntil(file: Blob, cancel$: Observable<unknown>) {
  return handl.recognize$(file).pipe(takeUntil(cancel$));
}

/** Promise: gives up after `ms`, rejecting with a HandlError of kind `aborted`. */
export function recognizeWithin(file: Blob, ms: number) {
  return handl.recognize(file, { signal: AbortSignal.timeout(ms) });
}
