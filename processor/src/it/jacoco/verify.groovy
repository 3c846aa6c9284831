// JaCoCo ran the tests, which use the generated types, and reported on the classes of target/classes: the report
// lists the project's own classes and none of the generated ones, which carry @StatusgenGenerated (class
// retention, so JaCoCo sees it in their class files).
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Http') + ['target/jacoco.exec'])
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')

// jacoco.csv: GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,...; a nested class is Outer.Nested.
def rows = new File(basedir, 'target/site/jacoco/jacoco.csv').readLines('UTF-8').drop(1)*.split(',')
def classes = rows.collectEntries { [("${it[1]}.${it[2]}".toString()): it[4] as int] }
// The holder, Http, has no code but a private empty constructor, which JaCoCo leaves out of every report.
assert classes.keySet() == ['com.example.Responses'] as Set: "the report lists ${classes.keySet()}"
assert classes['com.example.Responses'] > 0: 'the tests covered none of Responses'

// The generated classes ran in the tests, so only their mark kept them out of the report.
def generated = ['HttpStatus', 'HttpStatusCodes', 'HttpStatusClass', 'HttpStatusCode', 'HttpStatusCode$NonStandard',
                 'HttpStatusTag']
generated.each { name ->
  def bytes = new File(basedir, "target/classes/com/example/${name}.class").bytes
  def text = new String(bytes, 'ISO-8859-1')
  assert text.contains('RuntimeInvisibleAnnotations') && text.contains('Ldev/statusgen/StatusgenGenerated;'):
      "${name}.class does not carry @StatusgenGenerated"
}
checks.assertShownInDocs(setupDocs, 'jacoco', basedir)
