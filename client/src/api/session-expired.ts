let onSessionExpired: () => void = () => {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname !== '/login') {
    window.location.assign(`/login?returnTo=${encodeURIComponent(here)}`);
  }
};

/** The app swaps in a router-aware handler; the default does a full navigation. */
export function setSessionExpiredHandler(handler: () => void) {
  onSessionExpired = handler;
}

/** Tells the app the session is over: the refresh token was refused or is gone. */
export function sessionExpired() {
  onSessionExpired();
}
