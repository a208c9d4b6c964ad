import { describe, expect, it } from 'vitest';
import { davFileUrl, davFolderUrl } from '../../../electron/services/sync/dav-path';

describe('one encoding for every WebDAV address', () => {
  it('gives the same folder address whether the user typed or pasted it encoded', () => {
    const want = 'https://nuage.example.org/remote.php/dav/files/coordo/Envois%20re%C3%A7us/';
    expect(davFolderUrl('https://nuage.example.org/remote.php/dav/files/coordo/Envois reçus/')).toBe(want);
    expect(davFolderUrl('https://nuage.example.org/remote.php/dav/files/coordo/Envois%20re%C3%A7us')).toBe(want);
    expect(davFolderUrl(' https://nuage.example.org/remote.php/dav/files/coordo/Envois reçus ')).toBe(want);
  });

  it('keeps # and ? as part of a folder name, and a stray % as a literal', () => {
    expect(davFolderUrl('https://h.example/Dossier #3/')).toBe('https://h.example/Dossier%20%233/');
    expect(davFolderUrl('https://h.example/Quoi? 100%/')).toBe('https://h.example/Quoi%3F%20100%25/');
    expect(davFolderUrl('https://h.example:8443/')).toBe('https://h.example:8443/');
  });

  it('encodes file names inside the folder', () => {
    expect(davFileUrl('https://h.example/a%20b/', 'été #1 à 100%.age')).toBe('https://h.example/a%20b/%C3%A9t%C3%A9%20%231%20%C3%A0%20100%25.age');
  });
});
