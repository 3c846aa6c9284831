// The text constants, which every holder gets: OpenAPI's @ApiResponse took them as its responseCode, and they read
// back as "200", "404" and "499". The holder asks for no integration, so its generated sources name no framework,
// although Jakarta REST, JAX-RS, Spring Web and Netty are all on the project's class path.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
assert checks.output(basedir) == ['find: 200 The order (success), 404 No such order (client error), ' +
    '499 The client went away (client error)']
def generated = new File(basedir, 'target/generated-sources/annotations/com/example')
generated.eachFileMatch(~/.*\.java/) { file ->
  def text = file.getText('UTF-8')
  ['jakarta.', 'javax.ws', 'springframework', 'io.netty'].each { name ->
    assert !text.contains(name): "${file.name} names ${name}, which the holder did not ask for"
  }
}
checks.assertShownInDocs(setupDocs, 'openapi', basedir)
