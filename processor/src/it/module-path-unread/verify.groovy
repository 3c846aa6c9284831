// JAKARTA_REST in a named module that does not read Jakarta REST (Maven put the API's jar on the class path,
// since the module does not require it): the build failed with statusgen's one error, on the holder's integrations
// value, naming the module to require; javac reported nothing else, since statusgen generated nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
def at = 'src/main/java/com/example/rest/Acme.java:[6,60] '
def error = 'integrations = JAKARTA_REST needs jakarta.ws.rs.core.Response.StatusType, which the module' +
        ' com.example.rest does not read; require the module jakarta.ws.rs in its module-info.java, with' +
        ' jakarta.ws.rs:jakarta.ws.rs-api on the module path'
assert log.contains(at + error)
def errors = log.readLines().findAll { it.startsWith('[ERROR] /') }.collect { it.substring(it.indexOf('src/main/java/')) }
assert errors.unique() == [at + error]
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/generated-sources/annotations/com/example/rest/AcmeStatusCode.java').exists()
