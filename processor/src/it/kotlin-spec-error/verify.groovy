// kapt ran statusgen on the Kotlin holder Acme, whose spec has a duplicate code (line 12) and a code outside
// every class (line 14): the build failed with both errors, each naming the spec's file and line, at the
// holder's annotation in the Kotlin source (kapt's mapDiagnosticLocations), and generated nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def at = 'src/main/kotlin/com/example/Acme.kt:6: error: '
assert log.contains(at + 'acme-statuses.md:12:1: duplicate code 404 (first defined on line 11)')
assert log.contains(at + 'acme-statuses.md:14:1: code 503 is outside every class range')
assert log.contains('kotlin-maven-plugin:2.4.21:kapt (kapt)') && log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/kapt/compile/com/example/AcmeStatus.java').exists()
