import { bridge } from './bridge';
import { BridgeFailure } from './failure';

const toBlob = (base64: string, mime: string): Blob => {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Blob([bytes], { type: mime });
};

export const base64ToBlobUrl = (base64: string, mime: string): string => URL.createObjectURL(toBlob(base64, mime));

export const textToBase64 = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
};

type Mime = 'application/pdf' | 'text/csv' | 'text/plain' | 'application/json' | 'application/octet-stream' | 'image/png';

/**
 * Saves bytes where the user chooses: the desktop app shows its native dialog; the
 * browser host cannot, so the file goes to the browser's downloads instead.
 * Returns false when the user cancelled the dialog.
 */
export const saveFile = async (suggestedName: string, mime: Mime, base64: string): Promise<boolean> => {
  const r = await bridge.invoke('file.save', { suggestedName, mime, base64 });
  if (r.ok) return r.value.saved;
  if (r.error.code !== 'unsupported') throw new BridgeFailure(r.error.code);
  const url = base64ToBlobUrl(base64, mime);
  const a = document.createElement('a');
  a.href = url;
  a.download = suggestedName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
};
