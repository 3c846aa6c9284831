// SPRING_WEB, in two builds: Spring Framework 7.0.10, then 6.2.19. Each time the generated code compiled
// lint-clean, Main checked toSpring() (Spring's own HttpStatus.NOT_FOUND for 404), and Spring MVC, through MockMvc,
// answered with each status: a ResponseEntity's 404 and 499, and a ResponseStatusException's 499 with its reason.
def checks = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'ItChecks.groovy'))

checks.assertFiles(basedir, checks.generatedFiles('com.example.Acme'))
assert checks.output(basedir) == ['Spring 7.0.10: 404, 499, 499 the client went away',
    'Spring 6.2.19: 404, 499, 499 the client went away']
def source = new File(basedir, 'target/generated-sources/annotations/com/example/AcmeStatusCode.java').getText('UTF-8')
// Spring's constants differ between 6 and 7 (renames, deprecations): the generated code names none of them.
assert !source.contains('HttpStatus.'): 'AcmeStatusCode names a constant of Spring\'s HttpStatus'
checks.assertShownInDocs(setupDocs, 'spring-web', basedir)
