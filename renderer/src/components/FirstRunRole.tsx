import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../bridge';
import { getServices } from '../db/services';
import { useUi } from '../store/ui';
import { ConfirmDialog } from './ConfirmDialog';

/** Where the answer is kept (this installation only: never synced). */
export const FIRST_RUN_ROLE_KEY = 'firstRun.role';
type Answer = 'laptop' | 'central' | 'later';

/**
 * The first-run question: is this computer an office's laptop or the central office? It
 * shows on the home screen of an empty installation in laptop mode until answered or put
 * off ("Plus tard"); Settings (`inSettings`, inside its central office mode section) keeps
 * the choice of the central office while this installation is not it. Choosing the central office makes the key pair as Réception does
 * (after the same confirmation) and opens Réception, which shows the public key, its
 * fingerprint and QR code, and the backup of the private key. A region, not a modal
 * dialog: the coordinator can ignore it and use the app.
 */
export const FirstRunRole = ({ inSettings = false }: { inSettings?: boolean }) => {
  const { t } = useTranslation('central');
  const notify = useUi((s) => s.notify);
  const navigate = useUi((s) => s.navigate);
  const [mode, setMode] = useState<'laptop' | 'central' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const emptyAtStart = useRef<boolean | null>(null);
  const { db } = getServices();
  const state = useLiveQuery(async () => {
    const [answer, partners, requests] = await Promise.all([db.meta.get(FIRST_RUN_ROLE_KEY), db.partners.count(), db.requests.count()]);
    return { answer: (answer?.value as Answer | undefined) ?? null, empty: partners === 0 && requests === 0 };
  }, [db]);
  useEffect(() => {
    let alive = true;
    call('central.status', {})
      .then((s) => alive && setMode(s.mode))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);

  // Whether the app was empty is read once: the question must not vanish under the
  // keyboard focus because the coordinator started entering data meanwhile.
  if (state && emptyAtStart.current === null) emptyAtStart.current = state.empty;
  if (!state || mode !== 'laptop') return null;
  if (!inSettings && (state.answer !== null || !emptyAtStart.current)) return null;

  const answer = (value: Answer) => db.meta.put({ key: FIRST_RUN_ROLE_KEY, value });

  const chooseCentral = async () => {
    setConfirming(false);
    setBusy(true);
    try {
      await call('central.enable', {});
      await answer('central');
      notify('success', t('identity.enabled'));
      navigate({ name: 'receive' });
    } catch {
      notify('error', t('firstRun.failed'));
    } finally {
      setBusy(false);
    }
  };

  const chooseLaptop = async () => {
    await answer('laptop');
    notify('success', t('firstRun.laptopChosen'));
  };

  const dialog = (
    <ConfirmDialog
      open={confirming}
      title={t('identity.confirmTitle')}
      body={t('identity.confirmBody')}
      confirmLabel={t('identity.confirm')}
      onConfirm={() => void chooseCentral()}
      onCancel={() => setConfirming(false)}
    />
  );

  // In Settings, inside its "Central office mode" section: the one choice, same path.
  if (inSettings)
    return (
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('identity.enable')}
        </button>
        {dialog}
      </div>
    );

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('firstRun.title')}</h2>
      <p>{t('firstRun.explain')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void chooseLaptop()}>
          {t('firstRun.laptop')}
        </button>
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t('firstRun.central')}
        </button>
        <button type="button" disabled={busy} onClick={() => void answer('later')}>
          {t('firstRun.later')}
        </button>
      </div>
      <p className="hint">{t('firstRun.laterHint')}</p>
      {dialog}
    </section>
  );
};
