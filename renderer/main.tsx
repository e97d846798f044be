/** Renderer entry: picks the API and event transports once and mounts the app. */
import './zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getReaderApi } from './api';
import { App } from './App';
import { getReaderEvents } from './events';
import { ApiContext } from './useApi';
import { EventsContext } from './useReaderEvents';
// Bundled fonts (no network): each file covers Thai and Latin through unicode-range subsets.
import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/700.css';
import '@fontsource/noto-serif-thai/400.css';
import '@fontsource/noto-serif-thai/700.css';
import './styles/theme.css';
import './styles/base.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApiContext value={getReaderApi()}>
      <EventsContext value={getReaderEvents()}>
        <App />
      </EventsContext>
    </ApiContext>
  </StrictMode>,
);
