// Copies the compiled NHS design system from node_modules into the WAR's /assets/nhsuk/.
// Two changes to the stylesheet, both so the page needs nothing from outside the application:
// icon URLs become relative to the stylesheet (the application may run under any context path),
// and the Frutiger @font-face rules, served only from assets.nhs.uk, are dropped, so the design
// system's own fallback fonts (Arial, sans-serif) are used.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [, , packageDir, outDir] = process.argv
if (!packageDir || !outDir) {
  console.error('usage: node copy-assets.mjs <node_modules/nhsuk-frontend> <output dir>')
  process.exit(2)
}
const dist = join(packageDir, 'dist', 'nhsuk')
mkdirSync(outDir, { recursive: true })

const css = readFileSync(join(dist, 'nhsuk-frontend.min.css'), 'utf8')
const selfContained = css
  .replaceAll('url(/assets/images/', 'url(images/')
  .replace(/@font-face\{[^}]*assets\.nhs\.uk[^}]*\}/g, '')
if (/assets\.nhs\.uk|url\(\/assets/.test(selfContained)) {
  console.error('nhsuk-frontend.min.css still refers to files outside the application')
  process.exit(1)
}
writeFileSync(join(outDir, 'nhsuk-frontend.min.css'), selfContained)
cpSync(join(dist, 'nhsuk-frontend.min.js'), join(outDir, 'nhsuk-frontend.min.js'))
cpSync(join(dist, 'assets', 'images'), join(outDir, 'images'), { recursive: true })
console.log(`nhsuk-frontend copied to ${outDir}`)
