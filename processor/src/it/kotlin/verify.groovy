// kapt ran statusgen on two Kotlin holders: Http on the standard table, and Acme on the project's own spec, which
// it found in the class output, where the resources plugin copied it before kapt ran, with the integration
// SPRING_WEB. kapt wrote the sources into its own directory; javac compiled them against Spring Web 7.0.10, and the
// Kotlin code that uses them ran, handing Acme's statuses to Spring through toSpring().
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

def kapt = 'target/generated-sources/kapt/compile'
checks.assertFiles(basedir, checks.generatedFiles('com.example.Http', kapt) + checks.generatedFiles('com.example.Acme', kapt))
assert checks.output(basedir) == ['65 codes, 404 is 404 Not Found; ACME: ' +
    '[200 OK, 204 No Content, 404 Not Found, 420 Enhance Your Calm, 503 Service Unavailable]',
    'Spring Web: 200 OK, 404 NOT_FOUND, 420']
def source = new File(basedir, "${kapt}/com/example/HttpStatus.java").getText('UTF-8')
assert source.contains('@Generated("dev.statusgen.processor.StatusgenProcessor")') && source.contains('@StatusgenGenerated')
// Spring Web is on the class path, but only Acme asked for it.
assert !new File(basedir, "${kapt}/com/example/HttpStatusCode.java").getText('UTF-8').contains('springframework')
assert new File(basedir, 'build.log').getText('UTF-8').contains('kotlin-maven-plugin:2.4.21:kapt (kapt)')
checks.assertShownInDocs(setupDocs, 'kotlin', basedir)
