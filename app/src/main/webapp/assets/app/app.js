// Progressive enhancement only: every page works without this file.
import { initAll } from '../nhsuk/nhsuk-frontend.min.js'
import { warnBeforeSignOut } from './session-timeout.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()
warnBeforeSignOut(document)
