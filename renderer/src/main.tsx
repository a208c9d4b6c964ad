import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { startServices } from './db/services';
import { initI18n } from './i18n';
import './styles.css';
import './layout.css';

const root = createRoot(document.getElementById('root') as HTMLElement);

void (async () => {
  await initI18n();
  const started = await startServices();
  root.render(<StrictMode>{typeof started === 'string' ? <StartupError reason={started} /> : <App />}</StrictMode>);
})();
