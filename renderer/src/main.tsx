import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { choosePlatform, setPlatform } from './platform';
import { setTransport } from './store/actions';
import { connectStore } from './store/store';
import { chooseTransport } from './transport/choose.transport';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/overlay.css';
import './styles/dashboard.css';
import './styles/pages.css';
import './styles/report.css';
import './styles/room.css';

initI18n();
setPlatform(choosePlatform(window));
const transport = chooseTransport(window);
setTransport(transport);
connectStore(transport);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
