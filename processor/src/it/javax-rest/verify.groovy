// JAVAX_REST with Jersey 2.48: the generated statuses compiled lint-clean as JAX-RS 2.1 status types, and the test of
// jakarta-rest, which prebuild.groovy copied onto javax.ws.rs, ran: Main checked them through the API, and Grizzly, on
// a free local port, sent each status line with the table's reason phrase.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
assert checks.output(basedir) == ['Jersey 2.48 on Grizzly: HTTP/1.1 499 Client Closed Request | HTTP/1.1 404 Not Found' +
    ' | HTTP/1.1 599 Non-Standard Response']
def source = new File(basedir, 'target/generated-sources/annotations/com/example/AcmeStatusCode.java').getText('UTF-8')
assert !source.contains('jakarta.'): 'AcmeStatusCode names Jakarta REST, which the project does not have'
checks.assertShownInDocs(setupDocs, 'javax-rest', basedir)
