/**
 * DUI Kit elements in a React 19 app. React 19 sets custom-element properties directly, so the
 * backend (an object) is passed as a prop; DUI Kit events are DOM CustomEvents, listened to
 * through a ref. The backend is the HTTP one, over `npm start`'s server on the same origin.
 * Written with `createElement` (no JSX) so it type-checks with the workspace's tsconfig.
 */
import { StrictMode, createElement as h, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@duikit/components';
import { createHttpBackend, type TaskSummary } from '@duikit/core';

function App() {
  const backend = useMemo(() => createHttpBackend({ baseUrl: '', locale: 'fr' }), []);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [lastEvent, setLastEvent] = useState('');
  const inbox = useRef<HTMLElement>(null);
  const step = useRef<HTMLElement>(null);

  useEffect(() => {
    const el = inbox.current;
    const open = (e: Event) =>
      setInstanceId((e as CustomEvent<{ task: TaskSummary }>).detail.task.instanceId);
    el?.addEventListener('dui-task-open', open);
    return () => el?.removeEventListener('dui-task-open', open);
  }, []);

  useEffect(() => {
    const el = step.current;
    const sent = (e: Event) => setLastEvent((e as CustomEvent<{ event: string }>).detail.event);
    el?.addEventListener('dui-event-sent', sent);
    return () => el?.removeEventListener('dui-event-sent', sent);
  }, [instanceId]);

  return h(
    'dui-provider',
    { backend, locale: 'fr' },
    h('h1', null, 'DUI Kit dans React'),
    h(
      'p',
      { role: 'status' },
      lastEvent ? `Dernier évènement envoyé : ${lastEvent}` : 'Choisissez une tâche.',
    ),
    h('dui-task-inbox', { ref: inbox, status: '' }),
    instanceId ? h('dui-workflow-step', { ref: step, 'instance-id': instanceId }) : null,
  );
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(App)));
