// Edits only the spec in module statuses: renames 499.
def spec = new File(basedir, 'statuses/src/main/resources/shop-statuses.md')
def text = spec.getText('UTF-8')
def edited = text.replace('499 | Client Closed Request |', '499 | Client Gave Up |')
assert edited != text
spec.setText(edited, 'UTF-8')
