// NETTY, in two builds: Netty 4.2.21.Final, then 4.1. Each time the generated code compiled lint-clean, Main checked
// toNetty() (one instance per listed code, a new one for a code that the table lacks) and Netty's HTTP encoder wrote
// the table's status line; then the generated types ran without Netty on the class path.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
def withoutNetty = 'without Netty: 66 statuses, 499 Client Closed Request'
assert checks.output(basedir) == ['Netty 4.2.21.Final: HTTP/1.1 499 Client Closed Request', withoutNetty,
    'Netty 4.1.141.Final: HTTP/1.1 499 Client Closed Request', withoutNetty]
checks.assertShownInDocs(setupDocs, 'netty', basedir)
