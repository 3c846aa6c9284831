// JAKARTA_REST in a named module: the exported AcmeStatusCode extends Jakarta REST's StatusType, so the module
// requires transitive jakarta.ws.rs, and compiled on the module path without a warning under -Xlint:all (but the
// one for reading the annotations' automatic module); Main ran on the module path with Jakarta REST.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.rest.Acme') + ['target/classes/module-info.class'])
assert checks.output(basedir) == ['com.example.rest: 499 Client Closed Request (CLIENT_ERROR), 404 is Not Found']
checks.assertShownInDocs(setupDocs, 'module-path-rest', basedir)
