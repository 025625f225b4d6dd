import { createHandl } from 'handl-rx';

// A page never holds the license key: point baseUrl at your own proxy, which adds the token.
export function recognizeOnPick(input: HTMLInputElement, output: HTMLElement, baseUrl = '/api/handl'): void {
  const handl = createHandl({ baseUrl });
  let cancelPrevious = () => {};
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    cancelPrevious(); // unsubscribing aborts the upload or poll in flight
    const subscription = handl.recognize$(file, { docType: 'passport_main' }).subscribe((state) => {
      if (state.status === 'submitted') output.textContent = 'Uploaded, waiting for Handl…';
      if (state.status === 'pending') output.textContent = `Still working (check ${state.attempt})…`;
      if (state.status === 'done') output.textContent = state.result.items.map((item) => item.doc_type).join(', ');
      if (state.status === 'error') output.textContent = `Failed: ${state.error.kind}`;
    });
    cancelPrevious = () => subscription.unsubscribe();
  });
}
