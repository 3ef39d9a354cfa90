import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { connectStore } from './store/store';
import { chooseTransport } from './transport/choose.transport';

const transport = chooseTransport(window);
connectStore(transport);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
