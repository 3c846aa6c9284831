// Edits only the spec, as a user would: renames 420 and adds 429.
def spec = new File(basedir, 'src/main/resources/acme-statuses.md')
def text = spec.getText('UTF-8')
def edited = text
    .replace('420 | Enhance Your Calm |', '420 | Slow Down |')
    .replace('503 | Service Unavailable |', '429 | Too Many Requests |  | Wait, then try again. |\n503 | Service Unavailable |')
assert edited != text
spec.setText(edited, 'UTF-8')
