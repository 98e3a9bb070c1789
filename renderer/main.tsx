/**
 * Entry point: finds the backend bridge for this shell and mounts the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { getBridge } from './transport/get-bridge.js';
import './styles/base.css';
import './styles/app.css';
import './styles/sidebar.css';
import './styles/reader.css';
import './styles/dialogs.css';
import './styles/highlights.css';
import './styles/panel.css';
import './styles/claim-detail.css';
import './styles/suggestions.css';
import './styles/origins.css';
import './styles/overlays.css';
import './styles/merge.css';
import './styles/export.css';

const root = createRoot(document.getElementById('root')!);
const bridge = getBridge();

root.render(
  <StrictMode>
    {bridge ? (
      <App bridge={bridge} />
    ) : (
      <main className="start">
        <div className="start__card" role="alert">
          <h1 className="start__title">Warrant cannot reach its backend</h1>
          <p>
            Open the address that <code>warrant serve</code> printed in the terminal — it contains the access token. If the server
            was restarted, use the new address.
          </p>
        </div>
      </main>
    )}
  </StrictMode>,
);
