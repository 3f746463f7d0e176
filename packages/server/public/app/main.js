/**
 * The reference host app: plain ES modules over the DUI Kit elements, the HTTP backend and a
 * hash router. Copy this folder into a product and replace the demo sign-in with your own.
 */
import { createHttpBackend } from '/vendor/duikit.min.js';
import { api, setCsrfToken } from './api.js';
import { h, render } from './dom.js';
import { locale, switchLocale, t } from './i18n.js';
import { signInPage } from './pages/sign-in.js';
import { inboxPage } from './pages/inbox.js';
import { personsPage } from './pages/persons.js';
import { personPage } from './pages/person.js';
import { admitPage } from './pages/admit.js';
import { instancePage } from './pages/instance.js';
import { aggirPage } from './pages/aggir.js';
import { supportPlanPage } from './pages/support-plan.js';
import { orientationPage } from './pages/orientation.js';
import { auditPage } from './pages/audit.js';

/** Routes: a pattern, and the page it renders (params from the pattern's groups). */
const routes = [
  [/^#\/inbox$/, inboxPage, 'inbox'],
  [/^#\/persons$/, personsPage, 'persons'],
  [/^#\/persons\/([^/]+)$/, personPage, 'persons'],
  [/^#\/persons\/([^/]+)\/aggir$/, aggirPage, 'persons'],
  [/^#\/persons\/([^/]+)\/support-plan$/, supportPlanPage, 'persons'],
  [/^#\/persons\/([^/]+)\/orientation$/, orientationPage, 'persons'],
  [/^#\/instances\/([^/]+)$/, instancePage, 'inbox'],
  [/^#\/admit$/, admitPage, 'admit'],
  [/^#\/audit$/, auditPage, 'audit'],
];

const app = { session: null, backend: null };

function showSession() {
  const box = document.getElementById('app-session');
  const nav = document.getElementById('app-nav');
  const localeButton = h(
    'button',
    {
      type: 'button',
      class: 'link-button',
      lang: locale === 'fr' ? 'en' : 'fr',
      'aria-label': t('host.localeLabel'),
      onclick: switchLocale,
    },
    t('host.locale'),
  );
  if (!app.session) {
    nav.hidden = true;
    box.replaceChildren(localeButton);
    return;
  }
  const { actor } = app.session;
  nav.hidden = false;
  box.replaceChildren(
    h(
      'span',
      { class: 'who', 'data-testid': 'signed-in-as' },
      t('host.signedInAs', {
        name: actor.name ?? actor.professionalId,
        role: app.session.roleLabel?.[locale] ?? actor.role,
      }),
    ),
    localeButton,
    h('button', { type: 'button', class: 'secondary', onclick: signOut }, t('host.signOut')),
  );
}

async function signOut() {
  await api('POST', '/api/auth/sign-out');
  app.session = null;
  setCsrfToken('');
  showSession();
  location.hash = '#/sign-in';
}

/** Called by the sign-in page: keeps the session, builds the backend, opens the inbox. */
export function onSignedIn(session) {
  app.session = session;
  setCsrfToken(session.csrfToken);
  app.backend = createHttpBackend({
    baseUrl: '',
    locale,
    actor: session.actor,
    csrfToken: () => session.csrfToken,
    onUnauthenticated: () => {
      app.session = null;
      showSession();
      location.hash = '#/sign-in';
    },
  });
  const provider = document.getElementById('outlet');
  provider.backend = app.backend;
  provider.actor = session.actor;
  showSession();
}

// Pages load what they show before they render it: routed one after the other, a page still
// loading can never render over the page asked for after it (a quick click in the navigation).
// Changes of address while one loads are coalesced into one routing of the latest address.
let routing = Promise.resolve();
let queued = false;
function scheduleRoute() {
  if (queued) return routing;
  queued = true;
  const run = () => {
    queued = false;
    return route();
  };
  routing = routing.then(run, run);
  return routing;
}

async function route() {
  const hash = location.hash || '#/inbox';
  if (!app.session || hash === '#/sign-in') {
    if (app.session && hash === '#/sign-in') return void (location.hash = '#/inbox');
    return signInPage({ onSignedIn: (s) => (onSignedIn(s), (location.hash = '#/inbox')) });
  }
  for (const [pattern, page, nav] of routes) {
    const m = pattern.exec(hash);
    if (!m) continue;
    for (const a of document.querySelectorAll('[data-nav]')) {
      if (a.dataset.nav === nav) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    return page({ ...app, params: m.slice(1).map(decodeURIComponent) });
  }
  render(h('h1', {}, t('host.notFound')));
}

async function boot() {
  document.documentElement.lang = locale;
  document.title = t('host.title');
  document.getElementById('demo-banner').textContent = t('common.demoData');
  // The page's static words (navigation, skip link) in the chosen language.
  document.querySelector('.skip-link').textContent = t('host.skipLink');
  document.getElementById('app-nav').setAttribute('aria-label', t('host.nav.label'));
  for (const a of document.querySelectorAll('[data-nav]')) a.textContent = t(`host.nav.${a.dataset.nav}`);
  const main = document.getElementById('main');
  main.replaceChildren(h('dui-provider', { id: 'outlet', locale }));
  const session = await api('GET', '/api/session');
  if (session.ok) onSignedIn(session.value);
  showSession();
  window.addEventListener('hashchange', () => void scheduleRoute());
  await scheduleRoute();
}

void boot();
