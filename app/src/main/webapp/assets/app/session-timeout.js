// Two minutes before the session ends, show the warning the layout carries (hidden) and offer
// "Stay signed in", which touches the session. When the time is up, go to the sign-in page, which
// says why. Without JavaScript the server does the same on the next request.
const WARN_BEFORE_SECONDS = 120

export function warnBeforeSignOut(document) {
  const body = document.body
  const seconds = Number(body.dataset.sessionSeconds)
  const warning = document.getElementById('session-warning')
  const stay = document.getElementById('session-stay')
  if (!seconds || seconds <= 0 || !warning || !stay) {
    return
  }
  const contextPath = body.dataset.contextPath || ''
  let warnTimer
  let endTimer

  function schedule() {
    clearTimeout(warnTimer)
    clearTimeout(endTimer)
    warnTimer = setTimeout(show, Math.max(0, seconds - WARN_BEFORE_SECONDS) * 1000)
    endTimer = setTimeout(signedOut, (seconds + 5) * 1000)
  }

  function show() {
    warning.hidden = false
    const heading = document.getElementById('session-warning-heading')
    if (heading) {
      heading.focus()
    }
  }

  function signedOut() {
    window.location.assign(contextPath + '/login?timeout=1')
  }

  stay.addEventListener('click', async () => {
    try {
      const answer = await fetch(contextPath + '/session/keep-alive', {
        credentials: 'same-origin',
        cache: 'no-store'
      })
      if (!answer.ok) {
        signedOut()
        return
      }
      warning.hidden = true
      schedule()
    } catch {
      // The server could not be reached: leave the warning up, the end timer still runs.
    }
  })

  schedule()
}
