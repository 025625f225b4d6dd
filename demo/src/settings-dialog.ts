import { HANDL_URL, type Connection } from './connection';

/**
 * The Settings dialog: built-in mock, Handl with a license key, or your proxy without one.
 * `onSave` gets the new connection only when the user pressed Save.
 */
export function createSettingsDialog(dialog: HTMLDialogElement, form: HTMLFormElement, onSave: (connection: Connection) => void) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;

  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'save') return;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const kind = text('conn');
    onSave(
      kind === 'handl'
        ? { kind, baseUrl: text('handl-url') || HANDL_URL, token: text('token'), auth: text('auth') === 'header' ? 'header' : 'query' }
        : kind === 'proxy' && text('proxy-url')
          ? { kind, baseUrl: text('proxy-url') }
          : { kind: 'mock' },
    );
  });

  return {
    open(current: Connection): void {
      const choice = form.querySelector<HTMLInputElement>(`input[name="conn"][value="${current.kind}"]`);
      if (choice) choice.checked = true;
      field('handl-url').value = current.kind === 'handl' ? current.baseUrl : HANDL_URL;
      field('token').value = current.kind === 'handl' ? current.token : '';
      field('auth').value = current.kind === 'handl' ? current.auth : 'query';
      field('proxy-url').value = current.kind === 'proxy' ? current.baseUrl : '';
      dialog.showModal();
    },
  };
}
