// After each of the three builds: the first generated from the spec; the second, after prebuild.2.groovy edited
// only the spec, recompiled and regenerated; the third, with nothing changed, compiled nothing.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

def before = '[200 OK, 204 No Content, 404 Not Found, 420 Enhance Your Calm, 503 Service Unavailable]'
def after = '[200 OK, 204 No Content, 404 Not Found, 420 Slow Down, 429 Too Many Requests, 503 Service Unavailable]'
assert checks.output(basedir) == [before, after, after]

def builds = new File(basedir, 'build.log').getText('UTF-8').split(/\[INFO\] Building spec-edit 1\.0/).drop(1)
assert builds.size() == 3
assert builds[1].contains('Deleting') && builds[1].contains('Recompiling the module because of changed source code.')
assert builds[2].contains('Clean is skipped.') && builds[2].contains('Nothing to compile - all classes are up to date.')

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
def source = new File(basedir, 'target/generated-sources/annotations/com/example/AcmeStatus.java').getText('UTF-8')
assert source.contains('TOO_MANY_REQUESTS(') && source.contains('SLOW_DOWN(') && !source.contains('ENHANCE_YOUR_CALM')
assert new File(basedir, 'target/classes/META-INF/statusgen/com/example/Acme.md').getText('UTF-8').contains('Slow Down')
checks.assertShownInDocs(setupDocs, 'spec-edit', basedir)
