// A named module that requires static the annotations: it compiled on the module path with the processor, and
// Main ran on the module path without the annotations. Such a module does not read java.compiler, so the output
// carries no @Generated; it reads the annotations, so the output carries @StatusgenGenerated (class retention,
// which the JVM ignores when the annotations are absent).
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.modular.Http') + ['target/classes/module-info.class'])
assert checks.output(basedir) == ['com.example.modular: 404 is 404 Not Found']
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/modular')
generated.eachFileMatch(~/.*\.java/) { file ->
  def text = file.getText('UTF-8')
  assert !text.contains('@Generated'): "${file.name} uses @Generated, which the module cannot read"
  assert text.contains('\n@StatusgenGenerated\n'): "${file.name} lacks @StatusgenGenerated"
}
checks.assertShownInDocs(setupDocs, 'module-path', basedir)
