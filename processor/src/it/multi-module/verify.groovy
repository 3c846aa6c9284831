// A multi-module consumer: api generated its types from the spec that the statuses module's jar carries
// (found on the class path), layered over the standard table; app, which depends on api, ran code that uses them.
// The second build, after prebuild.2.groovy edited the spec in statuses, regenerated api's types: the compiler
// plugin recompiles a module when a jar on its class path is new.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

def api = new File(basedir, 'api')
checks.assertFiles(api, checks.generatedFiles('com.example.api.Shop'))
checks.assertFiles(basedir, ['statuses/target/statuses-1.0.jar', 'api/target/api-1.0.jar', 'app/target/app-1.0.jar'])
assert !new File(basedir, 'app/target/generated-sources/annotations/com').exists(): 'app generated code itself'
assert checks.output(basedir) == ['499 Client Closed Request / No such product: check the catalogue.',
                                  '499 Client Gave Up / No such product: check the catalogue.']
assert new File(api, 'target/classes/META-INF/statusgen/com/example/api/Shop.md').getText('UTF-8')
    .contains('Client Gave Up')
checks.assertShownInDocs(setupDocs, 'multi-module', basedir)
