import groovy.xml.XmlSlurper
import groovy.xml.slurpersupport.GPathResult

/**
 * Checks shared by the invoker projects' verify scripts, which load this class with
 * {@code new GroovyClassLoader().parseClass(new File(itSources, 'ItChecks.groovy'))}.
 */
class ItChecks {
  /** The prefix of the lines that each project's Main prints once it has checked the generated code. */
  static final String OUTPUT_PREFIX = 'statusgen-it: '

  /** Fails unless each of {@code paths} is a file under {@code base}. */
  static void assertFiles(File base, List<String> paths) {
    def missing = paths.findAll { !new File(base, it).isFile() }
    assert missing.isEmpty(): "missing under ${base}: ${missing}"
  }

  /**
   * The paths, relative to the module, of what the processor writes for holder {@code holder} (a qualified
   * name): the four sources, under {@code sourcesDir} (where maven-compiler-plugin puts them, unless given),
   * their class files and the Markdown reference.
   */
  static List<String> generatedFiles(String holder, String sourcesDir = 'target/generated-sources/annotations') {
    int dot = holder.lastIndexOf('.')
    String dir = holder.substring(0, dot).replace('.', '/')
    String name = holder.substring(dot + 1)
    def sources = ['Status', 'StatusCodes', 'StatusClass', 'StatusCode', 'StatusTag'].collect {
      "${sourcesDir}/${dir}/${name}${it}.java".toString()
    }
    def classes = ['Status', 'StatusCodes', 'StatusClass', 'StatusCode', 'StatusCode$NonStandard', 'StatusTag'].collect {
      "target/classes/${dir}/${name}${it}.class".toString()
    }
    return sources + classes + ["target/classes/META-INF/statusgen/${dir}/${name}.md".toString()]
  }

  /** What the project's Main printed, one entry per run, in the order of the runs. */
  static List<String> output(File basedir) {
    return new File(basedir, 'build.log').readLines('UTF-8')
        .findAll { it.startsWith(OUTPUT_PREFIX) }
        .collect { it.substring(OUTPUT_PREFIX.length()) }
  }

  /**
   * Checks that every block of the docs marked {@code <!-- it:PROJECT/FILE -->} on the line before its code
   * fence is in FILE of the invoker project PROJECT, and that the docs mark at least one block for PROJECT.
   * {@code docs} is a comma-separated list of Markdown files; those that do not exist are left out. Each
   * top-level element of an XML block must match an element of the file, at any depth: the same name, the same
   * text, and children that match some of its children, in the same order (other elements may stand between
   * them; the value of {@code statusgen.version} may differ). Any other block's non-blank lines must appear
   * together and in order in the file.
   */
  static void assertShownInDocs(String docs, String project, File basedir) {
    def files = docs.split(',').collect { new File(it.trim()) }.findAll { it.isFile() }
    int shown = 0
    files.each { doc ->
      blocks(doc).findAll { it.key.startsWith(project + '/') }.each { block ->
        assertShownIn(doc, block.value, new File(basedir, block.key.substring(project.length() + 1)))
        shown++
      }
    }
    assert shown > 0: "none of ${docs} has a block marked <!-- it:${project}/... -->"
  }

  private static void assertShownIn(File doc, String text, File file) {
    assert file.isFile(): "${doc} shows a block for ${file}, which does not exist"
    if (file.name.endsWith('.xml')) {
      def shown = new XmlSlurper().parseText("<shown>${text}</shown>")
      def elements = new XmlSlurper().parse(file).depthFirst().toList()
      shown.children().list().each { wanted ->
        assert elements.any { matches(it, wanted) }: "${file} does not contain the XML that ${doc} shows for it:\n${text}"
      }
    } else {
      def shown = lines(text)
      def actual = lines(file.getText('UTF-8'))
      assert (0..actual.size() - shown.size()).any { actual.subList(it, it + shown.size()) == shown }:
          "${file} does not contain the lines that ${doc} shows for it:\n${text}"
    }
  }

  /** The marked code blocks of a Markdown file, by marker; a marker may mark several blocks. */
  private static List<Map.Entry<String, String>> blocks(File doc) {
    def result = []
    def lines = doc.readLines('UTF-8')
    for (int i = 0; i < lines.size(); i++) {
      def marker = lines[i] =~ /^<!-- it:(\S+) -->$/
      if (marker.matches() && i + 1 < lines.size() && lines[i + 1].startsWith('```')) {
        int end = i + 2
        while (end < lines.size() && !lines[end].startsWith('```')) {
          end++
        }
        result << new AbstractMap.SimpleEntry(marker.group(1), lines.subList(i + 2, end).join('\n'))
        i = end
      }
    }
    return result
  }

  private static List<String> lines(String text) {
    return text.readLines()*.trim().findAll { !it.isEmpty() }
  }

  /** Whether {@code actual}'s children include each of {@code shown}'s children, in order. */
  private static boolean containsAll(GPathResult actual, GPathResult shown) {
    def candidates = actual.children().list()
    int next = 0
    for (def wanted : shown.children().list()) {
      while (next < candidates.size() && !matches(candidates[next], wanted)) {
        next++
      }
      if (next == candidates.size()) {
        return false
      }
      next++
    }
    return true
  }

  private static boolean matches(GPathResult actual, GPathResult shown) {
    if (actual.name() != shown.name()) {
      return false
    }
    if (shown.children().size() == 0) {
      return shown.name() == 'statusgen.version' || actual.text().trim() == shown.text().trim()
    }
    return containsAll(actual, shown)
  }
}
