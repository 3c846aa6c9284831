// The same test as jakarta-rest's, on javax.ws.rs: copies its resource and its Main with the package renamed, as a
// project moving between the two namespaces would.
def from = new File(itSources, 'jakarta-rest/src/main/java/com/example')
def to = new File(basedir, 'src/main/java/com/example')
['Orders.java', 'Main.java'].each { name ->
  def text = new File(from, name).getText('UTF-8')
  assert text.contains('import jakarta.ws.rs.')
  new File(to, name).setText(text.replace('jakarta.ws.rs.', 'javax.ws.rs.'), 'UTF-8')
}
true
