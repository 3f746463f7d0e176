/**
 * DUI Kit in React 19: the elements are used in JSX like any tag. React 19 sets their object
 * properties (`backend`, `schema`, `data`) and listens to their events through `on<event-name>`
 * props, typed by `@duikit/components/jsx` (detail included). The backend is the HTTP one, over
 * the DUI Kit server on the same origin.
 */
import { StrictMode, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@duikit/components';
import type {} from '@duikit/components/jsx';
import type { DuiTaskInbox } from '@duikit/components';
import { createHttpBackend } from '@duikit/core/client';
import { visitSchema, visitUiSchema, type VisitRequest } from './visit-request.js';

/** The demo server's sign-in (a real host signs in through its own identity provider). */
async function demoSignIn(): Promise<void> {
  await fetch('/api/auth/demo/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ professionalId: 'demo-ehpad-director' }),
  });
}

function App() {
  const backend = useMemo(() => createHttpBackend({ baseUrl: '', locale: 'fr' }), []);
  const inbox = useRef<DuiTaskInbox>(null);
  const [instanceId, setInstanceId] = useState<string>();
  const [visit, setVisit] = useState<VisitRequest>({});
  const [sent, setSent] = useState<VisitRequest>();

  return (
    <dui-provider backend={backend} locale="fr">
      <h1>DUI Kit dans React</h1>
      <button type="button" onClick={() => void demoSignIn().then(() => inbox.current?.reload())}>
        Se connecter (démo)
      </button>

      <h2>Demande de visite</h2>
      <dui-form
        schema={visitSchema}
        uischema={visitUiSchema}
        data={visit}
        ondui-change={(e) => setVisit(e.detail.data as VisitRequest)}
        ondui-submit={(e) => setSent(e.detail.data as VisitRequest)}
      />
      <output role="status">{sent ? `Demande envoyée : ${sent.visitor} le ${sent.date}` : ''}</output>

      <dui-task-inbox ref={inbox} ondui-task-open={(e) => setInstanceId(e.detail.task.instanceId)} />
      {instanceId ? <dui-workflow-step instanceId={instanceId} /> : null}
    </dui-provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
