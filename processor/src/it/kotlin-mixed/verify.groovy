// A mixed project: kapt ran statusgen on the Java holder Shop, kotlinc compiled the Kotlin code that uses
// ShopStatus and the rest, javac then compiled the Java code that uses the Kotlin code, and Main ran.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Shop', 'target/generated-sources/kapt/compile') +
    ['target/classes/com/example/Orders.class', 'target/classes/com/example/Main.class'])
assert checks.output(basedir) == ['no such order, 503 Service Unavailable']
def log = new File(basedir, 'build.log').getText('UTF-8')
def kapt = log.indexOf('kotlin-maven-plugin:2.4.21:kapt (kapt)')
def kotlinc = log.indexOf('kotlin-maven-plugin:2.4.21:compile (compile)')
def javac = log.indexOf('maven-compiler-plugin:3.14.0:compile (java-compile)')
assert 0 <= kapt && kapt < kotlinc && kotlinc < javac: 'kapt, then kotlinc, then javac'
checks.assertShownInDocs(setupDocs, 'kotlin-mixed', basedir)
