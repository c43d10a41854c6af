import './platform/zodConfig';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/articleList.css';
import './styles/editor.css';
import './styles/document.css';
import './styles/panels.css';
import './styles/auth.css';
import './styles/desk.css';
import './styles/workflow.css';
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
