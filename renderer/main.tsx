import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './app/app.css';
import { setUiLocale } from './i18n/ui-locale-store.ts';
import { studio } from './studio.ts';

// The interface language is asked for before the first paint, so the window never flashes English.
void studio.settings.uiLocale({}).then((locale) => {
  if (locale.ok) setUiLocale(locale.value);
  studio.on('ui-locale', setUiLocale);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
