// A spec of the project's own in src/main/resources: the processor found it in the class output, where the
// resources plugin copies it before compiling, and generated the Acme* types from it alone.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
assert checks.output(basedir) == ['[200 OK, 204 No Content, 404 Not Found, 420 Enhance Your Calm, 503 Service Unavailable]']
def reference = new File(basedir, 'target/classes/META-INF/statusgen/com/example/Acme.md').getText('UTF-8')
assert reference.contains('Enhance Your Calm')
assert !new File(basedir, 'target/generated-sources/annotations/com/example/HttpStatus.java').exists()
checks.assertShownInDocs(setupDocs, 'own-spec', basedir)
