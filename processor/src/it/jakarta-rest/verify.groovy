// JAKARTA_REST, in two builds: Jersey 4.0.2, then Jersey 3.1. Each time the generated statuses compiled lint-clean
// as Jakarta REST status types, Main checked them through the API, and Grizzly, on a free local port, sent each
// status line with the table's reason phrase: nginx's 499, a standard 404 and a 599 that the table lacks.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
def lines = 'HTTP/1.1 499 Client Closed Request | HTTP/1.1 404 Not Found | HTTP/1.1 599 Non-Standard Response'
assert checks.output(basedir) == ["Jersey 4.0.2 on Grizzly: ${lines}", "Jersey 3.1.12 on Grizzly: ${lines}"]*.toString()
checks.assertShownInDocs(setupDocs, 'jakarta-rest', basedir)
