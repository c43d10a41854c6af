import './platform/zodConfig';
import { createRoot } from 'react-dom/client';
import './css/tokens.css';
import './css/base.css';
import './css/layout.css';
import './css/controls.css';
import './css/articleList.css';
import './css/editor.css';
import './css/document.css';
import './css/panels.css';
import './css/auth.css';
import './css/desk.css';
import './css/workflow.css';
import { App } from './app/App';
import { AuthGate } from './auth/AuthGate';
import { applyInitialTheme } from './app/theme';
import { createApi } from './platform/api';
import { ApiProvider } from './platform/ApiContext';
import { pickBridge } from './platform/bridge';
import { ToastProvider } from './ui/toasts';

applyInitialTheme();

const container = document.getElementById('root');
if (container === null) throw new Error('Galley: index.html has no #root element');

createRoot(container).render(
  <ApiProvider api={createApi(pickBridge())}>
    <ToastProvider>
      <AuthGate>
        <App />
      </AuthGate>
    </ToastProvider>
  </ApiProvider>,
);
