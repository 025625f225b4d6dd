import { createHandl } from 'handl-rx';
import { tap } from 'rxjs';

const handl = createHandl({ token: 'YOUR-LICENSE-KEY' });

/** Recognizes a file, or picks up the task a previous page load left unfinished. */
export function recognizeResumable(file: Blob, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
  const saved = storage.getItem('handl-task');
  const states$ = saved ? handl.result$(saved, { service: 'recognize' }) : handl.recognize$(file);
  return states$.pipe(
    tap((state) => {
      if (state.status === 'submitted') storage.setItem('handl-task', state.taskId);
      // A deadline leaves the task running on the server: keep its id to resume it later.
      if (state.status === 'done' || (state.status === 'error' && state.error.kind !== 'deadline')) {
        storage.removeItem('handl-task');
      }
    }),
  );
}
