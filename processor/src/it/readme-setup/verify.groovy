// The README's setup, copied into pom.xml: the processor generated the four types and the reference doc, and
// Main, which uses them, ran. The setup doc shows exactly this POM's setup and holder.
import java.util.jar.JarFile

def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Http'))
assert checks.output(basedir) == ['65 codes, 404 is 404 Not Found']
assert new File(basedir, 'target/generated-sources/annotations/com/example/HttpStatus.java').getText('UTF-8')
    .contains('@Generated("dev.statusgen.processor.StatusgenProcessor")')
checks.assertShownInDocs(setupDocs, 'readme-setup', basedir)

// What the setup resolved: a processor jar that needs nothing else, and whose POM brings nothing along.
def version = processorVersion
def dir = new File(localRepositoryPath, "dev/statusgen/statusgen-processor/${version}")
def pom = new groovy.xml.XmlSlurper().parse(new File(dir, "statusgen-processor-${version}.pom"))
def transitive = pom.dependencies.dependency
    .findAll { it.scope.text() in ['', 'compile', 'runtime'] }
    .collect { "${it.groupId}:${it.artifactId}".toString() }
assert transitive.isEmpty(): "the installed processor POM brings dependencies along: ${transitive}"
new JarFile(new File(dir, "statusgen-processor-${version}.jar")).withCloseable { jar ->
  def names = jar.entries().collect { it.name }
  def relocated = 'dev/statusgen/processor/internal/javapoet/'
  assert names.any { it.startsWith(relocated) }: 'JavaPoet is not in the processor jar'
  def stray = names.findAll { it.toLowerCase().contains('javapoet') && !it.startsWith(relocated) }
  assert stray.isEmpty(): "JavaPoet outside ${relocated}: ${stray}"
  def outside = names.findAll { it.endsWith('.class') && !it.startsWith('dev/statusgen/processor/') }
  assert outside.isEmpty(): "classes outside dev/statusgen/processor/: ${outside}"
  assert jar.getEntry('META-INF/services/javax.annotation.processing.Processor') != null
  assert jar.getEntry('META-INF/gradle/incremental.annotation.processors') != null
  for (table in ['http-status-codes.md', 'http-status-codes-1.csv', 'nginx-status-codes.md',
      'cloudflare-status-codes.md', 'aws-elb-status-codes.md']) {
    assert jar.getEntry("dev/statusgen/processor/${table}") != null: "the processor jar lacks its bundled ${table}"
  }
  assert jar.manifest.mainAttributes.getValue('Automatic-Module-Name') == 'dev.statusgen.processor'
}

// What it resolved carries the licence: every published jar (the binary, sources and javadoc jars of both
// modules) has the project's LICENSE as META-INF/LICENSE, byte for byte, and the processor's jars have a
// META-INF/NOTICE that names the JavaPoet shaded into the processor jar, and its licence.
def license = new File(licenseFile).bytes
for (artifact in ['statusgen-annotations', 'statusgen-processor']) {
  for (classifier in ['', '-sources', '-javadoc']) {
    def file = new File(localRepositoryPath, "dev/statusgen/${artifact}/${version}/${artifact}-${version}${classifier}.jar")
    assert file.isFile(): "not published: ${file.name}"
    new JarFile(file).withCloseable { jar ->
      def entry = jar.getEntry('META-INF/LICENSE')
      assert entry != null: "${file.name} has no META-INF/LICENSE"
      assert jar.getInputStream(entry).bytes == license: "${file.name}: META-INF/LICENSE is not the text of LICENSE"
      def notice = jar.getEntry('META-INF/NOTICE')
      if (artifact == 'statusgen-processor') {
        assert notice != null: "${file.name} has no META-INF/NOTICE"
        def text = jar.getInputStream(notice).getText('UTF-8')
        assert text.contains("com.palantir.javapoet:javapoet:${javapoetVersion}\n"): "${file.name}: the NOTICE does not name JavaPoet ${javapoetVersion}:\n${text}"
        assert text.contains('Apache License, Version 2.0'): "${file.name}: the NOTICE names no licence:\n${text}"
      } else {
        assert notice == null: "${file.name} has a NOTICE, though it contains nothing of others"
      }
    }
  }
}
