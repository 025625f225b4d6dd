import { createHandl } from 'handl-rx';

const handl = createHandl({ token: 'YOUR-LICENSE-KEY' });

/** Logs every state of a passport recognition; unsubscribe from the result to cancel. */
export function watchPassport(file: Blob, log: (line: string) => void) {
  return handl.recognize$(file, { docType: 'passport_main' }).subscribe((state) => {
    switch (state.status) {
      case 'submitted':
        return log(`task ${state.taskId} accepted`);
      case 'pending':
        return log(`poll #${state.attempt}: not done after ${state.elapsedMs} ms, next in ${state.nextPollMs} ms`);
      case 'done':
        return log(`surname: ${state.result.items[0]?.fields.surname?.text}`);
      case 'error':
        return log(`failed (${state.error.kind}): ${state.error.message}`);
    }
  });
}
